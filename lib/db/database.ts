import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ChecklistAnswers, Entry, Profile, Template } from '@/lib/model';
import { MIGRATIONS, type Migration } from './migrations';

export interface MetaRow {
  key: string;
  value: unknown;
}

export class CandorDb extends Dexie {
  profile!: Table<Profile, string>;
  entries!: EntityTable<Entry, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  checklists!: Table<ChecklistAnswers, [string, string]>;

  /** `upTo` opens the database as an older release would (used by the migration tests). */
  constructor(name = 'candor', upTo: number = Number.POSITIVE_INFINITY) {
    super(name);
    for (const step of MIGRATIONS.filter((m: Migration) => m.version <= upTo)) {
      const v = this.version(step.version).stores(step.stores);
      if (step.upgrade) v.upgrade(step.upgrade);
    }
  }
}

let shared: CandorDb | undefined;

/** The extension's database. Only extension pages and the background call this, never a content script. */
export function getDb(): CandorDb {
  shared ??= new CandorDb();
  return shared;
}

/** Points getDb() at another database (tests, CLI). Returns the previous one. */
export function useDb(db: CandorDb): CandorDb | undefined {
  const previous = shared;
  shared = db;
  return previous;
}

/** Asks the browser not to evict Candor's data under storage pressure. Returns whether it is persisted. */
export async function requestPersistence(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
