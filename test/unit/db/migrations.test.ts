/**
 * The migration loop: every frozen fixture test/fixtures/db/v<N>.json is written raw into a database
 * opened as release N would open it, then reopened with the current code. Nothing may be lost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CandorDb, CURRENT_DB_VERSION, getDb, MIGRATIONS } from '@/lib/db';
import { ChecklistAnswers, Entry, Profile, Template } from '@/lib/model';
import { dumpStore, type StoredRow } from './fresh-db';

type Rows = StoredRow[];
interface Fixture { version: number; stores: Record<string, Rows> }

const FIXTURE_DIR = join(process.cwd(), 'test/fixtures/db');
const fixtures = readdirSync(FIXTURE_DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);

/**
 * What the upgrades from version N to the current one are expected to do to a dump.
 * Identity until a migration rewrites rows; a new migration adds its rewrite here.
 * Version 2 only adds the `checklists` store, which an older database gains empty.
 */
function expectedAfterUpgrade(fixture: Fixture): Record<string, Rows> {
  return { checklists: [], ...fixture.stores };
}

async function writeRaw(db: Dexie, stores: Record<string, Rows>) {
  await db.transaction('rw', db.tables, async () => {
    for (const [name, rows] of Object.entries(stores)) {
      const table = db.table(name);
      const outbound = table.schema.primKey.keyPath == null;
      for (const row of rows) await (outbound ? table.add(row.value, row.key as string) : table.add(row.value));
    }
  });
}

describe('database migrations', () => {
  it('has a frozen fixture for every version', () => {
    expect(fixtures.map((f) => f.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  for (const fixture of fixtures) {
    it(`opens a version ${fixture.version} database with the current code and loses nothing`, async () => {
      const name = `migrate-from-v${fixture.version}-${Math.random().toString(36).slice(2)}`;
      const old = new CandorDb(name, fixture.version);
      await old.open();
      expect(old.verno).toBe(fixture.version);
      await writeRaw(old, fixture.stores);
      old.close();

      const current = new CandorDb(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_DB_VERSION);
      expect(await dumpStore(current)).toEqual(expectedAfterUpgrade(fixture));

      // What comes out of an upgrade must still be valid for today's model.
      for (const row of (await dumpStore(current)).entries) expect(Entry.safeParse(row.value).error).toBeUndefined();
      for (const row of (await dumpStore(current)).profile) expect(Profile.safeParse(row.value).error).toBeUndefined();
      for (const row of (await dumpStore(current)).templates) expect(Template.safeParse(row.value).error).toBeUndefined();
      for (const row of (await dumpStore(current)).checklists) expect(ChecklistAnswers.safeParse(row.value).error).toBeUndefined();
      current.close();
      await Dexie.delete(name);
    });
  }

  it('lib/db opens at CURRENT_DB_VERSION', async () => {
    // Nothing in this file calls useDb(), so this is the extension's own default database.
    const db = getDb();
    await db.open();
    expect(db.name).toBe('candor');
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect(CURRENT_DB_VERSION).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    expect(db.tables.map((t) => t.name).sort()).toEqual(['checklists', 'entries', 'meta', 'profile', 'templates']);
    db.close();
  });
});
