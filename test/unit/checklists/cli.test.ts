// @vitest-environment node
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { checklistCommand } from '@/cli/commands/checklist';
import { pdfCommand } from '@/cli/commands/pdf';
import { CHECKLISTS_APPENDIX } from '@/lib/pdf';
import { readPdf } from '../pdf/pdf-text';
import { withResponse } from '@/lib/checklists';
import { profile } from './helpers';
import { captureOutput, inputFolder } from '../cli-helpers';

const { dir, write } = inputFolder('candor-checklist-cli-');
const capture = captureOutput;
afterEach(() => vi.restoreAllMocks());

const entries = [
  { id: 'a-listed', kind: 'appointment', organization: { name: 'Harbin Institute of Technology' }, appointmentType: 'visiting', paid: false },
  { id: 'p1', kind: 'partnership', organization: { name: 'Aerospace Research Institute', country: 'IR' }, project: 'Propulsion' },
  { id: 'p2', kind: 'partnership', organization: { name: 'Partner Institute', country: 'DE' }, project: 'Catalysis', agreementOnFile: true },
];
const answers = withResponse(undefined, { checklistId: 'us-dod-decision-matrix-2023', subject: 'record' }, 'funding-disclosed', { answer: 'yes', note: 'All in the proposal' }, '2026-11-30T10:00:00.000Z');
const backupFile = write('backup.json', { format: 'candor.backup', version: 2, exportedAt: '2026-11-30T10:00:00Z', profile, entries, checklists: [answers] });

describe('CLI: checklist', () => {
  it('--json: each question with the derived answer, evidence entry ids, and what remains', async () => {
    const { out } = capture();
    expect(await checklistCommand.run([backupFile, '--id', 'us-dod-decision-matrix-2023', '--json'])).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report.checklist).toMatchObject({ id: 'us-dod-decision-matrix-2023', appliesTo: 'record', source: { date: '2023-06-29' } });
    const [subject] = report.subjects;
    const q = (id: string) => subject.questions.find((x: { id: string }) => x.id === id);
    expect(q('entity-1286')).toMatchObject({
      derived: { answer: 'yes', evidence: ['a-listed'], listings: [{ evidence: 'a-listed', organisation: 'Harbin Institute of Technology', listId: 'us-dod-section-1286', listedName: 'Harbin Institute of Technology' }] },
      effective: { answer: 'yes', from: 'record' }, needsMitigation: true, remaining: false,
    });
    expect(q('funding-disclosed')).toMatchObject({ derived: null, effective: { answer: 'yes', from: 'researcher' }, remaining: false });
    expect(q('patent-undisclosed')).toMatchObject({ derived: null, effective: null, remaining: true });
    expect(subject.progress).toEqual({ answered: 7, total: 9 });
  });

  it('text: a partnership checklist is answered for every partnership, or the one given', async () => {
    const { out } = capture();
    expect(await checklistCommand.run([backupFile, '--id=ca-nsgrp-risk-assessment'])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('About: Partnership: Aerospace Research Institute — Propulsion (p1)');
    expect(text).toContain('About: Partnership: Partner Institute — Catalysis (p2)');
    expect(text).toContain('Evidence entry ids: p1');
    expect(text).toContain('Remaining: for the researcher to answer');
    out.length = 0;
    expect(await checklistCommand.run([backupFile, '--id', 'ca-nsgrp-risk-assessment', '--subject', 'p2'])).toBe(0);
    expect(out.join('\n')).not.toContain('(p1)');
  });

  it('reads a version-1 backup', async () => {
    const { out } = capture();
    expect(await checklistCommand.run([join(process.cwd(), 'test/fixtures/backups/design-example.backup.json'), '--id', 'uk-trusted-research-academia', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n')).subjects).toHaveLength(1);
  });

  it('pdf prints the answered checklists as an appendix', async () => {
    capture();
    const out = join(dir, 'out.pdf');
    expect(await pdfCommand.run([backupFile, '--layout', 'appointments', '--out', out, '--date', '2026-11-30'])).toBe(0);
    const pdf = await readPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.text).toContain(CHECKLISTS_APPENDIX);
    expect(pdf.text).toContain('Note: All in the proposal');
  }, 120_000);

  it('usage errors exit 2 and say what is wrong', async () => {
    const { err } = capture();
    expect(await checklistCommand.run([backupFile])).toBe(2);
    expect(err.join('\n')).toContain('Give the checklist with --id. Bundled checklists: us-dod-decision-matrix-2023');
    expect(await checklistCommand.run([backupFile, '--id', 'nope'])).toBe(2);
    expect(err.join('\n')).toContain('Unknown checklist "nope". Checklists: us-dod-decision-matrix-2023, ca-nsgrp-risk-assessment');
    expect(await checklistCommand.run([backupFile, '--id', 'ca-nsgrp-risk-assessment', '--subject', 'a-listed'])).toBe(2);
    expect(err.join('\n')).toContain('No partnership "a-listed" in the backup. Partnerships: p1, p2');
    expect(await checklistCommand.run([backupFile, '--id', 'us-dod-decision-matrix-2023', '--bogus'])).toBe(2);
    expect(err.join('\n')).toMatch(/Unknown option --bogus\nUsage: npm run candor -- checklist <backup.json> --id <checklist>/);
  });
});
