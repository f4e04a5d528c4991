import { z } from 'zod';
import { EntryKind } from './entries';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const SourceRef = z.strictObject({
  title: z.string().min(1),
  url: z.url().optional(),
  date: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** A citation is either plain text or a reference to a published source, optionally a section of it. */
export const Citation = z.union([
  z.string().min(1),
  z.strictObject({ title: z.string().min(1), url: z.url().optional(), date: z.string().optional(), section: z.string().optional() }),
]);
export type Citation = z.infer<typeof Citation>;

export const RuleCheck = z.union([
  z.strictObject({ required: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ builtin: z.string().min(1), params: z.record(z.string(), z.unknown()).optional() }),
]);
export type RuleCheck = z.infer<typeof RuleCheck>;

export const RuleSpec = z.strictObject({
  id: z.string().min(1).max(200),
  severity: Severity,
  appliesTo: z.strictObject({
    /** An entry kind, `profile` for the person record, or `any` for every entry. */
    kind: z.union([EntryKind, z.literal('profile'), z.literal('any')]),
    /** Field path → required value (or list of accepted values). */
    where: z.record(z.string(), z.unknown()).optional(),
  }),
  check: RuleCheck,
  message: z.string().min(1),
  citation: Citation,
  fix: z.string().optional(),
});
export type RuleSpec = z.infer<typeof RuleSpec>;

export const RulePack = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  source: SourceRef,
  /** ISO 4217 currency that amounts must be given in for this funder, when it requires one. */
  currency: z.string().length(3).optional(),
  rules: z.array(RuleSpec),
});
export type RulePack = z.infer<typeof RulePack>;

export const Gap = z.strictObject({
  ruleId: z.string(),
  packId: z.string().optional(),
  severity: Severity,
  entryId: z.string().optional(),
  path: z.string().optional(),
  message: z.string(),
  citation: Citation,
  fix: z.string(),
});
export type Gap = z.infer<typeof Gap>;

/** An organisation screening list, in the shape of shared/data/screening/*.json. Organisations only. */
export const ScreeningList = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  authority: z.string().optional(),
  source: z.looseObject({
    url: z.union([z.url(), z.array(z.url())]),
    retrieved: z.string().optional(),
    unofficial: z.boolean().optional(),
  }),
  listDates: z.array(z.string()).optional(),
  notes: z.array(z.string()).optional(),
  entries: z.array(
    z.strictObject({
      name: z.string().min(1),
      aliases: z.array(z.string()).default([]),
      country: z.string().length(2).nullable().optional(),
      listedIn: z.array(z.string()).optional(),
      endDate: z.string().nullable().optional(),
    }),
  ),
});
export type ScreeningList = z.infer<typeof ScreeningList>;
