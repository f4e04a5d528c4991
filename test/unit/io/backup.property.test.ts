import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CandorDb } from '@/lib/db';
import { applyImport, exportBackup, parseBackup, serializeBackup } from '@/lib/io';
import { Backup, type Entry } from '@/lib/model';
import { dumpStore, freshDb } from '../db/fresh-db';
import { arbBackup, arbEntries, arbTemplate } from './arbitraries';

const NOW = new Date('2026-11-23T10:00:00Z');
/** Each property takes ~10–15 s on an idle machine; allow for a busy one. */
const PROPERTY_TIMEOUT_MS = 240_000;

let db: CandorDb;
beforeAll(() => {
  db = freshDb('property');
});

async function clearStore() {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}

async function seedStore(b: Backup) {
  await db.profile.put(b.profile, 'me');
  await db.entries.bulkPut(b.entries);
  await db.templates.bulkPut(b.templates);
  await db.checklists.bulkPut(b.checklists ?? []);
}

/** Import gives entries without provenance `{ source: 'backup' }`; everything else must come back as it was. */
const withImportProvenance = (e: Entry): Entry => (e.provenance ? e : { ...e, provenance: { source: 'backup' } });
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const byKey = <T extends { checklistId: string; subject: string }>(rows: T[] = []) =>
  byId(rows.map((r) => ({ ...r, id: `${r.checklistId}|${r.subject}` })));

describe('backup round trip (property)', () => {
  it('any valid store survives export → text → parse → replace import → export', async () => {
    await fc.assert(
      fc.asyncProperty(arbBackup(), arbEntries(4), async (original, otherEntries) => {
        await clearStore();
        await seedStore(original);
        const first = await exportBackup(NOW);
        expect(first.profile).toEqual(original.profile);
        expect(byId(first.entries)).toEqual(byId(original.entries));
        expect(byId(first.templates)).toEqual(byId(original.templates));
        expect(byKey(first.checklists)).toEqual(byKey(original.checklists));

        // Something else is in the store when the backup comes back: replace must remove it.
        await clearStore();
        await db.entries.bulkPut(otherEntries);
        const parsed = parseBackup(serializeBackup(first));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        await applyImport(parsed.backup, 'replace');

        const second = await exportBackup(NOW);
        expect(second.profile).toEqual(first.profile);
        expect(byId(second.entries)).toEqual(byId(first.entries.map(withImportProvenance)));
        expect(byId(second.templates)).toEqual(byId(first.templates));
        expect(byKey(second.checklists)).toEqual(byKey(first.checklists));
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

// ---- Garbage and mutated backups -------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Paths of every value in a JSON tree (not the root). */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return children.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}
function objectPaths(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const own = Array.isArray(value) ? [] : [prefix];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [...own, ...children.flatMap(([k, v]) => objectPaths(v, [...prefix, k]))];
}
const parentOf = (root: Json, path: Path) => path.slice(0, -1).reduce<Json>((node, k) => (node as Record<string, Json>)[k], root) as Record<string | number, Json>;
const DATE_FIELDS = new Set(['startDate', 'endDate', 'reviewedAt', 'exportedAt', 'createdAt', 'updatedAt', 'publishedAt']);
const BAD_DATES = ['2023-02-29', '2024-13', '2024-00-10', '24', '2024/06/01', 'yesterday', '', '2024-06-31', '10000'];
/** A value of a JSON type the schema cannot accept where `v` stood. */
const wrongTypeFor = (v: Json): Json =>
  typeof v === 'string' ? 12345 : typeof v === 'number' ? '12' : typeof v === 'boolean' ? 'yes' : v === null ? 0 : Array.isArray(v) ? 'x' : 'x';

type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'wrongType'; pick: number }
  | { kind: 'extraKey'; pick: number; key: string; value: Json }
  | { kind: 'badDate'; pick: number; bad: string };

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('wrongType' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('extraKey' as const), pick: fc.nat(),
    key: fc.string({ minLength: 1, maxLength: 12 }).map((k) => `x-${k}`),
    value: fc.oneof(fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }), fc.array(fc.integer(), { maxLength: 2 }), fc.string(), fc.integer()) as fc.Arbitrary<Json>,
  }),
  fc.record({ kind: fc.constant('badDate' as const), pick: fc.nat(), bad: fc.constantFrom(...BAD_DATES) }),
);

const isUnder = (path: Path, ancestor: Path) => ancestor.length <= path.length && ancestor.every((k, i) => path[i] === k);

/**
 * Applies the mutation; returns the path it must be reported under when it is certain to be invalid.
 * `broken` lists paths already made invalid: they are not mutated again (a second type change could turn them valid).
 */
function mutate(root: Json, m: Mutation, broken: Path[]): { expectInvalid: boolean; path?: Path } {
  if (m.kind === 'extraKey') {
    const objects = objectPaths(root);
    const at = objects[m.pick % objects.length];
    const target = at.reduce<Json>((node, k) => (node as Record<string, Json>)[k], root) as Record<string, Json>;
    // Every object in a generated backup is strict, except malignIndicators (a yes/no record): there only a non-boolean value is wrong.
    target[m.key] = m.value;
    return { expectInvalid: true, path: [...at, m.key] };
  }
  const candidates = pathsOf(root).filter(
    (p) => !broken.some((b) => isUnder(p, b)) && (m.kind !== 'badDate' || DATE_FIELDS.has(String(p[p.length - 1]))),
  );
  if (candidates.length === 0) return { expectInvalid: false };
  const path = candidates[m.pick % candidates.length];
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
    return { expectInvalid: false };
  }
  parent[key] = m.kind === 'badDate' ? m.bad : wrongTypeFor(parent[key]);
  return { expectInvalid: true, path };
}

const formatPathOf = (p: Path) => p.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');

describe('garbage and mutated backups (property)', () => {
  it('random JSON and random text: parseBackup returns problems and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string({ maxLength: 200 })), (text) => {
        const result = parseBackup(text);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(typeof p.path === 'string' && typeof p.message === 'string').toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('mutated valid backups (10,000): never throw, problems name the mutated path, the seeded store never changes', async () => {
    await clearStore();
    const seedBackup = fc.sample(arbBackup(3), { numRuns: 1, seed: 42 })[0];
    await seedStore({ ...seedBackup, templates: [] });
    const seededDump = await dumpStore(db);
    let run = 0;
    let invalidSeen = 0;

    await fc.assert(
      fc.asyncProperty(arbBackup(4), arbTemplate, fc.array(arbMutation, { minLength: 1, maxLength: 3 }), async (backup, template, mutations) => {
        const tree = JSON.parse(JSON.stringify({ ...backup, templates: [template] })) as Json;
        // Deletions first: deleting after another mutation could remove the broken value and make the file valid again.
        const ordered = [...mutations.filter((m) => m.kind === 'delete'), ...mutations.filter((m) => m.kind !== 'delete')];
        const certain: Path[] = [];
        for (const m of ordered) {
          const { expectInvalid, path } = mutate(tree, m, certain);
          if (expectInvalid && path) certain.push(path);
        }
        const text = JSON.stringify(tree);
        const result = parseBackup(text);
        // Whatever parseBackup says must agree with the schema itself.
        const schemaOk = Backup.safeParse(tree).success;
        if (result.ok) expect(schemaOk).toBe(true);
        if (certain.length) {
          expect(result.ok).toBe(false);
          // A later mutation can replace an earlier one's parent; the broken values still in the file must be named.
          const targets = certain.filter((p) => pathStillExists(tree, p)).map(formatPathOf);
          const reported = result.ok ? [] : result.problems.map((p) => p.path);
          // A wrong or missing format/version is reported alone: the rest of the file is not read.
          const envelopeOnly = reported.length === 1 && ['format', 'version', '(top level)'].includes(reported[0]);
          if (!result.ok && targets.length && !envelopeOnly) {
            expect(reported.some((p) => targets.some((t) => covers(p, t))), `${targets} not in ${reported}`).toBe(true);
          }
        }
        if (!result.ok) invalidSeen++;

        // Every 100th case also tries to write the mutated backup straight to the store.
        if (++run % 100 === 0 && !result.ok) {
          await expect(applyImport(tree as unknown as Backup, run % 200 === 0 ? 'replace' : 'merge')).rejects.toThrow();
          expect(await dumpStore(db)).toEqual(seededDump);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(invalidSeen).toBeGreaterThan(9000);
    expect(await dumpStore(db)).toEqual(seededDump);
  }, PROPERTY_TIMEOUT_MS);
});

/** A reported path covers a broken one when it is the same, an ancestor or descendant, or the `kind` of the same entry (a wrong kind hides the entry's other fields). */
function covers(reported: string, broken: string): boolean {
  if (reported === broken || reported.startsWith(broken) || broken.startsWith(reported)) return true;
  return reported.endsWith('.kind') && broken.startsWith(reported.slice(0, -'kind'.length));
}

function pathStillExists(root: Json, path: Path): boolean {
  let node: Json = root;
  for (const k of path) {
    if (node === null || typeof node !== 'object' || !(k in node)) return false;
    node = (node as Record<string | number, Json>)[k];
  }
  return true;
}
