/**
 * Due-diligence checklists in real Chromium: complete the DoD decision-matrix checklist by keyboard
 * only, override a derived answer with a reason, write a mitigation plan, export a PDF with the
 * checklists appendix, back up, and restore into a fresh browser profile with the answers intact.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseBackup } from '@/lib/io';
import { CHECKLISTS_APPENDIX } from '@/lib/pdf';
import { readPdf } from '../unit/pdf/pdf-text';
import { checkedSessions, extensionUrl, importBackupViaEditor } from './harness';
import { writeJsonFile } from './fixtures';

const sessions = checkedSessions();
const DATE = '2026-11-30';
const REASON = 'Honorary title only: no contract, payment or research at the institution';
const PLAN = 'Ask the technology-transfer office to search patent filings before submission.';

const backup = {
  format: 'candor.backup', version: 2, exportedAt: `${DATE}T09:00:00Z`,
  profile: { person: { givenName: 'Ada', familyName: 'Okafor', homeCountry: 'US', primaryOrganization: { name: 'Example University', country: 'US' } } },
  entries: [
    { id: 'a-listed', kind: 'appointment', organization: { name: 'Harbin Institute of Technology', country: 'CN' }, role: 'Honorary Professor', appointmentType: 'honorary', paid: false, startDate: '2022' },
    { id: 's1', kind: 'support', organization: { name: 'National Science Foundation', country: 'US' }, status: 'current', title: 'Catalysis', sponsorType: 'federal', effort: [] },
  ],
  templates: [],
};

const DOD = {
  ftrpAny: 'Does the record show current or past participation in a foreign talent recruitment programme?',
  fundingDisclosed: "Has every source of research support, domestic and foreign, been disclosed in the proposal's current and pending (other) support?",
  patentUndisclosed: 'Are there patents or patent applications, filed in any country, on work arising from federally funded research that have not been disclosed to the funding agency?',
  otherLists: 'Is any organisation in the record on another list the matrix refers to',
  entity1286: 'Does any appointment, consulting engagement, support, in-kind contribution, talent programme, sponsored travel or partnership in the record involve an institution on the Section 1286 list?',
};

const question = (page: Page, text: string) => page.getByRole('group', { name: text });

/** Checks a radio the way a keyboard user does: focus it and press Space. */
async function chooseByKeyboard(page: Page, questionText: string, groupName: string, answer: string) {
  await question(page, questionText).getByRole('group', { name: groupName }).getByRole('radio', { name: answer, exact: true }).press('Space');
}

describe('due-diligence checklists in Chromium', () => {
  it('complete by keyboard, override with a reason, PDF appendix, backup and restore', async () => {
    const backupFile = await writeJsonFile('backup.json', backup);
    const session = await sessions.launch();
    const page = await importBackupViaEditor(session.context, session.extensionId, backupFile, 'replace');
    await page.goto(extensionUrl(session.extensionId, 'options.html#checklists'));
    await page.getByRole('heading', { name: 'Due-diligence checklists' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByLabel('Checklist', { exact: true }).inputValue()).toBe('us-dod-decision-matrix-2023');

    // The record answers six questions; the §1286 one is "yes", with the entry and the list behind it.
    const listed = question(page, DOD.entity1286);
    await listed.getByText('This is a prompt for due diligence, not a finding.').waitFor();
    expect(await listed.getByRole('link', { name: 'Appointment: Harbin Institute of Technology — Honorary Professor' }).getAttribute('href')).toBe('#entry=a-listed');
    await listed.getByRole('link', { name: /Section 1286 list/ }).first().waitFor();
    await page.getByRole('status').filter({ hasText: '6 of 9 questions answered' }).waitFor();

    // Override the derived answer: no reason, no override; with a reason, it takes effect.
    await listed.getByRole('button', { name: 'Override the answer from the record' }).press('Enter');
    await chooseByKeyboard(page, DOD.entity1286, 'Override answer', 'No');
    await listed.getByRole('button', { name: 'Save override' }).press('Enter');
    await listed.getByRole('alert').filter({ hasText: 'Give the reason for the override.' }).waitFor();
    await listed.getByLabel('Reason for the override (required)').pressSequentially(REASON);
    await listed.getByRole('button', { name: 'Save override' }).press('Enter');
    await listed.getByText(`Overridden to No. Reason: ${REASON}`).waitFor();

    // The researcher's own answers, by keyboard; "Unsure" calls for a mitigation plan.
    await chooseByKeyboard(page, DOD.fundingDisclosed, 'Your answer', 'Yes');
    await chooseByKeyboard(page, DOD.patentUndisclosed, 'Your answer', 'Unsure');
    const note = question(page, DOD.patentUndisclosed).getByLabel('Note');
    await note.pressSequentially('Search requested');
    await note.press('Tab');
    await chooseByKeyboard(page, DOD.otherLists, 'Your answer', 'No');
    await page.getByRole('status').filter({ hasText: '9 of 9 questions answered — Needs a mitigation plan' }).waitFor();
    await question(page, DOD.patentUndisclosed).getByText('Calls for a mitigation plan').waitFor();

    await page.getByLabel('What you will do').pressSequentially(PLAN);
    await page.getByRole('group', { name: 'Measures' }).getByRole('checkbox', { name: 'Training' }).press('Space');
    await page.getByRole('button', { name: 'Save mitigation plan' }).press('Enter');
    await page.getByText('Mitigation plan saved.').waitFor();
    await page.getByRole('status').filter({ hasText: '9 of 9 questions answered — Complete' }).waitFor();
    await page.getByRole('table', { name: 'Progress per checklist' }).getByRole('row', { name: /U\.S\. DoD decision matrix.*Complete/ }).waitFor();

    // PDF with the checklists appendix.
    await page.goto(extensionUrl(session.extensionId, 'options.html#export'));
    await page.getByRole('heading', { name: 'Export PDF' }).waitFor({ timeout: 20_000 });
    await page.getByRole('radio', { name: /Appointments and positions/ }).check();
    await page.getByLabel('Date printed on the document').fill(DATE);
    expect(await page.getByRole('checkbox', { name: 'Include the due-diligence checklists appendix (1 answered)' }).isChecked()).toBe(true);
    const [pdfDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export PDF' }).click()]);
    const pdfFile = path.join(path.dirname(backupFile), pdfDownload.suggestedFilename());
    await pdfDownload.saveAs(pdfFile);
    const pdf = await readPdf(new Uint8Array(await readFile(pdfFile)));
    for (const fact of [CHECKLISTS_APPENDIX, 'U.S. DoD decision matrix for fundamental research proposals — risk factors', `No — override: ${REASON}`, 'Derived answer was Yes.', PLAN, 'Training', 'Note: Search requested', '9 of 9 questions answered — complete']) {
      expect(pdf.text).toContain(fact);
    }

    // Back up, then restore into a fresh browser profile: every answer, override and plan is back.
    await page.goto(extensionUrl(session.extensionId, 'options.html#backup'));
    const [backupDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
    const exported = path.join(path.dirname(backupFile), 'exported.json');
    await backupDownload.saveAs(exported);
    const parsed = parseBackup(await readFile(exported, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.backup.version).toBe(2);
    expect(parsed.backup.checklists).toEqual([
      expect.objectContaining({
        checklistId: 'us-dod-decision-matrix-2023', subject: 'record',
        responses: expect.objectContaining({
          'entity-1286': expect.objectContaining({ override: { answer: 'no', reason: REASON } }),
          'patent-undisclosed': expect.objectContaining({ answer: 'unsure', note: 'Search requested' }),
        }),
        mitigation: { text: PLAN, measures: ['training'] },
      }),
    ]);
    // The derived answers are not stored: they come from the record on every read.
    expect(Object.keys(parsed.backup.checklists![0].responses).sort()).toEqual(['entity-1286', 'entity-other-lists', 'funding-disclosed', 'patent-undisclosed']);

    const fresh = await sessions.launch();
    const restored = await importBackupViaEditor(fresh.context, fresh.extensionId, exported, 'replace');
    await restored.goto(extensionUrl(fresh.extensionId, 'options.html#checklists'));
    await restored.getByRole('heading', { name: 'Due-diligence checklists' }).waitFor({ timeout: 20_000 });
    await restored.getByRole('status').filter({ hasText: '9 of 9 questions answered — Complete' }).waitFor();
    await question(restored, DOD.entity1286).getByText(`Overridden to No. Reason: ${REASON}`).waitFor();
    expect(await question(restored, DOD.patentUndisclosed).getByRole('radio', { name: 'Unsure' }).isChecked()).toBe(true);
    expect(await restored.getByLabel('What you will do').inputValue()).toBe(PLAN);
  });
});
