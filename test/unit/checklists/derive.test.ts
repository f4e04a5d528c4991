/**
 * Every derived answer of every bundled checklist: a record that makes it "yes" (with the evidence)
 * and one that makes it "no" — or leaves it to the researcher when the question says absence proves nothing.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLISTS, evaluateChecklist, RECORD_SUBJECT } from '@/lib/checklists';
import type { Entry } from '@/lib/model';
import { checklist, entry, partnership, profile, record } from './helpers';

const DOD = 'us-dod-decision-matrix-2023';
const CA = 'ca-nsgrp-risk-assessment';
const UK = 'uk-trusted-research-academia';
const JP = 'jp-cao-research-integrity-researcher';

const talent = (over: Record<string, unknown> = {}) =>
  entry({ kind: 'talentProgram', organization: { name: 'Programme Sponsor Agency', country: 'CN' }, programName: 'Visiting Scholars Plan', status: 'participating', ...over });
const support = (over: Record<string, unknown> = {}) =>
  entry({ kind: 'support', organization: { name: 'Research Foundation', country: 'US' }, status: 'current', title: 'Catalysis', ...over });
const appointment = (over: Record<string, unknown> = {}) =>
  entry({ kind: 'appointment', organization: { name: 'Other Institute', country: 'US' }, appointmentType: 'visiting', paid: false, ...over });
const patent = (over: Record<string, unknown> = {}) =>
  entry({ kind: 'financialInterest', organization: { name: 'Patent Holder Ltd', country: 'US' }, interestType: 'patent', ...over });
const listed1286 = { name: 'Harbin Institute of Technology, School of Physics', country: 'CN' };
const listedNroOnly = { name: 'Aerospace Research Institute', country: 'IR' };

interface Case {
  checklist: string;
  question: string;
  /** Entries that make the answer "yes"; the first one (or the subject) is the expected evidence. */
  yes: () => Entry[];
  /** Entries that make it "no", or leave it unanswered when `none` is 'unanswered'. */
  no: () => Entry[];
  none?: 'no' | 'unanswered';
  /** For partnership checklists: the subject is the first partnership of the record. */
  partnership?: boolean;
}

const CASES: Case[] = [
  // DoD decision matrix
  { checklist: DOD, question: 'ftrp-malign', yes: () => [talent({ malignIndicators: { recruitTrainees: true, nondisclosure: false } })], no: () => [talent({ malignIndicators: { recruitTrainees: false } }), talent({ status: 'declined', malignIndicators: { nondisclosure: true } })] },
  { checklist: DOD, question: 'ftrp-any', yes: () => [talent({ status: 'past' })], no: () => [talent({ status: 'declined' }), talent({ organization: { name: 'Home Programme', country: 'US' } })] },
  { checklist: DOD, question: 'funding-country-of-concern', yes: () => [support({ organization: { name: 'Provincial Science Fund', country: 'CN' } })], no: () => [support({ organization: { name: 'Deutsche Forschungsgemeinschaft', country: 'DE' } }), appointment({ organization: { name: 'Institute', country: 'RU' } })] },
  { checklist: DOD, question: 'funding-foreign-government', yes: () => [appointment({ foreignGovernmentLinked: true })], no: () => [support({ sponsorType: 'federal' }), appointment({ foreignGovernmentLinked: false })] },
  { checklist: DOD, question: 'patent-country-of-concern', yes: () => [patent({ jurisdiction: 'China' })], no: () => [patent({ jurisdiction: 'DE' }), entry({ kind: 'financialInterest', organization: { name: 'Start-up', country: 'CN' }, interestType: 'equity' })] },
  { checklist: DOD, question: 'entity-1286', yes: () => [appointment({ organization: listed1286 })], no: () => [appointment({ organization: { name: 'Northwestern University', country: 'US' } }), appointment({ organization: listedNroOnly })] },
  // Canada NSGRP (partnership-based)
  { checklist: CA, question: 'sensitive-area', partnership: true, yes: () => [partnership({ sensitiveArea: 'Quantum sensing' })], no: () => [partnership({ sensitiveArea: '  ' }), partnership({ sensitiveArea: 'Quantum sensing' })], none: 'unanswered' },
  { checklist: CA, question: 'partner-listed', partnership: true, yes: () => [partnership({ organization: listedNroOnly })], no: () => [partnership(), partnership({ organization: listedNroOnly })] },
  { checklist: CA, question: 'partner-foreign-government', partnership: true, yes: () => [partnership({ partnerType: 'government' })], no: () => [partnership({ partnerType: 'government', organization: { name: 'State Agency', country: 'US' } })], none: 'unanswered' },
  { checklist: CA, question: 'agreement', partnership: true, yes: () => [partnership({ agreementOnFile: true })], no: () => [partnership({ agreementOnFile: false }), partnership({ agreementOnFile: true })], none: 'unanswered' },
  { checklist: CA, question: 'team-conflicts', partnership: true, yes: () => [partnership(), appointment({ organization: listed1286 })], no: () => [partnership(), appointment(), partnership({ organization: listed1286 })], none: 'unanswered' },
  // UK Trusted Research
  { checklist: UK, question: 'foreign-government-funding', yes: () => [support({ sponsorType: 'foreign-government' })], no: () => [support({ sponsorType: 'industry' })] },
  { checklist: UK, question: 'screening', yes: () => [partnership({ organization: listedNroOnly })], no: () => [partnership(), support()] },
  { checklist: UK, question: 'unreported-roles', yes: () => [entry({ kind: 'consulting', organization: { name: 'Firm' }, compensated: true, reportedToInstitution: false })], no: () => [appointment({ reportedToInstitution: true }), appointment()], none: 'unanswered' },
  { checklist: UK, question: 'sensitive-area', yes: () => [partnership({ sensitiveArea: 'Semiconductors' })], no: () => [partnership()], none: 'unanswered' },
  { checklist: UK, question: 'no-agreement', yes: () => [partnership({ agreementOnFile: false })], no: () => [partnership({ agreementOnFile: true }), partnership()], none: 'unanswered' },
  // Japan Cabinet Office template
  { checklist: JP, question: 'outside-positions', yes: () => [appointment({ appointmentType: 'adjunct' })], no: () => [appointment({ appointmentType: 'primary', paid: true })] },
  { checklist: JP, question: 'foreign-support', yes: () => [entry({ kind: 'inKind', organization: { name: 'Beamline Facility', country: 'FR' }, status: 'current', summary: 'Beam time' })], no: () => [support(), support({ organization: { name: 'No Country Fund' } })] },
  { checklist: JP, question: 'talent-program', yes: () => [talent({ status: 'applied' })], no: () => [talent({ status: 'declined' }), talent({ status: 'past' })] },
  { checklist: JP, question: 'financial-interest', yes: () => [patent({ relatedToResearch: true })], no: () => [patent({ relatedToResearch: false }), patent()], none: 'unanswered' },
];

function answerFor(c: Case, entries: Entry[]) {
  const list = checklist(c.checklist);
  const subject = c.partnership ? entries.find((e) => e.kind === 'partnership')!.id : RECORD_SUBJECT;
  const result = evaluateChecklist(list, record(entries), undefined, subject).questions.find((q) => q.question.id === c.question);
  if (!result) throw new Error(`No question ${c.question} in ${c.checklist}`);
  return result;
}

describe('derived checklist answers', () => {
  it('every derived question of every bundled checklist has a case here', () => {
    const derived = BUILTIN_CHECKLISTS.flatMap((c) => c.groups.flatMap((g) => g.questions.filter((q) => q.derive).map((q) => `${c.id}/${q.id}`)));
    expect(CASES.map((c) => `${c.checklist}/${c.question}`).sort()).toEqual(derived.sort());
  });

  for (const c of CASES) {
    it(`${c.checklist} / ${c.question}: yes with its evidence`, () => {
      const entries = c.yes();
      const result = answerFor(c, entries);
      expect(result.derived?.answer).toBe('yes');
      expect(result.effective).toEqual({ answer: 'yes', from: 'record' });
      const evidenceEntry = c.question === 'team-conflicts' ? entries[1] : entries[0];
      // One evidence item per listing: an organisation on two lists is evidence twice, for one entry.
      expect([...new Set(result.derived!.evidence.map((e) => e.entryId))]).toEqual([evidenceEntry.id]);
      expect(result.derived!.basis).toBe(result.question.derive!.basis);
    });

    it(`${c.checklist} / ${c.question}: ${c.none === 'unanswered' ? 'left to the researcher' : 'no'} otherwise`, () => {
      const result = answerFor(c, c.no());
      if (c.none === 'unanswered') {
        // The subject (first partnership) of a "no" partnership record is the one that does not match.
        expect(result.derived).toBeUndefined();
        expect(result.effective).toBeUndefined();
      } else {
        expect(result.derived).toMatchObject({ answer: 'no', evidence: [] });
        expect(result.effective).toEqual({ answer: 'no', from: 'record' });
      }
    });
  }

  it('a screening match names the list, the listed organisation and its official source', () => {
    const result = answerFor(CASES.find((c) => c.question === 'entity-1286')!, [appointment({ organization: listed1286 })]);
    expect(result.derived!.evidence[0].listing).toMatchObject({
      listId: 'us-dod-section-1286', listedName: 'Harbin Institute of Technology', sourceUrl: expect.stringMatching(/^https:\/\//),
    });
    expect(result.derived!.listsChecked).toEqual([expect.stringContaining('Section 1286')]);
  });

  it("the §1286 and screening questions also check the profile's primary organisation", () => {
    const list = checklist(DOD);
    const employed = { ...record([]), profile: { ...profile, person: { ...profile.person, primaryOrganization: { name: 'Harbin Institute of Technology' } } } };
    const q = evaluateChecklist(list, employed, undefined).questions.find((r) => r.question.id === 'entity-1286')!;
    expect(q.derived).toMatchObject({ answer: 'yes', evidence: [{ profileField: 'person.primaryOrganization', organisation: 'Harbin Institute of Technology', listing: { listId: 'us-dod-section-1286' } }] });
  });

  it('a country of concern is read from a screening list when the organisation has no country recorded', () => {
    const unplaced = support({ organization: { name: 'Harbin Institute of Technology' } });
    const q = answerFor(CASES.find((c) => c.question === 'funding-country-of-concern')!, [unplaced, support({ organization: { name: 'Unlisted Fund' } })]);
    expect(q.derived?.answer).toBe('yes');
    expect(new Set(q.derived!.evidence.map((e) => e.entryId))).toEqual(new Set([unplaced.id]));
    expect(q.derived!.evidence[0].listing?.listedName).toBe('Harbin Institute of Technology');
  });

  it('reads a patent jurisdiction written as a code or a name', () => {
    const c = CASES.find((x) => x.question === 'patent-country-of-concern')!;
    for (const jurisdiction of ['CN', 'cn', 'Beijing, CN', "People's Republic of China", 'Russian Federation', 'Iran']) {
      expect(answerFor(c, [patent({ jurisdiction })]).derived?.answer, jurisdiction).toBe('yes');
    }
    for (const jurisdiction of ['Michigan, US', 'Indochina Peninsula Office', 'Germany', 'Kirin']) {
      expect(answerFor(c, [patent({ jurisdiction })]).derived?.answer, jurisdiction).toBe('no');
    }
  });

  it('a talent programme counts as foreign unless it is recorded in the home country', () => {
    const c = CASES.find((x) => x.question === 'ftrp-any')!;
    expect(answerFor(c, [talent({ organization: { name: 'Programme Office' } })]).derived?.answer).toBe('yes');
    expect(answerFor(c, [talent({ organization: { name: 'Programme Office', country: 'US' } })]).derived?.answer).toBe('no');
  });

  it('a partnership question looks only at its subject partnership', () => {
    const listed = partnership({ id: 'p-listed', organization: listedNroOnly });
    const plain = partnership({ id: 'p-plain' });
    const list = checklist(CA);
    const q = (subject: string) => evaluateChecklist(list, record([listed, plain]), undefined, subject).questions.find((r) => r.question.id === 'partner-listed')!;
    expect(q('p-listed').derived?.answer).toBe('yes');
    expect(q('p-plain').derived?.answer).toBe('no');
  });
});
