import {
  DEFAULT_SETTINGS, Entry, Profile, listProblems, type Organization, type Problem, type Template,
} from '@/lib/model';
import { getDb, ValidationError } from '@/lib/db';
import { diffTemplates, diffValues, type Change } from './diff';
import { parseTemplate } from './load';
import { META, shellEntryId, shellRef, type AppliedShell, type AppliedTemplateRecord, type TemplateOrigin } from './record';
import { deepEqual, getPath, isEmpty, withPath } from './values';

export interface ProfileFill { path: string; value: unknown; before?: unknown }
export interface LeftAlone { path: string; value: unknown; current: unknown; reason: string }
export interface ShellUpdate { shellId: string; before: Entry; after: Entry; changes: Change[] }

/** What applying a template would do, computed without writing anything. */
export interface TemplatePlan {
  templateId: string;
  title: string;
  institution: Organization;
  /** publishedAt of the version applied before, when this is an update. */
  fromVersion?: string;
  toVersion: string;
  profileFills: ProfileFill[];
  /** Defaults not applied because the researcher's own value is there. */
  profileLeft: LeftAlone[];
  /** Defaults kept until a profile exists (it needs the researcher's family name first). */
  profilePending: { path: string; value: unknown }[];
  shellsAdded: Entry[];
  /** Shells missing fields an entry of their kind requires; kept aside until the researcher completes them. */
  shellsPending: { shellId: string; entry: Record<string, unknown>; problems: Problem[] }[];
  shellsUpdated: ShellUpdate[];
  shellsLeft: { shellId: string; reason: string }[];
  locked: string[];
  /** Template-to-template differences when a previous version was applied. */
  diff: Change[];
  nextProfile?: Profile;
  record: AppliedTemplateRecord;
}

export interface TemplateState {
  profile?: Profile;
  /** The researcher's entries (only those with this template's shell ids matter). */
  entries: Entry[];
  applied?: AppliedTemplateRecord;
  /** The version applied before, for the diff. */
  previous?: Template;
}

export type Refusal = { ok: false; reasons: Problem[] };

const time = (stamp: string) => {
  const t = Date.parse(stamp);
  return Number.isNaN(t) ? 0 : t;
};

/** Profile paths a template's defaults name, as `person.x` / `settings.x`. */
function defaultsOf(template: Template): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [section, values] of Object.entries(template.profileDefaults ?? {})) {
    for (const [key, value] of Object.entries(values ?? {})) {
      // zod 4 applies Settings' inner defaults even under .partial(), so every parsed template "sets"
      // currency/locale/interval; a value equal to Candor's default changes nothing and is skipped.
      const isBuiltinDefault = section === 'settings' && deepEqual(value, (DEFAULT_SETTINGS as Record<string, unknown>)[key]);
      if (value !== undefined && !isBuiltinDefault) out.set(`${section}.${key}`, value);
    }
  }
  return out;
}

/**
 * A profile field is unset when empty. Settings always hold a value (they have defaults), so a
 * setting still at Candor's built-in default counts as not chosen by the researcher.
 */
function unset(profile: Profile, path: string): boolean {
  const value = getPath(profile, path);
  if (isEmpty(value)) return true;
  const [section, key] = path.split('.');
  return section === 'settings' && deepEqual(value, (DEFAULT_SETTINGS as Record<string, unknown>)[key]);
}

/** Shell fields the template sets on an entry (everything but its key and kind). */
function shellFields(shell: Template['entries'][number]): Record<string, unknown> {
  const { shellId: _s, kind: _k, ...fields } = shell;
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

const BOOKKEEPING = new Set(['provenance', 'updatedAt', 'createdAt']);

/**
 * Plans applying `template` to the researcher's data. Pure: nothing is written.
 * Rules: defaults fill empty fields only; shells are added once (entry id `tpl:<template>:<shell>`);
 * an update changes only values the template wrote earlier that the researcher has not changed since;
 * nothing the researcher entered is overwritten or deleted. An older version than the one applied is refused.
 */
export function planTemplateApply(template: Template, state: TemplateState, now = new Date().toISOString()): TemplatePlan | Refusal {
  const prev = state.applied;
  if (prev && time(template.publishedAt) < time(prev.publishedAt)) {
    return {
      ok: false,
      reasons: [{ path: 'publishedAt', message: `Version ${template.publishedAt} is older than the applied version ${prev.publishedAt}` }],
    };
  }

  const record: AppliedTemplateRecord = {
    templateId: template.id,
    publishedAt: template.publishedAt,
    origin: prev?.origin ?? { kind: 'file' },
    appliedAt: now,
    profileSet: {},
    profilePending: {},
    shells: {},
  };
  const plan: TemplatePlan = {
    templateId: template.id,
    title: template.title,
    institution: template.institution,
    fromVersion: prev?.publishedAt,
    toVersion: template.publishedAt,
    profileFills: [], profileLeft: [], profilePending: [],
    shellsAdded: [], shellsPending: [], shellsUpdated: [], shellsLeft: [],
    locked: template.locked,
    diff: state.previous ? diffTemplates(state.previous, template) : [],
    record,
  };

  // Profile defaults.
  const defaults = defaultsOf(template);
  let profile = state.profile;
  for (const path of new Set([...defaults.keys(), ...Object.keys(prev?.profileSet ?? {})])) {
    const value = defaults.get(path);
    if (!profile) {
      if (value !== undefined) {
        record.profilePending[path] = value;
        plan.profilePending.push({ path, value });
      }
      continue;
    }
    const current = getPath(profile, path);
    const owned = prev !== undefined && path in prev.profileSet;
    if (owned && deepEqual(current, prev.profileSet[path])) {
      // Still what the template wrote: the template may update it; a dropped default leaves the value as the researcher's.
      if (value === undefined) continue;
      if (!deepEqual(value, current)) {
        plan.profileFills.push({ path, value, before: current });
        profile = withPath(profile, path, value);
      }
      record.profileSet[path] = value;
    } else if (value === undefined) {
      continue;
    } else if (!owned && unset(profile, path)) {
      plan.profileFills.push({ path, value, before: current });
      profile = withPath(profile, path, value);
      record.profileSet[path] = value;
    } else if (!deepEqual(value, current)) {
      plan.profileLeft.push({ path, value, current, reason: owned ? 'You changed this value' : 'You already entered a value' });
    }
  }
  if (profile && plan.profileFills.length) {
    const parsed = Profile.safeParse(profile);
    if (!parsed.success) return { ok: false, reasons: listProblems(parsed.error).map((p) => ({ ...p, path: `profileDefaults → ${p.path}` })) };
    plan.nextProfile = parsed.data;
  }

  // Shells.
  const byId = new Map(state.entries.map((e) => [e.id, e]));
  for (const shell of template.entries) {
    const entryId = shellEntryId(template.id, shell.shellId);
    const before = prev?.shells[shell.shellId];
    const fields = shellFields(shell);
    const provenance = { source: 'template' as const, ref: shellRef(template, shell.shellId) };
    const existing = byId.get(entryId);

    if (existing) {
      const owned = before?.status === 'added' ? before.set : {};
      const set: Record<string, unknown> = {};
      let after: Record<string, unknown> = { ...existing };
      const changes: Change[] = [];
      for (const field of new Set([...Object.keys(fields), ...Object.keys(owned)])) {
        if (BOOKKEEPING.has(field)) continue;
        const value = fields[field];
        const current = (existing as Record<string, unknown>)[field];
        const isOwned = field in owned && deepEqual(current, owned[field]);
        if (value === undefined) continue; // dropped by the template: the value stays, now the researcher's
        if (isOwned || (!(field in owned) && isEmpty(current))) {
          if (!deepEqual(value, current)) {
            changes.push(...diffValues(current, value, field));
            after[field] = value;
          }
          set[field] = value;
        } else if (!deepEqual(value, current)) {
          plan.shellsLeft.push({ shellId: shell.shellId, reason: `${field}: you entered your own value` });
        }
      }
      record.shells[shell.shellId] = { entryId, set, status: 'added' };
      if (changes.length) {
        after = { ...after, provenance, updatedAt: now };
        const parsed = Entry.safeParse(after);
        if (parsed.success) plan.shellsUpdated.push({ shellId: shell.shellId, before: existing, after: parsed.data, changes });
        else {
          plan.shellsLeft.push({ shellId: shell.shellId, reason: listProblems(parsed.error).map((p) => `${p.path}: ${p.message}`).join('; ') });
          record.shells[shell.shellId] = before ?? { entryId, set: {}, status: 'added' };
        }
      }
      continue;
    }
    if (before?.status === 'added') {
      // Added once; the researcher deleted it, and that choice stands.
      record.shells[shell.shellId] = before;
      plan.shellsLeft.push({ shellId: shell.shellId, reason: 'You deleted this entry; it is not added again' });
      continue;
    }
    const candidate = { ...fields, kind: shell.kind, id: entryId, provenance, createdAt: now, updatedAt: now };
    const parsed = Entry.safeParse(candidate);
    if (parsed.success) {
      plan.shellsAdded.push(parsed.data);
      record.shells[shell.shellId] = { entryId, set: fields, status: 'added' };
    } else {
      const problems = listProblems(parsed.error);
      plan.shellsPending.push({ shellId: shell.shellId, entry: candidate, problems });
      record.shells[shell.shellId] = { entryId, set: fields, status: 'pending', pending: candidate, problems };
    }
  }
  return plan;
}

export const isRefusal = (x: unknown): x is Refusal => !!x && typeof x === 'object' && (x as Refusal).ok === false;

const TEMPLATE_TABLES = () => {
  const db = getDb();
  return [db.profile, db.entries, db.templates, db.meta] as const;
};

async function readState(templateId: string): Promise<TemplateState> {
  const db = getDb();
  const [profile, entries, applied, previous] = await Promise.all([
    db.profile.get('me'),
    db.entries.where('id').startsWith(`tpl:${templateId}:`).toArray(),
    db.meta.get(META.applied(templateId)).then((r) => r?.value as AppliedTemplateRecord | undefined),
    db.templates.get(templateId),
  ]);
  return { profile, entries, applied, previous };
}

/** Plans against the stored data, without writing: what the researcher reviews before applying. */
export async function previewTemplate(template: Template): Promise<TemplatePlan | Refusal> {
  return planTemplateApply(template, await readState(template.id));
}

export type ApplyResult = { ok: true; plan: TemplatePlan } | Refusal;

/**
 * Validates and applies a template in ONE Dexie transaction: profile fills, new and updated shell
 * entries, the template row and its applied record. A template that fails validation changes nothing.
 */
export async function applyTemplate(input: unknown, origin: TemplateOrigin, opts: { sha256?: string } = {}): Promise<ApplyResult> {
  const loaded = parseTemplate(input);
  if (!loaded.ok) return loaded;
  const template = loaded.template;
  const db = getDb();
  return db.transaction('rw', [...TEMPLATE_TABLES()], async () => {
    const plan = planTemplateApply(template, await readState(template.id));
    if (isRefusal(plan)) return plan;
    plan.record.origin = origin;
    plan.record.sha256 = opts.sha256;
    if (plan.nextProfile) await db.profile.put(plan.nextProfile, 'me');
    await db.entries.bulkPut([...plan.shellsAdded, ...plan.shellsUpdated.map((u) => u.after)]);
    await db.templates.put(template);
    await db.meta.put({ key: META.applied(template.id), value: plan.record });
    await db.meta.delete(META.staged(template.id));
    return { ok: true as const, plan };
  });
}

/** Removes a template: its row, applied record, staged update and pending shells. The researcher's entries stay. */
export async function removeTemplate(templateId: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.templates, db.meta, async () => {
    await db.templates.delete(templateId);
    await db.meta.bulkDelete([META.applied(templateId), META.staged(templateId)]);
  });
}

/** Turns a pending shell into an entry once the researcher supplies the missing fields. */
export async function completePendingShell(templateId: string, shellId: string, values: Record<string, unknown>): Promise<{ ok: true; entry: Entry } | Refusal> {
  const db = getDb();
  return db.transaction('rw', db.entries, db.meta, async () => {
    const row = await db.meta.get(META.applied(templateId));
    const record = row?.value as AppliedTemplateRecord | undefined;
    const shell: AppliedShell | undefined = record?.shells[shellId];
    if (!record || !shell || shell.status !== 'pending' || !shell.pending) {
      return { ok: false as const, reasons: [{ path: shellId, message: 'No pending entry with this id' }] };
    }
    const parsed = Entry.safeParse({ ...shell.pending, ...values, updatedAt: new Date().toISOString() });
    if (!parsed.success) return { ok: false as const, reasons: listProblems(parsed.error) };
    await db.entries.put(parsed.data);
    record.shells[shellId] = { entryId: shell.entryId, set: shell.set, status: 'added' };
    await db.meta.put({ key: META.applied(templateId), value: record });
    return { ok: true as const, entry: parsed.data };
  });
}

/** Once a profile exists, fills the defaults that waited for it (empty fields only). Returns how many were filled. */
export async function fillPendingProfileDefaults(): Promise<number> {
  const db = getDb();
  return db.transaction('rw', db.profile, db.meta, async () => {
    let profile = await db.profile.get('me');
    if (!profile) return 0;
    let filled = 0;
    const rows = await db.meta.where('key').startsWith('templates.applied.').toArray();
    for (const row of rows) {
      const record = row.value as AppliedTemplateRecord;
      if (!Object.keys(record.profilePending).length) continue;
      for (const [path, value] of Object.entries(record.profilePending)) {
        if (unset(profile, path)) {
          profile = withPath(profile, path, value);
          record.profileSet[path] = value;
          filled++;
        }
      }
      record.profilePending = {};
      await db.meta.put({ key: row.key, value: record });
    }
    if (!filled) return 0;
    const parsed = Profile.safeParse(profile);
    // An invalid result aborts the transaction, so the pending defaults stay pending.
    if (!parsed.success) throw new ValidationError(listProblems(parsed.error));
    await db.profile.put(parsed.data, 'me');
    return filled;
  });
}
