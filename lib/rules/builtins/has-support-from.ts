import type { Entry } from '@/lib/model';
import type { CheckContext } from '../types';

/** Whether the record has a support entry from the entry's organisation (same normalised name or ROR id). */
export function hasSupportFrom(ctx: CheckContext, entry: Entry): boolean {
  return ctx.facts.organisationKeysOf(entry).some((k) => ctx.facts.supportOrganisations.has(k));
}
