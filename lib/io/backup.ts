/**
 * Backup export and import (DESIGN.md "Backup"): a lossless JSON round trip of the whole store.
 * Import is two steps — parseBackup() refuses bad files with a list of problems naming each path,
 * previewImport() shows what would change — and applyImport() writes everything in ONE transaction.
 */
import { getDb, listEntries, saveEntryOrder, ValidationError } from '@/lib/db';
import {
  Backup, BACKUP_VERSION, BackupV1, listProblems, type ChecklistAnswers, type Entry, type Person, type Problem, type Profile, type Template,
} from '@/lib/model';
import { readJson } from './json-text';

const FORMAT = 'candor.backup';
/** Same key as lib/db/store: the single profile row. */
const PROFILE_KEY = 'me';
/** Meta key of the record of the last import (when, how, from which export). */
export const LAST_IMPORT_META_KEY = 'lastImport';

/** The whole store as a backup. Throws when there is no profile yet: a backup without one cannot be imported. */
export async function exportBackup(now: Date = new Date()): Promise<Backup> {
  const db = getDb();
  const { profile, entries, templates, checklists } = await db.transaction('r', [db.profile, db.entries, db.templates, db.checklists, db.meta], () => readState());
  if (!profile) throw new Error('No profile yet: fill in at least your family name before exporting a backup.');
  return { format: FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), profile, entries, templates, checklists };
}

/** `candor-backup-YYYY-MM-DD.json` (UTC date). */
export function backupFileName(date: Date = new Date()): string {
  return `candor-backup-${date.toISOString().slice(0, 10)}.json`;
}

export function serializeBackup(b: Backup): string {
  return JSON.stringify(b, null, 2) + '\n';
}

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; problems: Problem[] };

/** Reads a backup file's text. Never throws: anything wrong comes back as problems naming their path. */
export function parseBackup(text: string): ParseBackupResult {
  const json = readJson(text);
  if (!json.ok) return json;
  const data = json.data;
  const envelope = checkEnvelope(data);
  if (envelope) return { ok: false, problems: [envelope] };
  if ((data as Record<string, unknown>).version === 1) {
    const v1 = BackupV1.safeParse(data);
    if (!v1.success) return { ok: false, problems: listProblems(v1.error) };
    return checkedBackup(upgradeBackupV1(v1.data));
  }
  const parsed = Backup.safeParse(data);
  if (!parsed.success) return { ok: false, problems: listProblems(parsed.error) };
  return checkedBackup(parsed.data);
}

function checkedBackup(backup: Backup): ParseBackupResult {
  const duplicates = duplicateIdProblems(backup);
  return duplicates.length ? { ok: false, problems: duplicates } : { ok: true, backup };
}

/** Version 1 → 2: the same record, with no checklist answers (version 1 had none). */
export function upgradeBackupV1(v1: BackupV1): Backup {
  return { ...v1, version: BACKUP_VERSION };
}

/** Problems that make the rest meaningless: not an object, another format, a newer version. */
function checkEnvelope(data: unknown): Problem | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { path: '(top level)', message: 'A Candor backup is a JSON object starting with {"format": "candor.backup", …}' };
  }
  const { format, version } = data as Record<string, unknown>;
  if (format === 'candor.template') {
    return { path: 'format', message: 'This is an institution template, not a backup: apply it as a template instead' };
  }
  if (format !== FORMAT) {
    return { path: 'format', message: `Not a Candor backup: "format" is ${JSON.stringify(format) ?? 'missing'}, expected "${FORMAT}"` };
  }
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return {
      path: 'version',
      message: `This backup was made by a newer Candor (format version ${version}; this one reads version ${BACKUP_VERSION}). Update Candor to import it.`,
    };
  }
  return undefined;
}

/** Two rows with one id would silently collapse into one on import, so they are refused. */
function duplicateIdProblems(backup: Backup): Problem[] {
  const problems: Problem[] = [];
  const check = (rows: { id: string }[], field: string) => {
    const firstIndex = new Map<string, number>();
    rows.forEach((row, i) => {
      const first = firstIndex.get(row.id);
      if (first === undefined) firstIndex.set(row.id, i);
      else problems.push({ path: `${field}[${i}].id`, message: `Same id as ${field}[${first}] (ids must be unique)` });
    });
  };
  check(backup.entries, 'entries');
  check(backup.templates, 'templates');
  check((backup.checklists ?? []).map((c) => ({ id: checklistKey(c) })), 'checklists');
  return problems;
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPreview {
  mode: ImportMode;
  added: Entry[];
  replaced: { before: Entry; after: Entry }[];
  kept: Entry[];
  removed: Entry[];
  profile: 'added' | 'replaced' | 'kept' | 'filled';
  templates: { added: number; replaced: number };
  checklists: { added: number; replaced: number };
}

interface StoreState {
  profile: Profile | undefined;
  entries: Entry[];
  templates: Template[];
  checklists: ChecklistAnswers[];
}

/** One checklist answer set per checklist and subject: the store's compound key, as text. */
const checklistKey = (c: Pick<ChecklistAnswers, 'checklistId' | 'subject'>) => `${c.checklistId} / ${c.subject}`;

/** What would applyImport() change, against the store as it is now. Writes nothing. */
export async function previewImport(backup: Backup, mode: ImportMode): Promise<ImportPreview> {
  const db = getDb();
  const state = await db.transaction('r', [db.profile, db.entries, db.templates, db.checklists, db.meta], () => readState());
  return planImport(state, validated(backup), mode).preview;
}

/**
 * Writes the backup in ONE read-write transaction over every store. The plan is recomputed inside
 * the transaction, so it matches what is written; if anything throws, nothing is written.
 */
export async function applyImport(backup: Backup, mode: ImportMode): Promise<ImportPreview> {
  const db = getDb();
  const incoming = validated(backup);
  return db.transaction('rw', [db.profile, db.entries, db.templates, db.checklists, db.meta], async () => {
    const plan = planImport(await readState(), incoming, mode);
    if (plan.profile) await db.profile.put(plan.profile, PROFILE_KEY);
    await db.entries.bulkDelete(plan.preview.removed.map((e) => e.id));
    await db.entries.bulkPut(plan.entriesToWrite);
    await db.templates.bulkDelete(plan.templateIdsToDelete);
    await db.templates.bulkPut(plan.templatesToWrite);
    await db.checklists.bulkDelete(plan.checklistKeysToDelete);
    await db.checklists.bulkPut(plan.checklistsToWrite);
    await saveEntryOrder(plan.entryOrder);
    await db.meta.put({
      key: LAST_IMPORT_META_KEY,
      value: {
        at: new Date().toISOString(), mode, exportedAt: incoming.exportedAt,
        added: plan.preview.added.length, replaced: plan.preview.replaced.length, removed: plan.preview.removed.length,
      },
    });
    return plan.preview;
  });
}

/** A Backup handed over by code (not parsed from a file) is checked too: nothing unvalidated reaches the store. */
function validated(backup: Backup): Backup {
  const parsed = Backup.safeParse(backup);
  if (!parsed.success) throw new ValidationError(listProblems(parsed.error));
  const duplicates = duplicateIdProblems(parsed.data);
  if (duplicates.length) throw new ValidationError(duplicates);
  return parsed.data;
}

/** The store as it is, entries in record order; runs inside a transaction that includes db.meta. */
async function readState(): Promise<StoreState> {
  const db = getDb();
  return {
    profile: await db.profile.get(PROFILE_KEY),
    entries: await listEntries(),
    templates: await db.templates.toArray(),
    checklists: await db.checklists.toArray(),
  };
}

interface ImportPlan {
  preview: ImportPreview;
  /** Profile to store, or undefined to leave the stored one. */
  profile: Profile | undefined;
  /** Added and replaced entries; identical ones are not rewritten. */
  entriesToWrite: Entry[];
  /** Record order after the import: the backup's own in a replace; in a merge, the stored order, then the backup's new entries. */
  entryOrder: string[];
  templatesToWrite: Template[];
  templateIdsToDelete: string[];
  checklistsToWrite: ChecklistAnswers[];
  checklistKeysToDelete: [string, string][];
}

/** Pure: decides every row's fate. Identical rows count as kept, since importing them changes nothing. */
function planImport(state: StoreState, backup: Backup, mode: ImportMode): ImportPlan {
  const stored = new Map(state.entries.map((e) => [e.id, e]));
  const incoming = backup.entries.map(withProvenance);
  const incomingIds = new Set(incoming.map((e) => e.id));
  const preview: ImportPreview = {
    mode, added: [], replaced: [], kept: [], removed: [], profile: 'kept', templates: { added: 0, replaced: 0 }, checklists: { added: 0, replaced: 0 },
  };
  const entriesToWrite: Entry[] = [];

  for (const after of incoming) {
    const before = stored.get(after.id);
    if (!before) {
      preview.added.push(after);
      entriesToWrite.push(after);
    } else if (sameJson(before, after)) {
      preview.kept.push(before);
    } else if (mode === 'replace' || !isOlder(after, before)) {
      preview.replaced.push({ before, after });
      entriesToWrite.push(after);
    } else {
      preview.kept.push(before);
    }
  }
  for (const entry of state.entries) {
    if (incomingIds.has(entry.id)) continue;
    if (mode === 'replace') preview.removed.push(entry);
    else preview.kept.push(entry);
  }

  const storedTemplates = new Map(state.templates.map((t) => [t.id, t]));
  const templatesToWrite: Template[] = [];
  for (const template of backup.templates) {
    const before = storedTemplates.get(template.id);
    // In a merge, a stored template newer than the backup's copy stays.
    if (before && mode === 'merge' && time(template.publishedAt) < time(before.publishedAt)) continue;
    if (!before) preview.templates.added++;
    else if (!sameJson(before, template)) preview.templates.replaced++;
    templatesToWrite.push(template);
  }
  const incomingTemplateIds = new Set(backup.templates.map((t) => t.id));
  const templateIdsToDelete = mode === 'replace' ? state.templates.map((t) => t.id).filter((id) => !incomingTemplateIds.has(id)) : [];

  // Checklist answers: in a merge the more recently updated set wins (a tie goes to the backup).
  const storedChecklists = new Map(state.checklists.map((c) => [checklistKey(c), c]));
  const checklistsToWrite: ChecklistAnswers[] = [];
  for (const answers of backup.checklists ?? []) {
    const before = storedChecklists.get(checklistKey(answers));
    if (before && (sameJson(before, answers) || (mode === 'merge' && time(answers.updatedAt) < time(before.updatedAt)))) continue;
    if (before) preview.checklists.replaced++;
    else preview.checklists.added++;
    checklistsToWrite.push(answers);
  }
  const incomingChecklistKeys = new Set((backup.checklists ?? []).map(checklistKey));
  const checklistKeysToDelete: [string, string][] =
    mode === 'replace' ? state.checklists.filter((c) => !incomingChecklistKeys.has(checklistKey(c))).map((c) => [c.checklistId, c.subject]) : [];

  let profile: Profile | undefined;
  if (!state.profile) {
    preview.profile = 'added';
    profile = backup.profile;
  } else if (mode === 'replace') {
    preview.profile = sameJson(state.profile, backup.profile) ? 'kept' : 'replaced';
    profile = backup.profile;
  } else {
    const filled = fillEmptyPersonFields(state.profile.person, backup.profile.person);
    if (filled) {
      preview.profile = 'filled';
      profile = { ...state.profile, person: filled };
    }
  }
  const entryOrder = mode === 'replace'
    ? incoming.map((e) => e.id)
    : [...state.entries.map((e) => e.id), ...preview.added.map((e) => e.id)];
  return { preview, profile, entriesToWrite, entryOrder, templatesToWrite, templateIdsToDelete, checklistsToWrite, checklistKeysToDelete };
}

/** Merge keeps every stored person field and fills only the empty ones; undefined when nothing was filled. */
function fillEmptyPersonFields(stored: Person, incoming: Person): Person | undefined {
  const out: Record<string, unknown> = { ...stored };
  let changed = false;
  for (const [key, value] of Object.entries(incoming)) {
    const current = out[key];
    if ((current === undefined || current === '') && value !== undefined && value !== '') {
      out[key] = value;
      changed = true;
    }
  }
  return changed ? (out as Person) : undefined;
}

function withProvenance(entry: Entry): Entry {
  return entry.provenance ? entry : { ...entry, provenance: { source: 'backup' } };
}

/** True when `candidate` was last updated strictly before `current` (a tie goes to the backup). */
function isOlder(candidate: Entry, current: Entry): boolean {
  return time(candidate.updatedAt) < time(current.updatedAt);
}

/** Milliseconds of a timestamp; a missing or unreadable one counts as oldest. */
function time(value: string | undefined): number {
  const ms = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** Deep equality of JSON-shaped rows, independent of key order. */
function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}
