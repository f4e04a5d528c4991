/**
 * The gap engine's public surface. Rule packs are data (packs/*.json); built-in checks are pure
 * functions registered by name (builtins/index.ts); evaluate() runs packs over a record.
 */
import type { Entry, Gap, Profile, RulePack } from '@/lib/model';
import { evaluate as evaluateWith, type EvaluateOptions } from './engine';
import { BUILTIN_SCREENING_LISTS } from './screening-lists';

export { BUILTIN_PACKS, packById, loadPack } from './packs';
export { BUILTIN_SCREENING_LISTS } from './screening-lists';
export { BUILTINS } from './builtins';
export { personMonthsByYear } from './builtins/person-months-per-year';
export { buildScreeningIndex, screeningIndexOf, officialSourceFor, type ScreeningMatch } from './screening';
export { matchesWhere } from './engine';
export { readPath, isBlank } from './fields';
export { normaliseOrgName } from './org-names';
export type { EvaluateOptions } from './engine';

/**
 * Runs the packs over the record and returns the gaps (errors first, then by entry).
 * Screening uses the bundled lists unless `options.screeningLists` is given.
 */
export function evaluate(profile: Profile | undefined, entries: Entry[], packs: RulePack[], options: EvaluateOptions = {}): Gap[] {
  return evaluateWith(profile, entries, packs, { ...options, screeningLists: options.screeningLists ?? BUILTIN_SCREENING_LISTS });
}

/** Counts by severity, for readiness summaries (popup badge, Gaps view, CLI). */
export function countBySeverity(gaps: readonly Gap[]): Record<Gap['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const gap of gaps) counts[gap.severity]++;
  return counts;
}

/** The editor location a gap's "Fix" opens: the entry at the field, or the profile field. */
export function fixHref(gap: Gap): string | undefined {
  if (gap.entryId) return `#entry=${encodeURIComponent(gap.entryId)}${gap.path ? `&field=${encodeURIComponent(gap.path)}` : ''}`;
  if (gap.path) return `#profile&field=${encodeURIComponent(gap.path)}`;
  return undefined;
}
