/** Test helpers: a fresh, uniquely named database behind getDb(), and a full dump of it for before/after comparisons. */
import { CandorDb, useDb } from '@/lib/db';

let counter = 0;

/** Opens a new empty database and makes getDb() return it. */
export function freshDb(label = 'test'): CandorDb {
  const db = new CandorDb(`candor-${label}-${++counter}-${Math.random().toString(36).slice(2)}`);
  useDb(db);
  return db;
}

export interface StoredRow {
  key: unknown;
  value: unknown;
}

/** Every row of every store, keys included, in key order. */
export async function dumpStore(db: CandorDb): Promise<Record<string, StoredRow[]>> {
  const out: Record<string, StoredRow[]> = {};
  for (const table of db.tables) {
    const keys = await table.toCollection().primaryKeys();
    const values = await table.toArray();
    out[table.name] = keys.map((key, i) => ({ key, value: values[i] }));
  }
  return out;
}
