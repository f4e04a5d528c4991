/**
 * Rule-targeted arbitraries: valid profiles and entries biased towards the values the checks
 * branch on (listed organisation names and acronyms, person-months outside 0–12, webmail
 * addresses and phone numbers, missing answers, boundary dates). Complements the general
 * arbitraries in test/unit/io/arbitraries.ts. Raw shapes go through the real zod schemas.
 */
import fc from 'fast-check';
import { APPOINTMENT_TYPES, Entry, ENTRY_KINDS, MALIGN_INDICATORS, Profile, SUPPORT_STATUSES, TALENT_STATUSES } from '@/lib/model';

const partialDate = fc.oneof(
  fc.integer({ min: 1990, max: 2035 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
);
const country = fc.constantFrom('US', 'CA', 'GB', 'JP', 'CN', 'DE', 'FR', 'RU', 'IR');
const orgName = fc.oneof(
  fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0),
  fc.constantFrom('National University of Defense Technology', 'NUDT', 'University of Toronto', 'Acme (BIT)', '(', 'École Normale', 'the & the'),
);
const organization = fc.record({ name: orgName, country: fc.option(country, { nil: undefined }) }, { requiredKeys: ['name'] });
const money = fc.record({ amount: fc.double({ min: 0, max: 1e9, noNaN: true }), currency: fc.constantFrom('USD', 'EUR', 'JPY', 'CAD') });
const effort = fc.array(fc.record({ year: fc.integer({ min: 1990, max: 2040 }), personMonths: fc.double({ min: -20, max: 40, noNaN: true }) }), { maxLength: 6 });
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('me@gmail.com', '+1 555 123 4567', 'None', ''));
const bool = fc.option(fc.boolean(), { nil: undefined });

const base = {
  organization,
  startDate: fc.option(partialDate, { nil: undefined }),
  endDate: fc.option(fc.option(partialDate, { nil: null }), { nil: undefined }),
  description: fc.option(text, { nil: undefined }),
  notes: fc.option(text, { nil: undefined }),
  reviewedAt: fc.option(partialDate, { nil: undefined }),
};

const byKind: Record<(typeof ENTRY_KINDS)[number], fc.Arbitrary<Record<string, unknown>>> = {
  appointment: fc.record({ ...base, appointmentType: fc.constantFrom(...APPOINTMENT_TYPES), paid: fc.boolean(), compensation: fc.option(money, { nil: undefined }), personMonthsPerYear: fc.option(fc.double({ min: -5, max: 20, noNaN: true }), { nil: undefined }), contractOnFile: bool, translationOnFile: bool, reportedToInstitution: bool }),
  consulting: fc.record({ ...base, compensated: fc.boolean(), requiresResearch: bool, relatedToResearch: bool, confidentialityRequired: bool, reportedToInstitution: bool }),
  support: fc.record({ ...base, status: fc.constantFrom(...SUPPORT_STATUSES), title: fc.string({ minLength: 1, maxLength: 400 }), awardNumber: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }), totalAmount: fc.option(money, { nil: undefined }), effort, objectives: fc.option(text, { nil: undefined }), overlap: fc.option(text, { nil: undefined }), thisProposal: bool }),
  inKind: fc.record({ ...base, status: fc.constantFrom('current', 'pending'), summary: fc.string({ minLength: 1, maxLength: 50 }), estimatedValue: fc.option(money, { nil: undefined }), effort: fc.option(effort, { nil: undefined }), forThisProject: bool }),
  financialInterest: fc.record({ ...base, interestType: fc.constantFrom('equity', 'startup', 'other') }),
  talentProgram: fc.record({ ...base, programName: fc.string({ minLength: 1, maxLength: 50 }), status: fc.constantFrom(...TALENT_STATUSES), malignIndicators: fc.option(fc.record(Object.fromEntries(MALIGN_INDICATORS.map((k) => [k, bool]))), { nil: undefined }) }),
  travel: fc.record({ ...base, travelType: fc.constantFrom('travel', 'honorarium', 'gift'), purpose: fc.option(text, { nil: undefined }) }),
  partnership: fc.record({ ...base, project: fc.string({ minLength: 1, maxLength: 50 }), partnerType: fc.option(fc.constantFrom('academic', 'industry'), { nil: undefined }) }),
};

/** Drops undefined keys: the strict schemas accept absent optional fields. */
const clean = (o: Record<string, unknown>) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>;

export const arbRuleEntry: fc.Arbitrary<Entry> = fc
  .tuple(fc.constantFrom(...ENTRY_KINDS), fc.uuid())
  .chain(([kind, id]) => byKind[kind].map((raw) => ({ ...clean(raw), id, kind })))
  .map((raw) => Entry.safeParse(raw))
  .filter((r) => r.success)
  .map((r) => r.data!);

export const arbRuleProfile: fc.Arbitrary<Profile> = fc
  .record({
    familyName: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
    homeCountry: fc.option(country, { nil: undefined }),
    primaryOrganization: fc.option(organization, { nil: undefined }),
    reviewIntervalMonths: fc.integer({ min: 1, max: 120 }),
  })
  .map(({ reviewIntervalMonths, ...person }) => Profile.safeParse({ person: clean(person), settings: { reviewIntervalMonths } }))
  .filter((r) => r.success)
  .map((r) => r.data!);
