// @vitest-environment node
/** The checklists appendix of the disclosure PDFs, read back as text with unpdf. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluateChecklist, withMitigation, withResponse } from '@/lib/checklists';
import { CHECKLISTS_APPENDIX, renderPdf } from '@/lib/pdf';
import { nodeFontSource } from '@/lib/pdf/node-fonts';
import { readPdf, section, type PdfReadback } from '../pdf/pdf-text';
import { checklist, entry, partnership, profile, record } from './helpers';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const DATE = '2026-11-30';
const DOD = checklist('us-dod-decision-matrix-2023');
const CA = checklist('ca-nsgrp-risk-assessment');
const listed = entry({ id: 'a-listed', kind: 'appointment', organization: { name: 'Harbin Institute of Technology' }, appointmentType: 'visiting', paid: false, role: 'Visiting Professor' });
const program = entry({ id: 't1', kind: 'talentProgram', organization: { name: 'Sponsor Agency', country: 'CN' }, programName: 'Visiting Scholars Plan', status: 'past' });
const partner = partnership({ id: 'p1', organization: { name: 'Partner Institute', country: 'DE' }, project: 'Catalysis', agreementOnFile: true });
const entries = [listed, program, partner];

function evaluations() {
  let dod = withResponse(undefined, { checklistId: DOD.id, subject: 'record' }, 'ftrp-any', { override: { answer: 'no', reason: 'Honorary title only; no contract or payment' } }, '2026-11-30T10:00:00.000Z');
  dod = withResponse(dod, { checklistId: DOD.id, subject: 'record' }, 'patent-undisclosed', { answer: 'unsure', note: 'Asking the technology-transfer office' }, '2026-11-30T10:01:00.000Z');
  dod = withMitigation(dod, { checklistId: DOD.id, subject: 'record' }, { text: 'Review the visiting appointment with the research security office.', measures: ['agreements', 'training'] }, '2026-11-30T10:02:00.000Z');
  const ca = withResponse(undefined, { checklistId: CA.id, subject: 'p1' }, 'sensitive-data', { answer: 'no' }, '2026-11-30T10:03:00.000Z');
  return [evaluateChecklist(DOD, record(entries), dod), evaluateChecklist(CA, record(entries), ca, 'p1')];
}

describe('PDF checklists appendix', () => {
  let cps: PdfReadback;
  let summary: PdfReadback;
  beforeAll(async () => {
    const fonts = nodeFontSource();
    cps = await readPdf(await renderPdf({ profile, entries, layout: 'cps', date: DATE, fonts, checklists: evaluations() }));
    summary = await readPdf(await renderPdf({ profile, entries, layout: 'summary', date: DATE, fonts, gaps: [], checklists: evaluations() }));
  });

  it('prints each checklist with its source, subject, progress and mitigation plan', () => {
    const text = section(cps.text, CHECKLISTS_APPENDIX, []);
    expect(text).toContain('A derived “yes” is a prompt for due diligence, not a finding.');
    expect(text).toContain('U.S. DoD decision matrix for fundamental research proposals — risk factors');
    expect(text).toContain('2023-06-29');
    expect(text).toContain('The whole record');
    expect(text).toContain('Review the visiting appointment with the research security office.');
    expect(text).toContain('Agreements, Training');
    expect(text).toContain('Canada — National Security Guidelines for Research Partnerships: risk assessment');
    expect(text).toContain('Partnership: Partner Institute — Catalysis');
  });

  it('prints derived answers with their rule and evidence, overrides with their reason, and notes', () => {
    const text = section(cps.text, CHECKLISTS_APPENDIX, []);
    expect(text).toContain('Yes — from the record. A prompt for due diligence, not a finding.');
    expect(text).toContain('matches “Harbin Institute of Technology” on U.S. DoD Section 1286 list');
    expect(text).toContain('No — override: Honorary title only; no contract or payment');
    expect(text).toContain('Derived answer was Yes.');
    expect(text).toContain('Unsure — researcher\'s answer [mitigation]');
    expect(text).toContain('Note: Asking the technology-transfer office');
    expect(text).toContain('Not answered');
  });

  it('in the summary, the appendix comes after the gaps and before the certification', () => {
    const gapsAt = summary.text.indexOf('Appendix: open gaps');
    const appendixAt = summary.text.indexOf(CHECKLISTS_APPENDIX);
    const certificationAt = summary.text.lastIndexOf('Certification');
    expect(gapsAt).toBeGreaterThan(0);
    expect(appendixAt).toBeGreaterThan(gapsAt);
    expect(certificationAt).toBeGreaterThan(appendixAt);
  });

  it('no checklists, no appendix', async () => {
    const plain = await readPdf(await renderPdf({ profile, entries, layout: 'appointments', date: DATE, fonts: nodeFontSource() }));
    expect(plain.text).not.toContain(CHECKLISTS_APPENDIX);
  });
});
