import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CHECKLISTS, checklistsWithTemplates, checklistSubjects, derivedText, effectiveText, evaluateChecklist, RECORD_SUBJECT, withMitigation, withResponse,
} from '@/lib/checklists';
import { Checklist, ChecklistAnswers, Template } from '@/lib/model';
import { checklist, entry, partnership, record } from './helpers';

const DOD = checklist('us-dod-decision-matrix-2023');
const key = { checklistId: DOD.id, subject: RECORD_SUBJECT };
const T1 = '2026-11-30T10:00:00.000Z';
const T2 = '2026-11-30T11:00:00.000Z';
const sponsorTalent = () =>
  entry({ kind: 'talentProgram', organization: { name: 'Sponsor Agency', country: 'CN' }, programName: 'Plan', status: 'participating', malignIndicators: { recruitTrainees: true } });
const find = (ev: ReturnType<typeof evaluateChecklist>, id: string) => ev.questions.find((q) => q.question.id === id)!;

describe('evaluateChecklist', () => {
  it('bundles the four national checklists, each citing its source', () => {
    expect(BUILTIN_CHECKLISTS.map((c) => c.id)).toEqual([
      'us-dod-decision-matrix-2023', 'ca-nsgrp-risk-assessment', 'uk-trusted-research-academia', 'jp-cao-research-integrity-researcher',
    ]);
    for (const c of BUILTIN_CHECKLISTS) expect(c.source.url).toMatch(/^https:\/\//);
  });

  it('never words a question about nationality, citizenship, ethnicity or origin', () => {
    const text = JSON.stringify(BUILTIN_CHECKLISTS).toLowerCase();
    for (const word of ['nationality', 'citizen', 'ethnic', 'national origin', 'place of birth', 'born in']) expect(text).not.toContain(word);
  });

  it('counts derived answers as answered and leaves the rest to the researcher', () => {
    const ev = evaluateChecklist(DOD, record([]), undefined);
    const derivedCount = DOD.groups.flatMap((g) => g.questions).filter((q) => q.derive && q.derive.ifNone === 'no').length;
    expect(ev.progress).toEqual({ answered: derivedCount, total: 9 });
    expect(ev.complete).toBe(false);
    expect(find(ev, 'funding-disclosed').effective).toBeUndefined();
  });

  it('an override wins over the derived answer and carries its reason; removing it restores the derived one', () => {
    let stored = withResponse(undefined, key, 'ftrp-malign', { override: { answer: 'no', reason: 'Indicator entered in error; contract reviewed by the research office' } }, T1);
    const entries = [sponsorTalent()];
    let q = find(evaluateChecklist(DOD, record(entries), stored), 'ftrp-malign');
    expect(q.derived?.answer).toBe('yes');
    expect(q.effective).toEqual({ answer: 'no', from: 'override', reason: 'Indicator entered in error; contract reviewed by the research office' });
    expect(q.needsMitigation).toBe(false);
    expect(effectiveText(q.effective)).toBe('No — override: Indicator entered in error; contract reviewed by the research office');
    stored = withResponse(stored, key, 'ftrp-malign', { override: null }, T2);
    expect(stored.responses).toEqual({});
    q = find(evaluateChecklist(DOD, record(entries), stored), 'ftrp-malign');
    expect(q.effective).toEqual({ answer: 'yes', from: 'record' });
    expect(effectiveText(q.effective)).toContain('A prompt for due diligence, not a finding.');
  });

  it('re-derives when the record changes: the same stored answers, a different record', () => {
    const stored = withResponse(undefined, key, 'funding-disclosed', { answer: 'yes', note: 'Listed in the proposal' }, T1);
    expect(find(evaluateChecklist(DOD, record([]), stored), 'ftrp-malign').effective?.answer).toBe('no');
    expect(find(evaluateChecklist(DOD, record([sponsorTalent()]), stored), 'ftrp-malign').effective?.answer).toBe('yes');
    expect(find(evaluateChecklist(DOD, record([]), stored), 'funding-disclosed').effective).toEqual({ answer: 'yes', from: 'researcher' });
  });

  it('calls for mitigation on the risk answer or "unsure", and is complete once a plan is given', () => {
    let stored: ChecklistAnswers | undefined;
    for (const id of ['funding-disclosed', 'patent-undisclosed', 'entity-other-lists']) stored = withResponse(stored, key, id, { answer: id === 'patent-undisclosed' ? 'unsure' : id === 'funding-disclosed' ? 'yes' : 'no' }, T1);
    let ev = evaluateChecklist(DOD, record([]), stored);
    expect(ev.progress).toEqual({ answered: 9, total: 9 });
    expect(find(ev, 'patent-undisclosed').needsMitigation).toBe(true);
    expect(find(ev, 'funding-disclosed').needsMitigation).toBe(false);
    expect(ev.needsMitigation).toBe(true);
    expect(ev.complete).toBe(false);
    stored = withMitigation(stored, key, { text: 'Search patent filings with the technology-transfer office.', measures: ['agreements'] }, T2);
    ev = evaluateChecklist(DOD, record([]), stored);
    expect(ev.complete).toBe(true);
    expect(ev.updatedAt).toBe(T2);
    expect(ChecklistAnswers.parse(stored)).toEqual(stored);
  });

  it('ignores stored answers that belong to another checklist or subject', () => {
    const stored = withResponse(undefined, { checklistId: DOD.id, subject: 'p1' }, 'funding-disclosed', { answer: 'no' }, T1);
    expect(find(evaluateChecklist(DOD, record([]), stored), 'funding-disclosed').effective).toBeUndefined();
  });

  it('describes a derived answer with its rule, the lists checked and the evidence', () => {
    const e = entry({ id: 'a1', kind: 'appointment', organization: { name: 'Harbin Institute of Technology' }, appointmentType: 'visiting', paid: false, role: 'Visiting Professor' });
    const q = find(evaluateChecklist(DOD, record([e]), undefined), 'entity-1286');
    const text = derivedText(q.derived!, new Map([[e.id, e]]));
    expect(text).toContain('Rule: Your primary organisation and the organisations of your entries, matched');
    expect(text).toContain('Lists checked: U.S. DoD Section 1286 list');
    expect(text).toContain('Evidence: Appointment: Harbin Institute of Technology — Visiting Professor (matches “Harbin Institute of Technology” on U.S. DoD Section 1286 list');
  });

  it('a partnership checklist has one subject per partnership and reports a deleted subject as missing', () => {
    const ca = checklist('ca-nsgrp-risk-assessment');
    const p = partnership({ id: 'p1' });
    expect(checklistSubjects(ca, [p, sponsorTalent()])).toEqual(['p1']);
    expect(checklistSubjects(DOD, [p])).toEqual([RECORD_SUBJECT]);
    expect(evaluateChecklist(ca, record([p]), undefined, 'p1').subjectEntry).toBe(p);
    expect(evaluateChecklist(ca, record([]), undefined, 'p1').subjectEntry).toBeUndefined();
  });

  it('adds the checklists of applied templates; a template checklist replaces a bundled one with its id', () => {
    const own = Checklist.parse({
      id: 'edu.example.travel', title: 'Example University — international travel checklist', source: { title: 'Example University research security office' },
      appliesTo: 'record', groups: [{ id: 'g', title: 'Travel', questions: [{ id: 'q', text: 'Will you take university devices abroad?', riskAnswer: 'yes' }] }],
    });
    const template = Template.parse({
      format: 'candor.template', version: 1, id: 'edu.example', title: 'Example', publishedAt: '2026-09-01', institution: { name: 'Example University' },
      checklists: [own, { ...own, id: DOD.id, title: 'Example University version of the DoD matrix' }],
    });
    const all = checklistsWithTemplates(BUILTIN_CHECKLISTS, [template]);
    expect(all.map((c) => c.id)).toEqual(['ca-nsgrp-risk-assessment', 'uk-trusted-research-academia', 'jp-cao-research-integrity-researcher', 'edu.example.travel', DOD.id]);
    expect(all.find((c) => c.id === DOD.id)!.title).toBe('Example University version of the DoD matrix');
  });

  it('refuses an override without a reason', () => {
    const stored = withResponse(undefined, key, 'ftrp-malign', { override: { answer: 'no', reason: '  ' } }, T1);
    expect(ChecklistAnswers.safeParse(stored).error?.issues[0]).toMatchObject({ path: ['responses', 'ftrp-malign', 'override', 'reason'], message: 'Give the reason for the override' });
  });
});
