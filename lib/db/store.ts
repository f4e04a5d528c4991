import {
  Entry, Profile, listProblems, type EntryInput, type Problem, type ProfileInput, type Template,
} from '@/lib/model';
import { getDb } from './database';

const PROFILE_KEY = 'me';

export class ValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    this.name = 'ValidationError';
  }
}

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Today as YYYY-MM-DD in UTC. */
export function today(): string {
  return nowIso().slice(0, 10);
}

export async function getProfile(): Promise<Profile | undefined> {
  return getDb().profile.get(PROFILE_KEY);
}

export async function saveProfile(input: ProfileInput): Promise<Profile> {
  const parsed = Profile.safeParse(input);
  if (!parsed.success) throw new ValidationError(listProblems(parsed.error));
  await getDb().profile.put(parsed.data, PROFILE_KEY);
  return parsed.data;
}

/**
 * Meta key of the record's own order of entries: the order of the last imported backup. Portals
 * list rows in the order a researcher keeps them, and a backup's order is the one they chose.
 */
const ENTRY_ORDER_META_KEY = 'entryOrder';

/**
 * Entries in record order: those the stored order names, in that order, then the rest in the
 * order they were created (the store itself keeps them by id, which is no order at all).
 */
function inRecordOrder(entries: readonly Entry[], order: readonly string[] = []): Entry[] {
  const position = new Map(order.map((id, i) => [id, i]));
  const rank = (e: Entry) => position.get(e.id) ?? order.length;
  return [...entries].sort((a, b) => rank(a) - rank(b) || (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
}

/** Every entry, in record order (see inRecordOrder). Inside a caller's transaction, it must include db.entries and db.meta. */
export async function listEntries(): Promise<Entry[]> {
  const db = getDb();
  return db.transaction('r', db.entries, db.meta, async () =>
    inRecordOrder(await db.entries.toArray(), (await db.meta.get(ENTRY_ORDER_META_KEY))?.value as string[] | undefined));
}

/** Stores the record order (entry ids); within a caller's read-write transaction over db.meta, part of it. */
export async function saveEntryOrder(ids: readonly string[]): Promise<void> {
  await getDb().meta.put({ key: ENTRY_ORDER_META_KEY, value: ids });
}

export async function getEntry(id: string): Promise<Entry | undefined> {
  return getDb().entries.get(id);
}

/** Validates and stores one entry; fills id and timestamps. An invalid entry changes nothing. */
export async function saveEntry(input: EntryInput): Promise<Entry> {
  const now = nowIso();
  const candidate = {
    ...input,
    id: input.id || newId(),
    createdAt: input.createdAt ?? now,
    updatedAt: now,
    provenance: input.provenance ?? { source: 'manual' as const },
  };
  const parsed = Entry.safeParse(candidate);
  if (!parsed.success) throw new ValidationError(listProblems(parsed.error));
  await getDb().entries.put(parsed.data);
  return parsed.data;
}

/** Copies an entry under a new id; the copy is unreviewed and manual. */
export async function duplicateEntry(id: string): Promise<Entry> {
  const original = await getDb().entries.get(id);
  if (!original) throw new Error(`No entry ${id}`);
  const { reviewedAt: _reviewed, createdAt: _created, ...rest } = original;
  return saveEntry({ ...rest, id: newId(), provenance: { source: 'manual', ref: `copy of ${id}` } } as EntryInput);
}

/** Deletes entries and returns them, so the caller can offer Undo with restoreEntries(). */
export async function deleteEntries(ids: string[]): Promise<Entry[]> {
  const db = getDb();
  return db.transaction('rw', db.entries, async () => {
    const found = (await db.entries.bulkGet(ids)).filter((e): e is Entry => !!e);
    await db.entries.bulkDelete(ids);
    return found;
  });
}

export async function restoreEntries(entries: Entry[]): Promise<void> {
  await getDb().entries.bulkPut(entries);
}

export async function markReviewed(ids: string[], date = today()): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.entries, async () => {
    await db.entries.where('id').anyOf(ids).modify((e) => {
      e.reviewedAt = date;
      e.updatedAt = nowIso();
    });
  });
}

export async function listTemplates(): Promise<Template[]> {
  return getDb().templates.toArray();
}

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await getDb().meta.get(key))?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await getDb().meta.put({ key, value });
}
