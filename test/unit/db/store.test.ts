import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteEntries, duplicateEntry, getEntry, getMeta, getProfile, listEntries, markReviewed, restoreEntries, saveEntry,
  saveProfile, setMeta, ValidationError, type CandorDb,
} from '@/lib/db';
import type { EntryInput } from '@/lib/model';
import { dumpStore, freshDb } from './fresh-db';

/** An empty id asks saveEntry for a new one. */
const appointment: EntryInput = {
  id: '',
  kind: 'appointment', appointmentType: 'visiting', paid: false, organization: { name: 'University of Oxford', country: 'GB' },
  startDate: '2025-06',
};

let db: CandorDb;
beforeEach(() => {
  db = freshDb('store');
});

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems;
}

describe('store', () => {
  it('saveEntry fills id, timestamps and manual provenance', async () => {
    const saved = await saveEntry(appointment);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(saved.provenance).toEqual({ source: 'manual' });
    expect(await getEntry(saved.id)).toEqual(saved);
  });

  it('saveEntry refuses invalid input, names each path, and writes nothing', async () => {
    const before = await dumpStore(db);
    const problems = await problemsOf(saveEntry({ ...appointment, startDate: '2025-13', organization: { name: ' ', country: 'ZZ' } } as EntryInput));
    expect(problems.map((p) => p.path).sort()).toEqual(['organization.country', 'organization.name', 'startDate']);
    expect(problems.find((p) => p.path === 'startDate')?.message).toMatch(/YYYY-MM/);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('saveProfile validates and getProfile reads it back with default settings', async () => {
    expect((await problemsOf(saveProfile({ person: { familyName: 'X', orcid: '0000-0002-1825-0098' } })))[0].path).toBe('person.orcid');
    await saveProfile({ person: { familyName: 'Okafor' } });
    expect(await getProfile()).toEqual({ person: { familyName: 'Okafor' }, settings: { currency: 'USD', locale: 'en', reviewIntervalMonths: 12 } });
  });

  it('deleteEntries returns what it deleted and restoreEntries undoes it exactly', async () => {
    const a = await saveEntry(appointment);
    const b = await saveEntry({ ...appointment, role: 'Visiting Fellow' } as EntryInput);
    const c = await saveEntry({ ...appointment, role: 'Other' } as EntryInput);
    const before = await dumpStore(db);
    const deleted = await deleteEntries([a.id, c.id, 'missing']);
    expect(deleted.map((e) => e.id).sort()).toEqual([a.id, c.id].sort());
    expect((await listEntries()).map((e) => e.id)).toEqual([b.id]);
    await restoreEntries(deleted);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('duplicateEntry copies under a new id, unreviewed, marked as a copy', async () => {
    const original = await saveEntry({ ...appointment, reviewedAt: '2026-01-01', provenance: { source: 'orcid', ref: 'put-code 1' } });
    const copy = await duplicateEntry(original.id);
    expect(copy.id).not.toBe(original.id);
    expect(copy.reviewedAt).toBeUndefined();
    expect(copy.provenance).toEqual({ source: 'manual', ref: `copy of ${original.id}` });
    const strip = ({ id: _i, reviewedAt: _r, provenance: _p, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
    expect(strip(copy)).toEqual(strip(original));
    await expect(duplicateEntry('missing')).rejects.toThrow(/No entry missing/);
  });

  it('markReviewed stamps the date on the named entries only', async () => {
    const a = await saveEntry(appointment);
    const b = await saveEntry(appointment);
    await markReviewed([a.id], '2026-11-23');
    expect((await getEntry(a.id))?.reviewedAt).toBe('2026-11-23');
    expect((await getEntry(a.id))!.updatedAt! >= a.updatedAt!).toBe(true);
    expect(await getEntry(b.id)).toEqual(b);
  });

  it('meta stores any JSON value by key', async () => {
    await setMeta('x', { n: 1 });
    expect(await getMeta('x')).toEqual({ n: 1 });
    expect(await getMeta('y')).toBeUndefined();
  });
});
