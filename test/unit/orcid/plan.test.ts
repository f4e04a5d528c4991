import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CandorDb, getDb, getProfile, listEntries, saveEntry, saveProfile, useDb } from '@/lib/db';
import { applyOrcidImport, parseOrcidRecord, planOrcidImport } from '@/lib/io';
import type { Entry } from '@/lib/model';
import { fullRecord, type Json } from './samples';

const TODAY = '2026-11-24';
const NOW = '2026-11-24T12:00:00.000Z';

const researcherEntry: Entry = {
  id: 'manual-1', kind: 'appointment', appointmentType: 'primary', paid: true,
  organization: { name: 'Wellcome Trust' }, role: 'Typed by me', provenance: { source: 'manual' },
};

describe('planOrcidImport (pure, on arrays)', () => {
  it('adds everything the first time, with timestamps', () => {
    const parsed = parseOrcidRecord(fullRecord(), { today: TODAY });
    const plan = planOrcidImport(parsed, [researcherEntry], NOW);
    expect(plan.added.map((e) => e.id)).toEqual(parsed.entries.map((e) => e.id));
    expect(plan.added.every((e) => e.createdAt === NOW && e.updatedAt === NOW)).toBe(true);
    expect(plan.untouched).toEqual([researcherEntry]);
    expect(plan.needsReview.length).toBe(6);
  });

  it('re-importing the same record duplicates nothing and changes nothing', () => {
    const parsed = parseOrcidRecord(fullRecord(), { today: TODAY });
    const first = planOrcidImport(parsed, [researcherEntry], NOW).added;
    const again = planOrcidImport(parseOrcidRecord(fullRecord(), { today: TODAY }), [researcherEntry, ...first], NOW);
    expect(again.added).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.unchanged.map((e) => e.id).sort()).toEqual(first.map((e) => e.id).sort());
    expect(again.untouched).toEqual([researcherEntry]);
    expect(again.needsReview).toEqual([]); // already in the store: the researcher has seen them
  });

  it('updates only its own entries, with a field diff, and keeps what the researcher set', () => {
    const first = planOrcidImport(parseOrcidRecord(fullRecord(), { today: TODAY }), [], NOW).added;
    // The researcher corrected the employment after the first import.
    const employment = first.find((e) => e.id.endsWith(':employment:9266')) as Json;
    const corrected = { ...employment, paid: true, notes: 'Paid 20%', reviewedAt: '2026-10-01' };
    const existing = [researcherEntry, ...first.map((e) => (e.id === employment.id ? corrected : e))];

    const changed = fullRecord();
    const emp = changed['activities-summary'].employments['affiliation-group'][0].summaries[0]['employment-summary'];
    emp['role-title'] = 'Professor';
    emp['end-date'] = null;
    const plan = planOrcidImport(parseOrcidRecord(changed, { today: TODAY }), existing, '2026-12-01T00:00:00.000Z');

    expect(plan.added).toEqual([]);
    expect(plan.updated).toHaveLength(1);
    const [update] = plan.updated;
    expect(update.before).toBe(corrected);
    expect(update.changes).toEqual([
      { path: 'role', before: 'role-title', after: 'Professor' },
      { path: 'endDate', before: '1948-02-02', after: null },
    ]);
    expect(update.after).toMatchObject({ paid: true, notes: 'Paid 20%', reviewedAt: '2026-10-01', createdAt: NOW, updatedAt: '2026-12-01T00:00:00.000Z' });
    expect(plan.untouched).toEqual([researcherEntry]);
  });

  it('never overwrites an entry with the same id that ORCID import did not create', () => {
    const parsed = parseOrcidRecord(fullRecord(), { today: TODAY });
    const clash: Entry = { ...(parsed.entries[0] as Entry), provenance: { source: 'manual' }, role: 'mine' } as Entry;
    const plan = planOrcidImport(parsed, [clash], NOW);
    expect(plan.untouched).toEqual([clash]);
    expect(plan.added.map((e) => e.id)).not.toContain(clash.id);
    expect(plan.updated).toEqual([]);
    expect(plan.problems[0]).toMatchObject({ item: clash.id });
  });
});

describe('applyOrcidImport (one Dexie transaction)', () => {
  let previous: CandorDb | undefined;
  beforeEach(() => { previous = useDb(new CandorDb(`orcid-${crypto.randomUUID()}`)); });
  afterEach(() => { if (previous) useDb(previous); });

  it('writes added and updated entries, leaves researcher entries, and fills only empty person fields', async () => {
    await saveProfile({ person: { familyName: 'Okafor' } });
    await saveEntry(researcherEntry);
    const plan = planOrcidImport(parseOrcidRecord(fullRecord(), { today: TODAY }), await listEntries(), NOW);
    const result = await applyOrcidImport(plan);
    expect(result).toEqual({ added: 8, updated: 0, personFilled: ['givenName', 'orcid'] });
    const stored = await listEntries();
    expect(stored).toHaveLength(9);
    expect(stored.find((e) => e.id === 'manual-1')).toMatchObject({ role: 'Typed by me', paid: true });
    expect((await getProfile())?.person).toMatchObject({ familyName: 'Okafor', givenName: 'Three', orcid: '0000-0002-7319-2192' });

    const again = planOrcidImport(parseOrcidRecord(fullRecord(), { today: TODAY }), await listEntries(), NOW);
    expect(await applyOrcidImport(again)).toEqual({ added: 0, updated: 0, personFilled: [] });
    expect(await listEntries()).toHaveLength(9);
  });

  it('writes nothing when the store changed since the preview', async () => {
    const first = planOrcidImport(parseOrcidRecord(fullRecord(), { today: TODAY }), [], NOW);
    await applyOrcidImport(first);
    const changed = fullRecord();
    changed['activities-summary'].fundings.group[0]['funding-summary'][0].title.title.value = 'Renamed';
    const plan = planOrcidImport(parseOrcidRecord(changed, { today: TODAY }), await listEntries(), '2026-12-01T00:00:00.000Z');
    expect(plan.updated).toHaveLength(1);
    // The researcher edits that entry in another tab before confirming.
    await saveEntry({ ...plan.updated[0].before, notes: 'edited meanwhile' });
    await expect(applyOrcidImport(plan)).rejects.toThrow(/changed since this preview/);
    expect((await listEntries()).find((e) => e.id === plan.updated[0].before.id)).toMatchObject({ title: 'Grant title', notes: 'edited meanwhile' });
  });

  it('writes nothing when the transaction fails', async () => {
    const plan = planOrcidImport(parseOrcidRecord(fullRecord(), { today: TODAY }), [], NOW);
    // The last entry cannot be stored (a function is not cloneable): the ones before it must not stay either.
    const bad = { ...plan, added: [...plan.added, { ...plan.added[0], id: 'unstorable', oops: () => 1 } as unknown as Entry] };
    await expect(applyOrcidImport(bad)).rejects.toThrow();
    expect(await getDb().entries.count()).toBe(0);
  });
});
