import type { Entry, Profile, RulePack } from '@/lib/model';
import type { ScreeningIndex } from './screening';

/** Values a rule's message and fix may reference as `{name}`. */
export type MessageVars = Record<string, string | number>;

/** One thing a check found; the engine turns it into a Gap with the rule's severity, wording and citation. */
export interface Finding {
  entry?: Entry;
  /** Field path inside the entry (or inside the profile when there is no entry), e.g. `effort`, `person.orcid`. */
  path?: string;
  vars?: MessageVars;
}

/** Facts derived once per evaluate() call and shared by every pack and rule. */
export interface RecordFacts {
  /** Organisation keys (see organisationKeys) of every support entry, any status. */
  supportOrganisations: Set<string>;
  organisationKeysOf(entry: Entry): readonly string[];
}

export interface CheckContext {
  profile: Profile | undefined;
  /** Every entry in the record (a check that looks across entries uses these). */
  entries: readonly Entry[];
  today: string;
  pack: RulePack;
  params: Record<string, unknown>;
  facts: RecordFacts;
  screening: readonly ScreeningIndex[];
}

/**
 * A built-in check: receives the entries the rule applies to (already filtered by kind and
 * `where`; empty for profile rules) and returns findings. Pure: no clock, no I/O.
 */
export type Builtin = (ctx: CheckContext, targets: readonly Entry[]) => Finding[];
