import { z } from 'zod';
import { CountryCode, Timestamp } from './common';
import { EntryKind } from './entries';
import { SourceRef } from './rules';

/** What a researcher (or the record) can answer to a checklist question. */
export const CHECKLIST_ANSWERS = ['yes', 'no', 'unsure', 'na'] as const;
export const ChecklistAnswer = z.enum(CHECKLIST_ANSWERS);
export type ChecklistAnswer = z.infer<typeof ChecklistAnswer>;

/**
 * Named predicates a derived answer can apply to the entries its query selects. Each looks only at
 * organisations, programmes, agreements and recorded facts — never at a person.
 * - screening-list: the entry's organisation matches a screening list (`params.lists`, default all)
 * - foreign-government-sponsor: support from a foreign government sponsor, or an appointment recorded as foreign-government linked
 * - malign-talent-program: a talent programme with any statutory malign indicator recorded as yes
 * - country-of-concern: the entry's organisation is in one of `params.countries` (its recorded country or,
 *   when none is recorded, the country a screening list gives for it)
 * - patent-in-country-of-concern: a patent interest whose jurisdiction (or organisation) is in one of `params.countries`
 * - foreign-organisation: the organisation's country is recorded and differs from the profile's home country
 * - not-home-country: the organisation is not recorded as in the home country (another country, or none recorded)
 */
export const DERIVE_MATCHES = [
  'screening-list', 'foreign-government-sponsor', 'malign-talent-program', 'country-of-concern',
  'patent-in-country-of-concern', 'foreign-organisation', 'not-home-country',
] as const;
export const DeriveMatch = z.enum(DERIVE_MATCHES);
export type DeriveMatch = z.infer<typeof DeriveMatch>;

/**
 * How the record answers a question: select entries of `kinds` (only the checklist's subject when
 * `scope` is `subject`), keep those whose fields equal `where` (path → value or list of accepted
 * values), that record every `present` path, and that pass `match`. Any left → "yes" with them as evidence; none → "no", or no derived
 * answer at all when `ifNone` is `unanswered` (absence in the record proves nothing there).
 */
export const ChecklistDerive = z.strictObject({
  kinds: z.array(EntryKind).min(1),
  scope: z.enum(['record', 'subject']).default('record'),
  where: z.record(z.string().min(1), z.unknown()).optional(),
  /** Field paths that must be recorded (not blank), e.g. `sensitiveArea`. */
  present: z.array(z.string().min(1)).optional(),
  match: DeriveMatch.optional(),
  params: z
    .strictObject({
      /** Screening list ids (screening-list); default every list available. */
      lists: z.array(z.string().min(1)).optional(),
      /** Countries (country-of-concern, patent-in-country-of-concern). */
      countries: z.array(CountryCode).optional(),
    })
    .optional(),
  /** Also test the profile's primary organisation (matches that look only at an organisation). */
  primaryOrganization: z.boolean().optional(),
  ifNone: z.enum(['no', 'unanswered']).default('no'),
  /** What the query looks for, in words, shown beside a derived answer (the rule that produced it). */
  basis: z.string().min(1),
});
export type ChecklistDerive = z.infer<typeof ChecklistDerive>;

export const ChecklistQuestion = z.strictObject({
  id: z.string().min(1).max(200),
  text: z.string().min(1),
  help: z.string().optional(),
  derive: ChecklistDerive.optional(),
  /** The answer that calls for a mitigation plan ("unsure" always does). Absent: informational. */
  riskAnswer: z.enum(['yes', 'no']).optional(),
});
export type ChecklistQuestion = z.infer<typeof ChecklistQuestion>;

export const ChecklistGroup = z.strictObject({
  id: z.string().min(1).max(200),
  title: z.string().min(1),
  questions: z.array(ChecklistQuestion).min(1),
});
export type ChecklistGroup = z.infer<typeof ChecklistGroup>;

/** A due-diligence checklist as data: questions grouped as the published original groups them. */
export const Checklist = z.strictObject({
  id: z.string().min(1).max(200),
  title: z.string().min(1),
  publisher: z.string().optional(),
  source: SourceRef,
  /** `record`: about the researcher's whole record; `partnership`: answered once per partnership entry. */
  appliesTo: z.enum(['record', 'partnership']),
  description: z.string().optional(),
  groups: z.array(ChecklistGroup).min(1),
});
export type Checklist = z.infer<typeof Checklist>;
export type ChecklistInput = z.input<typeof Checklist>;

export const MITIGATION_MEASURES = ['data-management', 'access-control', 'training', 'agreements', 'export-control', 'other'] as const;
export const MitigationMeasure = z.enum(MITIGATION_MEASURES);
export type MitigationMeasure = z.infer<typeof MitigationMeasure>;

/** One question's stored response: the researcher's own answer, or an override of the derived one. */
export const QuestionResponse = z.strictObject({
  answer: ChecklistAnswer.optional(),
  note: z.string().max(5000).optional(),
  override: z.strictObject({ answer: ChecklistAnswer, reason: z.string().trim().min(1, 'Give the reason for the override').max(5000) }).optional(),
  answeredAt: Timestamp,
});
export type QuestionResponse = z.infer<typeof QuestionResponse>;

/** What is stored for one checklist about one subject. Derived answers are never stored: they are computed on read. */
export const ChecklistAnswers = z.strictObject({
  checklistId: z.string().min(1).max(200),
  /** `record`, or the id of the partnership entry the checklist is about. */
  subject: z.string().min(1).max(200),
  responses: z.record(z.string().min(1), QuestionResponse).default({}),
  mitigation: z
    .strictObject({ text: z.string().max(20000).default(''), measures: z.array(MitigationMeasure).default([]) })
    .optional(),
  updatedAt: Timestamp,
});
export type ChecklistAnswers = z.infer<typeof ChecklistAnswers>;
export type ChecklistAnswersInput = z.input<typeof ChecklistAnswers>;
