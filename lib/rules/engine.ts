import type { Entry, Gap, Profile, RulePack, RuleSpec, ScreeningList, Severity } from '@/lib/model';
import { BUILTINS } from './builtins';
import { todayIso } from './dates';
import { fieldLabel, isBlank, readPath } from './fields';
import { organisationKeys } from './org-names';
import { screeningIndexOf } from './screening';
import type { CheckContext, Finding, MessageVars, RecordFacts } from './types';

export interface EvaluateOptions {
  /** The day to judge dates against (YYYY-MM-DD); defaults to today (UTC). */
  today?: string;
  /** Organisation screening lists; defaults to none (index.ts passes the bundled ones). */
  screeningLists?: ScreeningList[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const FALLBACK_FIX = 'Open the entry and complete or correct the field named.';

/** A message template split once into literal text and `{name}` slots (even indexes are text). */
const compiled = new Map<string, string[]>();
function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/** Replaces `{name}` with vars.name; unknown names are left visible rather than silently dropped. */
function fill(template: string, vars: MessageVars): string {
  const parts = compile(template);
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in vars ? String(vars[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

/** Whether an entry (or the profile) satisfies a rule's `where`: field path → value or list of accepted values. */
export function matchesWhere(record: unknown, where: Record<string, unknown> | undefined): boolean {
  if (!where) return true;
  for (const [path, accepted] of Object.entries(where)) {
    const value = readPath(record, path);
    if (Array.isArray(accepted) ? !accepted.includes(value) : value !== accepted) return false;
  }
  return true;
}

function recordFacts(entries: readonly Entry[]): RecordFacts {
  const keys = new Map<Entry, string[]>();
  const organisationKeysOf = (entry: Entry) => {
    let k = keys.get(entry);
    if (!k) {
      k = organisationKeys(entry.organization);
      keys.set(entry, k);
    }
    return k;
  };
  const supportOrganisations = new Set(entries.filter((e) => e.kind === 'support').flatMap(organisationKeysOf));
  return { supportOrganisations, organisationKeysOf };
}

function requiredFindings(rule: RuleSpec, paths: string[], profile: Profile | undefined, targets: readonly Entry[]): Finding[] {
  const findings: Finding[] = [];
  if (rule.appliesTo.kind === 'profile') {
    if (!profile) return [];
    for (const path of paths) if (isBlank(readPath(profile, path))) findings.push({ path, vars: { field: path } });
    return findings;
  }
  for (const entry of targets) {
    for (const path of paths) if (isBlank(readPath(entry, path))) findings.push({ entry, path, vars: { field: path } });
  }
  return findings;
}

/**
 * Runs every rule of every pack over the record and returns the gaps, errors first, then by
 * entry (profile-level gaps first, then entries in record order). Pure apart from reading the
 * clock when `options.today` is not given.
 */
export function evaluate(profile: Profile | undefined, entries: Entry[], packs: RulePack[], options: EvaluateOptions = {}): Gap[] {
  const today = options.today ?? todayIso();
  const facts = recordFacts(entries);
  const screening = (options.screeningLists ?? []).map(screeningIndexOf);
  const order = new Map(entries.map((e, i) => [e, i]));
  const byKind = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = byKind.get(entry.kind);
    if (list) list.push(entry);
    else byKind.set(entry.kind, [entry]);
  }

  const found: { gap: Gap; key: number }[] = [];
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const kind = rule.appliesTo.kind;
      const pool = kind === 'profile' ? [] : kind === 'any' ? entries : (byKind.get(kind) ?? []);
      const targets = rule.appliesTo.where ? pool.filter((e) => matchesWhere(e, rule.appliesTo.where)) : pool;
      if (kind === 'profile' && !matchesWhere(profile, rule.appliesTo.where)) continue;

      let findings: Finding[];
      if ('required' in rule.check) {
        findings = requiredFindings(rule, rule.check.required, profile, targets);
      } else {
        const builtin = BUILTINS[rule.check.builtin];
        if (!builtin) {
          // A template's custom rule may name a check this version lacks: say so instead of failing.
          found.push({
            key: SEVERITY_RANK.info * (entries.length + 2),
            gap: {
              ruleId: `${pack.id}/${rule.id}`,
              packId: pack.id,
              severity: 'info',
              message: `This rule calls a check Candor does not have ("${rule.check.builtin}"), so it was not run.`,
              citation: rule.citation,
              fix: 'Update Candor, or ask whoever published the rule pack to correct it.',
            },
          });
          continue;
        }
        const ctx: CheckContext = { profile, entries, today, pack, params: rule.check.params ?? {}, facts, screening };
        findings = builtin(ctx, targets);
      }

      const ruleId = `${pack.id}/${rule.id}`;
      const fixTemplate = rule.fix ?? FALLBACK_FIX;
      for (const finding of findings) {
        // Findings are fresh objects from the builtin, so their vars can be completed in place.
        const vars: MessageVars = finding.vars ?? {};
        if (finding.entry && !('organization' in vars)) vars.organization = finding.entry.organization.name;
        if (typeof vars.field === 'string') vars.field = fieldLabel(vars.field);
        // Built property by property (not by spreading): thousands of gaps per call stay cheap.
        const gap = {} as Gap;
        if (finding.entry) gap.entryId = finding.entry.id;
        if (finding.path) gap.path = finding.path;
        gap.ruleId = ruleId;
        gap.packId = pack.id;
        gap.severity = rule.severity;
        gap.message = fill(rule.message, vars);
        gap.citation = rule.citation;
        gap.fix = fill(fixTemplate, vars);
        found.push({ gap, key: SEVERITY_RANK[rule.severity] * (entries.length + 2) + (finding.entry ? (order.get(finding.entry) ?? entries.length) + 1 : 0) });
      }
    }
  }

  // Severity, then record position (profile-level first), then rule id and path; stable otherwise.
  found.sort((a, b) => a.key - b.key || cmp(a.gap.ruleId, b.gap.ruleId) || cmp(a.gap.path ?? '', b.gap.path ?? ''));
  return found.map((f) => f.gap);
}
