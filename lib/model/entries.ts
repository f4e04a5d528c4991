import { z } from 'zod';
import { Money, Organization, PartialDate, Timestamp, YearEffort } from './common';

export const ENTRY_KINDS = [
  'appointment', 'consulting', 'support', 'inKind', 'financialInterest', 'talentProgram', 'travel', 'partnership',
] as const;
export const EntryKind = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof EntryKind>;

export const PROVENANCE_SOURCES = ['manual', 'orcid', 'template', 'backup', 'csv'] as const;
export const Provenance = z.strictObject({
  source: z.enum(PROVENANCE_SOURCES),
  ref: z.string().max(500).optional(),
});
export type Provenance = z.infer<typeof Provenance>;

const text = (max = 5000) => z.string().max(max);

/** Fields every entry has, whatever its kind. */
const entryBase = {
  id: z.string().min(1).max(200),
  organization: Organization,
  role: text(300).optional(),
  startDate: PartialDate.optional(),
  /** null = ongoing. */
  endDate: PartialDate.nullable().optional(),
  description: text(20000).optional(),
  notes: text(20000).optional(),
  provenance: Provenance.optional(),
  reviewedAt: PartialDate.optional(),
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
};

export const APPOINTMENT_TYPES = [
  'primary', 'secondary', 'joint', 'adjunct', 'visiting', 'honorary', 'emeritus', 'affiliate', 'advisory', 'board', 'other',
] as const;
export const SUPPORT_STATUSES = ['current', 'pending', 'planned', 'completed'] as const;
export const SPONSOR_TYPES = ['federal', 'government', 'foreign-government', 'industry', 'foundation', 'university', 'other'] as const;
export const SUPPORT_ROLES = ['PI', 'co-PI', 'co-I', 'senior-personnel', 'other'] as const;
export const IN_KIND_STATUSES = ['current', 'pending'] as const;
export const INTEREST_TYPES = ['equity', 'startup', 'ip-license', 'royalty', 'patent', 'other'] as const;
export const TALENT_STATUSES = ['participating', 'applied', 'past', 'declined'] as const;
export const COMPENSATION_TYPES = ['cash', 'research-funds', 'travel', 'title', 'future-promise'] as const;
export const TRAVEL_TYPES = ['travel', 'honorarium', 'gift'] as const;
export const PARTNER_TYPES = ['academic', 'government', 'industry', 'nonprofit', 'other'] as const;
export const FUNDING_FLOWS = ['in', 'out', 'none'] as const;

/**
 * The nine conditions of a malign foreign talent recruitment program, CHIPS and Science Act
 * §10638(4)(A)(i)–(ix) (42 U.S.C. 19237). Each is a yes/no the researcher records.
 */
export const MALIGN_INDICATORS = [
  'unauthorizedTransfer', 'recruitTrainees', 'establishLabOrCompany', 'acceptPositionInViolation',
  'cannotTerminate', 'overlapWithFederalWork', 'applyForForeignFunding', 'omitAcknowledgment', 'nondisclosure',
] as const;
/**
 * Yes/no answers keyed by indicator. The canonical keys are MALIGN_INDICATORS; other keys are
 * accepted so a record written by another tool still imports, and any `true` counts.
 */
export const MalignIndicators = z
  .record(z.string().min(1), z.boolean())
  .meta({ description: `Statutory malign-program indicators; canonical keys: ${MALIGN_INDICATORS.join(', ')}` });

export const Appointment = z.strictObject({
  ...entryBase,
  kind: z.literal('appointment'),
  appointmentType: z.enum(APPOINTMENT_TYPES),
  paid: z.boolean(),
  compensation: Money.optional(),
  personMonthsPerYear: z.number().finite().optional(),
  foreignGovernmentLinked: z.boolean().optional(),
  contractOnFile: z.boolean().optional(),
  translationOnFile: z.boolean().optional(),
  reportedToInstitution: z.boolean().optional(),
});

export const Consulting = z.strictObject({
  ...entryBase,
  kind: z.literal('consulting'),
  compensated: z.boolean(),
  compensation: Money.optional(),
  personMonthsPerYear: z.number().finite().optional(),
  requiresResearch: z.boolean().optional(),
  relatedToResearch: z.boolean().optional(),
  confidentialityRequired: z.boolean().optional(),
  reportedToInstitution: z.boolean().optional(),
});

/** Current and pending (other) support; the organisation is the sponsor. */
export const Support = z.strictObject({
  ...entryBase,
  kind: z.literal('support'),
  status: z.enum(SUPPORT_STATUSES),
  title: text(2000).min(1, 'A project or proposal title is required'),
  awardNumber: text(200).optional(),
  sponsorType: z.enum(SPONSOR_TYPES).optional(),
  role: z.enum(SUPPORT_ROLES).optional(),
  pdPi: text(300).optional(),
  placeOfPerformance: text(500).optional(),
  totalAmount: Money.optional(),
  effort: z.array(YearEffort).default([]),
  objectives: text(20000).optional(),
  overlap: text(20000).optional(),
  thisProposal: z.boolean().optional(),
});

/** In-kind contribution; the organisation is the source. */
export const InKind = z.strictObject({
  ...entryBase,
  kind: z.literal('inKind'),
  status: z.enum(IN_KIND_STATUSES),
  summary: text(5000).min(1, 'Describe the contribution'),
  estimatedValue: Money.optional(),
  effort: z.array(YearEffort).optional(),
  forThisProject: z.boolean().optional(),
  placeOfPerformance: text(500).optional(),
  objectives: text(20000).optional(),
  overlap: text(20000).optional(),
});

export const FinancialInterest = z.strictObject({
  ...entryBase,
  kind: z.literal('financialInterest'),
  interestType: z.enum(INTEREST_TYPES),
  value: Money.optional(),
  relatedToResearch: z.boolean().optional(),
  jurisdiction: text(200).optional(),
});

/** Talent-recruitment programme; the organisation is the sponsor. */
export const TalentProgram = z.strictObject({
  ...entryBase,
  kind: z.literal('talentProgram'),
  programName: text(500).min(1, 'Name the programme'),
  status: z.enum(TALENT_STATUSES),
  compensationTypes: z.array(z.enum(COMPENSATION_TYPES)).optional(),
  malignIndicators: MalignIndicators.optional(),
  contractOnFile: z.boolean().optional(),
});

/** Sponsored travel, gifts and honoraria. */
export const Travel = z.strictObject({
  ...entryBase,
  kind: z.literal('travel'),
  travelType: z.enum(TRAVEL_TYPES),
  value: Money.optional(),
  purpose: text(2000).optional(),
  destination: text(300).optional(),
  days: z.number().finite().nonnegative().optional(),
});

/** Collaboration recorded for due diligence. */
export const Partnership = z.strictObject({
  ...entryBase,
  kind: z.literal('partnership'),
  project: text(1000).min(1, 'Name the project'),
  partnerType: z.enum(PARTNER_TYPES).optional(),
  agreementOnFile: z.boolean().optional(),
  fundingFlow: z.enum(FUNDING_FLOWS).optional(),
  sensitiveArea: text(500).optional(),
});

export const ENTRY_SCHEMAS = {
  appointment: Appointment,
  consulting: Consulting,
  support: Support,
  inKind: InKind,
  financialInterest: FinancialInterest,
  talentProgram: TalentProgram,
  travel: Travel,
  partnership: Partnership,
} as const;

export const Entry = z.discriminatedUnion('kind', [
  Appointment, Consulting, Support, InKind, FinancialInterest, TalentProgram, Travel, Partnership,
]);
export type Entry = z.infer<typeof Entry>;
export type EntryInput = z.input<typeof Entry>;
export type EntryOf<K extends EntryKind> = Extract<Entry, { kind: K }>;
export type Appointment = z.infer<typeof Appointment>;
export type Consulting = z.infer<typeof Consulting>;
export type Support = z.infer<typeof Support>;
export type InKind = z.infer<typeof InKind>;
export type FinancialInterest = z.infer<typeof FinancialInterest>;
export type TalentProgram = z.infer<typeof TalentProgram>;
export type Travel = z.infer<typeof Travel>;
export type Partnership = z.infer<typeof Partnership>;

/** Entry kinds that carry a `status` field, and the statuses each allows. */
export function entryStatus(entry: Entry): string | undefined {
  return 'status' in entry ? entry.status : undefined;
}

/** Foreign: the organisation's country is recorded and differs from the researcher's home country (derived, never stored). */
export function isForeign(entry: Entry, homeCountry: string | undefined): boolean {
  const country = entry.organization.country;
  return !!country && !!homeCountry && country !== homeCountry;
}
