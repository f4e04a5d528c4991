/**
 * fast-check arbitraries for every Candor record. Each value is already in zod's *output* shape
 * (defaults filled, strings that zod trims already trimmed), so `Schema.parse(x)` deep-equals `x`.
 * Shared by other test suites: import { arbEntry, arbProfile, arbBackup } from '…/io/arbitraries'.
 */
import fc from 'fast-check';
import {
  APPOINTMENT_TYPES, BACKUP_VERSION, CHECKLIST_ANSWERS, COMPENSATION_TYPES, COUNTRY_CODES, CURRENCY_CODES, FUNDING_FLOWS, IN_KIND_STATUSES,
  INTEREST_TYPES, LOCALES, MALIGN_INDICATORS, PARTNER_TYPES, PROVENANCE_SOURCES, SPONSOR_TYPES, SUPPORT_ROLES,
  SUPPORT_STATUSES, TALENT_STATUSES, TRAVEL_TYPES, MITIGATION_MEASURES, orcidCheckDigit,
  type Backup, type ChecklistAnswers, type Entry, type EntryKind, type Money, type Organization, type Profile, type Template, type YearEffort,
} from '@/lib/model';

/** Optional keys are left out (never `undefined`), as a JSON round trip would leave them. */
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T, required: (keyof T)[]) =>
  fc.record(model, { requiredKeys: required as never[] }) as fc.Arbitrary<{ [K in keyof T]: T[K] extends fc.Arbitrary<infer V> ? V : never }>;

/** Numbers without -0, which JSON cannot carry. */
const noNegZero = (n: number) => (n === 0 ? 0 : n);
const finite = (min?: number, max?: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(noNegZero);

/** Any text, including non-ASCII; `min` for required fields. */
export const arbText = (max = 60, min = 0) =>
  // Graphemes can be several UTF-16 units; zod counts units, so cut to the limit.
  fc.string({ unit: 'grapheme', minLength: min, maxLength: max }).map((s) => s.slice(0, max));
/** Text without leading or trailing whitespace, for fields zod trims. */
const arbTrimmed = (max = 60) => arbText(max, 1).map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= max);

export const arbPartialDate = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 31 }))
  .map(([y, m, d]) => {
    if (m === 0) return String(y);
    const mm = `${y}-${String(m).padStart(2, '0')}`;
    if (d === 0) return mm;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${mm}-${String(Math.min(d, last)).padStart(2, '0')}`;
  });

export const arbTimestamp = fc.oneof(
  fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

export const arbOrcid = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }).map((digits) => {
  const base = digits.join('');
  const full = base + orcidCheckDigit(base);
  return `${full.slice(0, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`;
});

const ROR_CHARS = '0123456789abcdefghjkmnpqrstvwxyz'.split('');
export const arbRorId = fc
  .tuple(fc.array(fc.constantFrom(...ROR_CHARS), { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 99 }))
  .map(([chars, check]) => `https://ror.org/0${chars.join('')}${String(check).padStart(2, '0')}`);

export const arbCountry = fc.constantFrom(...COUNTRY_CODES);
export const arbMoney: fc.Arbitrary<Money> = fc.record({
  amount: finite(0, 1e12),
  currency: fc.constantFrom(...CURRENCY_CODES),
});

export const arbOrganization: fc.Arbitrary<Organization> = record(
  {
    name: arbTrimmed(80),
    rorId: arbRorId,
    fundrefId: fc.integer({ min: 1, max: 999_999_999 }).map((n) => `10.13039/${n}`),
    city: arbText(40),
    region: arbText(40),
    country: arbCountry,
  },
  ['name'],
);

const arbEmail = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z]{2,12}$/), fc.constantFrom('edu', 'org', 'ac.uk'))
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

export const arbProfile: fc.Arbitrary<Profile> = fc.record({
  person: record(
    {
      givenName: arbText(40),
      familyName: arbTrimmed(40),
      orcid: arbOrcid,
      email: arbEmail,
      eraCommonsId: arbText(20),
      homeCountry: arbCountry,
      primaryOrganization: arbOrganization,
      department: arbText(60),
      positionTitle: arbText(60),
    },
    ['familyName'],
  ),
  settings: fc.record({
    currency: fc.constantFrom(...CURRENCY_CODES),
    locale: fc.constantFrom(...LOCALES),
    reviewIntervalMonths: fc.integer({ min: 1, max: 120 }),
  }),
});

const arbEffort: fc.Arbitrary<YearEffort[]> = fc.array(
  fc.record({ year: fc.integer({ min: 1900, max: 2200 }), personMonths: finite(-24, 24) }),
  { maxLength: 4 },
);

/** Fields every entry kind has. */
const base = {
  id: fc.uuid(),
  organization: arbOrganization,
  role: arbText(40),
  startDate: arbPartialDate,
  endDate: fc.option(arbPartialDate, { nil: null }),
  description: arbText(120),
  notes: arbText(60),
  provenance: record({ source: fc.constantFrom(...PROVENANCE_SOURCES), ref: arbText(30) }, ['source']),
  reviewedAt: arbPartialDate,
  createdAt: arbTimestamp,
  updatedAt: arbTimestamp,
};
const BASE_REQUIRED = ['id', 'organization'] as const;

const kindArbitraries: { [K in EntryKind]: fc.Arbitrary<Extract<Entry, { kind: K }>> } = {
  appointment: record(
    {
      ...base,
      kind: fc.constant('appointment' as const),
      appointmentType: fc.constantFrom(...APPOINTMENT_TYPES),
      paid: fc.boolean(),
      compensation: arbMoney,
      personMonthsPerYear: finite(-12, 24),
      foreignGovernmentLinked: fc.boolean(),
      contractOnFile: fc.boolean(),
      translationOnFile: fc.boolean(),
      reportedToInstitution: fc.boolean(),
    },
    [...BASE_REQUIRED, 'kind', 'appointmentType', 'paid'],
  ),
  consulting: record(
    {
      ...base,
      kind: fc.constant('consulting' as const),
      compensated: fc.boolean(),
      compensation: arbMoney,
      personMonthsPerYear: finite(-12, 24),
      requiresResearch: fc.boolean(),
      relatedToResearch: fc.boolean(),
      confidentialityRequired: fc.boolean(),
      reportedToInstitution: fc.boolean(),
    },
    [...BASE_REQUIRED, 'kind', 'compensated'],
  ),
  support: record(
    {
      ...base,
      kind: fc.constant('support' as const),
      status: fc.constantFrom(...SUPPORT_STATUSES),
      title: arbText(80, 1),
      awardNumber: arbText(20),
      sponsorType: fc.constantFrom(...SPONSOR_TYPES),
      role: fc.constantFrom(...SUPPORT_ROLES),
      pdPi: arbText(40),
      placeOfPerformance: arbText(60),
      totalAmount: arbMoney,
      effort: arbEffort,
      objectives: arbText(120),
      overlap: arbText(120),
      thisProposal: fc.boolean(),
    },
    [...BASE_REQUIRED, 'kind', 'status', 'title', 'effort'],
  ),
  inKind: record(
    {
      ...base,
      kind: fc.constant('inKind' as const),
      status: fc.constantFrom(...IN_KIND_STATUSES),
      summary: arbText(80, 1),
      estimatedValue: arbMoney,
      effort: arbEffort,
      forThisProject: fc.boolean(),
      placeOfPerformance: arbText(60),
      objectives: arbText(120),
      overlap: arbText(120),
    },
    [...BASE_REQUIRED, 'kind', 'status', 'summary'],
  ),
  financialInterest: record(
    {
      ...base,
      kind: fc.constant('financialInterest' as const),
      interestType: fc.constantFrom(...INTEREST_TYPES),
      value: arbMoney,
      relatedToResearch: fc.boolean(),
      jurisdiction: arbText(40),
    },
    [...BASE_REQUIRED, 'kind', 'interestType'],
  ),
  talentProgram: record(
    {
      ...base,
      kind: fc.constant('talentProgram' as const),
      programName: arbText(60, 1),
      status: fc.constantFrom(...TALENT_STATUSES),
      compensationTypes: fc.subarray([...COMPENSATION_TYPES]),
      malignIndicators: fc.dictionary(fc.constantFrom(...MALIGN_INDICATORS), fc.boolean()),
      contractOnFile: fc.boolean(),
    },
    [...BASE_REQUIRED, 'kind', 'programName', 'status'],
  ),
  travel: record(
    {
      ...base,
      kind: fc.constant('travel' as const),
      travelType: fc.constantFrom(...TRAVEL_TYPES),
      value: arbMoney,
      purpose: arbText(60),
      destination: arbText(40),
      days: finite(0, 400),
    },
    [...BASE_REQUIRED, 'kind', 'travelType'],
  ),
  partnership: record(
    {
      ...base,
      kind: fc.constant('partnership' as const),
      project: arbText(60, 1),
      partnerType: fc.constantFrom(...PARTNER_TYPES),
      agreementOnFile: fc.boolean(),
      fundingFlow: fc.constantFrom(...FUNDING_FLOWS),
      sensitiveArea: arbText(40),
    },
    [...BASE_REQUIRED, 'kind', 'project'],
  ),
};

/** An entry of the given kind, or of any kind. */
export function arbEntryOf<K extends EntryKind>(kind: K): fc.Arbitrary<Extract<Entry, { kind: K }>> {
  return kindArbitraries[kind];
}
export const arbEntry: fc.Arbitrary<Entry> = fc.oneof(...Object.values(kindArbitraries)) as fc.Arbitrary<Entry>;

/** Entries with distinct ids, as a store holds them. */
export const arbEntries = (maxLength = 8) => fc.uniqueArray(arbEntry, { selector: (e) => e.id, maxLength });

/** A small institution template in output shape (every defaulted list present). */
export const arbTemplate: fc.Arbitrary<Template> = fc.record({
  format: fc.constant('candor.template' as const),
  version: fc.constant(1 as const),
  id: fc.stringMatching(/^[a-z]{2,6}(\.[a-z-]{1,12}){1,3}$/),
  title: arbText(60, 1),
  publishedAt: arbTimestamp,
  institution: arbOrganization,
  entries: fc.constant([]),
  rulePacks: fc.array(fc.constantFrom('g7-core', 'us-common-forms'), { maxLength: 2 }),
  customRules: fc.constant([]),
  portals: fc.constant([]),
  screeningLists: fc.constant([]),
  resources: fc.constant([]),
  locked: fc.subarray(['person.primaryOrganization', 'person.homeCountry']),
});

const arbAnswer = fc.constantFrom(...CHECKLIST_ANSWERS);
const arbQuestionResponse = record(
  {
    answer: arbAnswer,
    note: arbText(80),
    override: fc.record({ answer: arbAnswer, reason: arbTrimmed(80) }),
    answeredAt: arbTimestamp,
  },
  ['answeredAt'],
);

export const arbChecklistAnswers: fc.Arbitrary<ChecklistAnswers> = record(
  {
    checklistId: fc.constantFrom('us-dod-decision-matrix-2023', 'ca-nsgrp-risk-assessment', 'edu.example.own'),
    subject: fc.constantFrom('record', 'p1', 'p2'),
    responses: fc.dictionary(fc.constantFrom('q1', 'q2', 'ftrp-malign', 'agreement'), arbQuestionResponse, { maxKeys: 3 }),
    mitigation: fc.record({ text: arbText(120), measures: fc.subarray([...MITIGATION_MEASURES]) }),
    updatedAt: arbTimestamp,
  },
  ['checklistId', 'subject', 'responses', 'updatedAt'],
) as fc.Arbitrary<ChecklistAnswers>;

export const arbBackup = (maxEntries = 8): fc.Arbitrary<Backup> =>
  fc.record({
    format: fc.constant('candor.backup' as const),
    version: fc.constant(BACKUP_VERSION),
    exportedAt: arbTimestamp,
    profile: arbProfile,
    entries: arbEntries(maxEntries),
    templates: fc.uniqueArray(arbTemplate, { selector: (t) => t.id, maxLength: 2 }),
    checklists: fc.uniqueArray(arbChecklistAnswers, { selector: (c) => `${c.checklistId}|${c.subject}`, maxLength: 3 }),
  });
