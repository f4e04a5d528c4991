/**
 * Answers a checklist from the record. Pure, and run on every read: only the researcher's own
 * answers, overrides and mitigation plan are stored, so a changed record changes the derived answers.
 */
import type {
  Checklist, ChecklistAnswer, ChecklistAnswers, ChecklistDerive, ChecklistQuestion, Entry, Organization, Profile, QuestionResponse, ScreeningList,
} from '@/lib/model';
import { isBlank, matchesWhere, officialSourceFor, readPath, screeningIndexOf } from '@/lib/rules';

/** The subject of a checklist that is about the whole record. */
export const RECORD_SUBJECT = 'record';

export interface ChecklistRecord {
  profile: Profile | undefined;
  entries: readonly Entry[];
  /** Lists the `screening-list` match may use. */
  screeningLists: readonly ScreeningList[];
}

/** An entry (or the profile's primary organisation) that justifies a derived answer; `listing` says which screening-list entry it matched. */
export interface Evidence {
  entryId?: string;
  profileField?: 'person.primaryOrganization';
  /** The organisation's name as recorded. */
  organisation: string;
  listing?: { listId: string; listTitle: string; listedName: string; matchedOn: string; sourceUrl: string };
}

export interface DerivedAnswer {
  answer: 'yes' | 'no';
  evidence: Evidence[];
  /** The rule that produced the answer, in words (from the checklist). */
  basis: string;
  /** Screening lists consulted, by title, for a `screening-list` question. */
  listsChecked: string[];
}

export interface EffectiveAnswer {
  answer: ChecklistAnswer;
  from: 'record' | 'override' | 'researcher';
  /** The override's reason. */
  reason?: string;
}

export interface QuestionResult {
  question: ChecklistQuestion;
  groupId: string;
  /** Absent when the record cannot answer the question. */
  derived?: DerivedAnswer;
  response?: QuestionResponse;
  effective?: EffectiveAnswer;
  /** The effective answer is the risk answer, or "unsure": a mitigation plan is called for. */
  needsMitigation: boolean;
}

export interface ChecklistEvaluation {
  checklist: Checklist;
  subject: string;
  /** The partnership a partnership checklist is about; undefined when it is no longer in the record. */
  subjectEntry?: Entry;
  questions: QuestionResult[];
  progress: { answered: number; total: number };
  needsMitigation: boolean;
  mitigation?: ChecklistAnswers['mitigation'];
  /** Every question answered, and a mitigation plan given where one is called for. */
  complete: boolean;
  updatedAt?: string;
}

/** Any indicator recorded as true, under a canonical key or another tool's (see MalignIndicators). */
const malign = (entry: Entry) => entry.kind === 'talentProgram' && Object.values(entry.malignIndicators ?? {}).some(Boolean);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/**
 * Whether a free-text jurisdiction names one of `countries`: by its code as a word ("CN", "Beijing, CN")
 * or its English name at the start of a word ("China", "People's Republic of China", "Russian Federation").
 */
function jurisdictionIn(jurisdiction: string | undefined, countries: readonly string[]): boolean {
  const text = jurisdiction?.trim();
  if (!text) return false;
  const words = new Set(text.split(/[^A-Za-z]+/).map((w) => w.toUpperCase()));
  const lower = text.toLowerCase();
  return countries.some((code) => {
    const name = regionNames.of(code)?.toLowerCase();
    return words.has(code) || (!!name && new RegExp(`(^|[^a-z])${name.replace(/[^a-z ]/g, '')}`).test(lower));
  });
}

type Listing = NonNullable<Evidence['listing']>;

/** The screening-list entries an organisation matches (in the lists `listIds`, default all), with each listed entry's country. */
function listingsOf(org: Organization, record: ChecklistRecord, listIds?: readonly string[]): (Listing & { country?: string | null })[] {
  return record.screeningLists
    .filter((l) => !listIds || listIds.includes(l.id))
    .flatMap((list) =>
      screeningIndexOf(list).match(org.name).map((m) => ({
        listId: list.id, listTitle: list.title, listedName: m.entry.name, matchedOn: m.matchedOn, sourceUrl: officialSourceFor(list, m.entry), country: m.entry.country,
      })),
    );
}

/**
 * Whether an organisation is in one of `countries`: its recorded country, or — when none is
 * recorded — the country a screening list gives for it (then the listing is the evidence).
 */
function inCountries(org: Organization, countries: readonly string[], record: ChecklistRecord): Listing[] | boolean {
  if (org.country) return countries.includes(org.country);
  return listingsOf(org, record)
    .filter((l) => !!l.country && countries.includes(l.country))
    .map(({ country: _country, ...listing }) => listing);
}

type Found = Listing[] | boolean;
type Match = NonNullable<ChecklistDerive['match']>;

/** Matches that look only at an organisation, so they also apply to the profile's primary organisation. */
const ORGANISATION_MATCHERS: Partial<Record<Match, (org: Organization, derive: ChecklistDerive, record: ChecklistRecord) => Found>> = {
  'screening-list': (org, derive, record) => listingsOf(org, record, derive.params?.lists).map(({ country: _country, ...listing }) => listing),
  'country-of-concern': (org, derive, record) => inCountries(org, derive.params?.countries ?? [], record),
  'foreign-organisation': (org, _derive, record) => {
    const home = record.profile?.person.homeCountry;
    return !!home && !!org.country && org.country !== home;
  },
  'not-home-country': (org, _derive, record) => {
    const home = record.profile?.person.homeCountry;
    return !home || !org.country || org.country !== home;
  },
};

const ENTRY_MATCHERS: Partial<Record<Match, (entry: Entry, derive: ChecklistDerive, record: ChecklistRecord) => Found>> = {
  'foreign-government-sponsor': (entry) =>
    (entry.kind === 'support' && entry.sponsorType === 'foreign-government') || (entry.kind === 'appointment' && entry.foreignGovernmentLinked === true),
  'malign-talent-program': (entry) => malign(entry),
  'patent-in-country-of-concern': (entry, derive, record) => {
    if (entry.kind !== 'financialInterest' || entry.interestType !== 'patent') return false;
    const countries = derive.params?.countries ?? [];
    return jurisdictionIn(entry.jurisdiction, countries) || inCountries(entry.organization, countries, record);
  },
};

function matchEntry(entry: Entry, derive: ChecklistDerive, record: ChecklistRecord): Found {
  if (!derive.match) return true;
  const byOrganisation = ORGANISATION_MATCHERS[derive.match];
  return byOrganisation ? byOrganisation(entry.organization, derive, record) : ENTRY_MATCHERS[derive.match]!(entry, derive, record);
}

/** Evidence items for what a match found: one per listing, or one for a plain match. */
function evidenceOf(found: Found, base: Omit<Evidence, 'listing'>): Evidence[] {
  if (Array.isArray(found)) return found.map((listing) => ({ ...base, listing }));
  return found ? [base] : [];
}

/** The record's answer to one question, or undefined when it has none. */
export function deriveAnswer(derive: ChecklistDerive, record: ChecklistRecord, subjectEntry: Entry | undefined): DerivedAnswer | undefined {
  const pool = derive.scope === 'subject' ? (subjectEntry ? [subjectEntry] : []) : record.entries;
  const evidence: Evidence[] = [];
  const primary = record.profile?.person.primaryOrganization;
  const matchPrimary = derive.primaryOrganization && derive.match ? ORGANISATION_MATCHERS[derive.match] : undefined;
  if (primary && matchPrimary) {
    evidence.push(...evidenceOf(matchPrimary(primary, derive, record), { profileField: 'person.primaryOrganization', organisation: primary.name }));
  }
  for (const entry of pool) {
    if (!derive.kinds.includes(entry.kind)) continue;
    if (!matchesWhere(entry, derive.where)) continue;
    if (derive.present?.some((path) => isBlank(readPath(entry, path)))) continue;
    evidence.push(...evidenceOf(matchEntry(entry, derive, record), { entryId: entry.id, organisation: entry.organization.name }));
  }
  if (!evidence.length && derive.ifNone === 'unanswered') return undefined;
  const listsChecked =
    derive.match === 'screening-list'
      ? record.screeningLists.filter((l) => !derive.params?.lists || derive.params.lists.includes(l.id)).map((l) => l.title)
      : [];
  return { answer: evidence.length ? 'yes' : 'no', evidence, basis: derive.basis, listsChecked };
}

/** Override first (with its reason), then the record's answer, then the researcher's own answer. */
function effectiveAnswer(derived: DerivedAnswer | undefined, response: QuestionResponse | undefined): EffectiveAnswer | undefined {
  if (response?.override) return { answer: response.override.answer, from: 'override', reason: response.override.reason };
  if (derived) return { answer: derived.answer, from: 'record' };
  if (response?.answer) return { answer: response.answer, from: 'researcher' };
  return undefined;
}

/**
 * Evaluates a checklist for a subject (`record`, or a partnership entry id) against the record and
 * the stored answers (which may be undefined, or for another subject — then they are ignored).
 */
export function evaluateChecklist(
  checklist: Checklist,
  record: ChecklistRecord,
  stored: ChecklistAnswers | undefined,
  subject: string = RECORD_SUBJECT,
): ChecklistEvaluation {
  const answers = stored && stored.checklistId === checklist.id && stored.subject === subject ? stored : undefined;
  const subjectEntry = checklist.appliesTo === 'partnership' ? record.entries.find((e) => e.id === subject && e.kind === 'partnership') : undefined;
  const questions: QuestionResult[] = checklist.groups.flatMap((group) =>
    group.questions.map((question) => {
      const derived = question.derive ? deriveAnswer(question.derive, record, subjectEntry) : undefined;
      const response = answers?.responses[question.id];
      const effective = effectiveAnswer(derived, response);
      const needsMitigation = !!effective && (effective.answer === 'unsure' || effective.answer === question.riskAnswer);
      return { question, groupId: group.id, derived, response, effective, needsMitigation };
    }),
  );
  const answered = questions.filter((q) => q.effective).length;
  const needsMitigation = questions.some((q) => q.needsMitigation);
  const mitigation = answers?.mitigation;
  const planned = !!mitigation && (mitigation.text.trim() !== '' || mitigation.measures.length > 0);
  return {
    checklist, subject, subjectEntry, questions,
    progress: { answered, total: questions.length },
    needsMitigation,
    mitigation,
    complete: answered === questions.length && (!needsMitigation || planned),
    updatedAt: answers?.updatedAt,
  };
}

/** The subjects a checklist can be answered for: the record, or each partnership in it. */
export function checklistSubjects(checklist: Checklist, entries: readonly Entry[]): string[] {
  return checklist.appliesTo === 'record' ? [RECORD_SUBJECT] : entries.filter((e) => e.kind === 'partnership').map((e) => e.id);
}

/** Evaluations of every stored answer set whose checklist is known, in checklist order (for the PDF appendix). */
export function evaluateStoredChecklists(
  checklists: readonly Checklist[],
  record: ChecklistRecord,
  stored: readonly ChecklistAnswers[],
): ChecklistEvaluation[] {
  return checklists.flatMap((checklist) =>
    stored.filter((a) => a.checklistId === checklist.id).map((a) => evaluateChecklist(checklist, record, a, a.subject)),
  );
}
