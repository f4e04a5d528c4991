import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrcidRecord } from '@/lib/io';
import { Entry } from '@/lib/model';
import { fullRecord, readSample, sampleFiles, type Json } from './samples';

/** Every path to a value inside a JSON document. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths(value[k], [...prefix, k]))];
}

function replaced(doc: Json, at: (string | number)[], by: unknown): Json {
  if (at.length === 0) return by;
  const copy = structuredClone(doc);
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key];
  node[at.at(-1)!] = by;
  return copy;
}

const documents = [fullRecord(), ...sampleFiles().filter((f) => !f.startsWith('record')).map(readSample)];

describe('odd values never crash the importer', () => {
  it('any one value of any sample replaced by arbitrary JSON: no throw, every entry valid, ids unique', () => {
    const cases = documents.map((doc) => ({ doc, all: paths(doc) }));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 2 }), (d, p, value) => {
        const { doc, all } = cases[d % cases.length];
        const mutated = replaced(doc, all[p % all.length], value);
        const parsed = parseOrcidRecord(mutated, { today: '2026-11-24', section: 'employment' });
        for (const entry of parsed.entries) expect(Entry.safeParse(entry).success).toBe(true);
        expect(new Set(parsed.entries.map((e) => e.id)).size).toBe(parsed.entries.length);
      }),
      { numRuns: 400 },
    );
  });
});
