import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listEntries, saveEntry, saveProfile, ValidationError, getMeta, type CandorDb } from '@/lib/db';
import {
  applyImport, backupFileName, exportBackup, LAST_IMPORT_META_KEY, parseBackup, previewImport, serializeBackup,
} from '@/lib/io';
import type { Backup, Entry, EntryInput, Profile } from '@/lib/model';
import { dumpStore, freshDb } from '../db/fresh-db';

const NOW = new Date('2026-11-23T10:00:00Z');

const profile: Profile = {
  person: { givenName: 'Ada', familyName: 'Okafor', homeCountry: 'US', email: 'a.okafor@example.edu' },
  settings: { currency: 'USD', locale: 'en', reviewIntervalMonths: 12 },
};

function travel(id: string, updatedAt: string, extra: Partial<Entry> = {}): Entry {
  return {
    id, kind: 'travel', travelType: 'travel', organization: { name: `Org ${id}`, country: 'GB' },
    provenance: { source: 'manual' }, createdAt: '2026-01-01T00:00:00Z', updatedAt, ...extra,
  } as Entry;
}

function backupOf(entries: Entry[], p: Profile = profile): Backup {
  return { format: 'candor.backup', version: 2, exportedAt: NOW.toISOString(), profile: p, entries, templates: [], checklists: [] };
}

let db: CandorDb;
beforeEach(() => {
  db = freshDb('backup');
});

async function seed(entries: Entry[], p: Profile | undefined = profile) {
  if (p) await db.profile.put(p, 'me');
  await db.entries.bulkPut(entries);
}

describe('export', () => {
  it('refuses to export before a profile exists', async () => {
    await expect(exportBackup(NOW)).rejects.toThrow(/No profile yet/);
  });

  it('writes the envelope, profile, entries and templates', async () => {
    await seed([travel('a', '2026-02-01T00:00:00Z')]);
    const b = await exportBackup(NOW);
    expect(b).toMatchObject({ format: 'candor.backup', version: 2, exportedAt: '2026-11-23T10:00:00.000Z', profile });
    expect(b.entries.map((e) => e.id)).toEqual(['a']);
    expect(b.templates).toEqual([]);
    expect(backupFileName(NOW)).toBe('candor-backup-2026-11-23.json');
  });

  it('round-trips through text unchanged', async () => {
    await saveProfile(profile);
    await seed([travel('a', '2026-02-01T00:00:00Z'), travel('b', '2026-03-01T00:00:00Z', { endDate: null } as Partial<Entry>)], undefined);
    const b = await exportBackup(NOW);
    const text = serializeBackup(b);
    expect(text.split('\n')[1]).toBe('  "format": "candor.backup",');
    const parsed = parseBackup(text);
    expect(parsed).toEqual({ ok: true, backup: b });
  });
});

describe('parseBackup problems', () => {
  const valid = () => JSON.parse(serializeBackup(backupOf([travel('a', '2026-01-01T00:00:00Z'), travel('b', '2026-01-01T00:00:00Z')])));
  const problemsOf = (value: unknown) => {
    const r = parseBackup(typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.problems;
  };

  it('names line and column of a JSON syntax error', () => {
    // The second comma on line 3 is the 16th character.
    const [p] = problemsOf('{\n  "format": "candor.backup",\n  "version": 1,,\n}');
    expect(p.path).toBe('(file)');
    expect(p.message).toMatch(/^Not valid JSON at line 3, column 16: /);
  });

  it('says when the file is cut off', () => {
    expect(problemsOf('{"format": "candor.backup"')[0].message).toMatch(/Not valid JSON/);
  });

  it('refuses other formats and says what it expected', () => {
    expect(problemsOf({ ...valid(), format: 'something' })).toEqual([
      { path: 'format', message: 'Not a Candor backup: "format" is "something", expected "candor.backup"' },
    ]);
    expect(problemsOf([1, 2])[0].path).toBe('(top level)');
    expect(problemsOf({ ...valid(), format: 'candor.template' })[0].message).toMatch(/institution template/);
  });

  it('says a newer version came from a newer Candor', () => {
    expect(problemsOf({ ...valid(), version: 3 })[0]).toMatchObject({ path: 'version', message: expect.stringMatching(/made by a newer Candor/) });
  });

  it('names the path of every field problem', () => {
    const b = valid();
    b.entries[1].startDate = '2024-13';
    b.entries[0].colour = 'red';
    delete b.profile.person.familyName;
    const paths = problemsOf(b).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['entries[1].startDate', 'entries[0].colour', 'profile.person.familyName']));
  });

  it('refuses duplicate entry ids', () => {
    const b = valid();
    b.entries[1].id = 'a';
    expect(problemsOf(b)).toEqual([{ path: 'entries[1].id', message: 'Same id as entries[0] (ids must be unique)' }]);
  });
});

describe('import preview and apply', () => {
  const stored = [travel('keep', '2026-01-01T00:00:00Z'), travel('old', '2026-01-01T00:00:00Z'), travel('newer', '2026-06-01T00:00:00Z'), travel('same', '2026-01-01T00:00:00Z')];
  const incoming = [
    travel('old', '2026-05-01T00:00:00Z', { purpose: 'updated' } as Partial<Entry>),
    travel('newer', '2026-02-01T00:00:00Z', { purpose: 'stale' } as Partial<Entry>),
    travel('same', '2026-01-01T00:00:00Z'),
    travel('new', '2026-03-01T00:00:00Z'),
  ];
  const ids = (entries: Entry[]) => entries.map((e) => e.id).sort();

  it('merge: later updatedAt wins, store-only entries are kept, nothing is removed', async () => {
    await seed(stored);
    const preview = await previewImport(backupOf(incoming), 'merge');
    expect(ids(preview.added)).toEqual(['new']);
    expect(preview.replaced.map((r) => [r.before.id, (r.after as { purpose?: string }).purpose])).toEqual([['old', 'updated']]);
    expect(ids(preview.kept)).toEqual(['keep', 'newer', 'same']);
    expect(preview.removed).toEqual([]);
    expect(preview.profile).toBe('kept');

    const applied = await applyImport(backupOf(incoming), 'merge');
    expect(applied).toEqual(preview);
    const after = await db.entries.toArray();
    expect(ids(after)).toEqual(['keep', 'new', 'newer', 'old', 'same']);
    expect(after.find((e) => e.id === 'newer')).toEqual(stored[2]);
    expect(after.find((e) => e.id === 'old')).toMatchObject({ purpose: 'updated' });
  });

  it('merge: a tie in updatedAt goes to the backup', async () => {
    await seed([travel('t', '2026-01-01T00:00:00Z', { purpose: 'mine' } as Partial<Entry>)]);
    const preview = await applyImport(backupOf([travel('t', '2026-01-01T00:00:00.000Z', { purpose: 'theirs' } as Partial<Entry>)]), 'merge');
    expect(preview.replaced).toHaveLength(1);
    expect(await db.entries.get('t')).toMatchObject({ purpose: 'theirs' });
  });

  it('merge: stored person fields stay, empty ones are filled from the backup', async () => {
    await seed([], { person: { familyName: 'Mine', department: '' }, settings: { currency: 'EUR', locale: 'fr', reviewIntervalMonths: 6 } });
    const theirs: Profile = { person: { familyName: 'Theirs', department: 'Chemistry', orcid: '0000-0002-1825-0097' }, settings: profile.settings };
    expect((await previewImport(backupOf([], theirs), 'merge')).profile).toBe('filled');
    await applyImport(backupOf([], theirs), 'merge');
    expect(await db.profile.get('me')).toEqual({
      person: { familyName: 'Mine', department: 'Chemistry', orcid: '0000-0002-1825-0097' },
      settings: { currency: 'EUR', locale: 'fr', reviewIntervalMonths: 6 },
    });
    expect((await previewImport(backupOf([], theirs), 'merge')).profile).toBe('kept');
  });

  it('adds the profile when none is stored, in either mode', async () => {
    expect((await previewImport(backupOf([]), 'merge')).profile).toBe('added');
    expect((await applyImport(backupOf([]), 'replace')).profile).toBe('added');
    expect(await db.profile.get('me')).toEqual(profile);
  });

  it('replace: the store becomes exactly the backup', async () => {
    await seed(stored, { person: { familyName: 'Mine' }, settings: profile.settings });
    const preview = await applyImport(backupOf(incoming), 'replace');
    expect(ids(preview.removed)).toEqual(['keep']);
    expect(ids(preview.added)).toEqual(['new']);
    expect(ids(preview.replaced.map((r) => r.after))).toEqual(['newer', 'old']);
    expect(ids(preview.kept)).toEqual(['same']);
    expect(preview.profile).toBe('replaced');
    const exported = await exportBackup(NOW);
    expect(exported).toEqual(backupOf(incoming));
    expect(await getMeta(LAST_IMPORT_META_KEY)).toMatchObject({ mode: 'replace', added: 1, replaced: 2, removed: 1 });
  });

  it('keeps the record order of the backup (not the store\'s id order); a merge keeps the stored order and puts new entries after it; entries made later follow by creation', async () => {
    const idsInOrder = (entries: Entry[]) => entries.map((e) => e.id);
    const order = ['zeta', 'alpha', 'mid'];
    await applyImport(backupOf(order.map((id) => travel(id, '2026-02-01T00:00:00Z'))), 'replace');
    expect(idsInOrder(await listEntries())).toEqual(order);
    expect(idsInOrder((await exportBackup(NOW)).entries)).toEqual(order);
    await applyImport(backupOf([travel('beta', '2026-02-01T00:00:00Z'), travel('alpha', '2026-03-01T00:00:00Z')]), 'merge');
    expect(idsInOrder(await listEntries())).toEqual([...order, 'beta']);
    await saveEntry({ ...travel('aaa-later', '2026-04-01T00:00:00Z'), createdAt: undefined } as EntryInput);
    expect(idsInOrder(await listEntries())).toEqual([...order, 'beta', 'aaa-later']);
  });

  it('gives entries without provenance the source "backup" and keeps existing provenance', async () => {
    const { provenance: _p, ...bare } = travel('bare', '2026-01-01T00:00:00Z') as Entry & { provenance?: unknown };
    const orcid = travel('orcid', '2026-01-01T00:00:00Z', { provenance: { source: 'orcid', ref: 'put-code 4288' } });
    const preview = await applyImport(backupOf([bare as Entry, orcid]), 'replace');
    expect(preview.added.find((e) => e.id === 'bare')?.provenance).toEqual({ source: 'backup' });
    expect((await db.entries.get('bare'))?.provenance).toEqual({ source: 'backup' });
    expect((await db.entries.get('orcid'))?.provenance).toEqual({ source: 'orcid', ref: 'put-code 4288' });
  });

  it('counts templates added and replaced', async () => {
    const template = {
      format: 'candor.template', version: 1, id: 'edu.example.ro', title: 'Example', publishedAt: '2026-09-01',
      institution: { name: 'Example University' }, entries: [], rulePacks: [], customRules: [], portals: [],
      screeningLists: [], resources: [], locked: [],
    } as Backup['templates'][number];
    const first = await applyImport({ ...backupOf([]), templates: [template] }, 'merge');
    expect(first.templates).toEqual({ added: 1, replaced: 0 });
    const second = await applyImport({ ...backupOf([]), templates: [{ ...template, title: 'Example v2', publishedAt: '2026-10-01' }] }, 'merge');
    expect(second.templates).toEqual({ added: 0, replaced: 1 });
    expect((await db.templates.get('edu.example.ro'))?.title).toBe('Example v2');
  });
});

describe('import never half-writes', () => {
  const stored = [travel('s1', '2026-01-01T00:00:00Z'), travel('s2', '2026-01-01T00:00:00Z')];
  const incoming = Array.from({ length: 10 }, (_, i) => travel(`n${i}`, '2026-02-01T00:00:00Z'));

  it('refuses an invalid backup object and leaves the store as it was', async () => {
    await seed(stored);
    const before = await dumpStore(db);
    const bad = backupOf([...incoming, { ...incoming[0], id: 'bad', startDate: 'soon' } as Entry]);
    const error = await applyImport(bad, 'replace').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems[0].path).toBe('entries[10].startDate');
    expect(await dumpStore(db)).toEqual(before);
  });

  it('rolls back everything when a write fails midway (replace)', async () => {
    await seed(stored);
    const before = await dumpStore(db);
    // Fails on the 6th new row, after the profile was put and the entries table was cleared.
    let created = 0;
    const failing = (_key: unknown, obj: Entry) => {
      if (obj.id.startsWith('n') && ++created === 6) throw new Error('disk full (simulated)');
    };
    db.entries.hook('creating', failing);
    await expect(applyImport(backupOf(incoming, { ...profile, person: { familyName: 'Changed' } }), 'replace')).rejects.toThrow(/disk full/);
    db.entries.hook('creating').unsubscribe(failing);
    expect(created).toBe(6);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('rolls back entries when the last write (meta) fails (merge)', async () => {
    await seed(stored);
    const before = await dumpStore(db);
    const spy = vi.spyOn(db.meta, 'put').mockRejectedValue(new Error('meta write failed'));
    await expect(applyImport(backupOf(incoming), 'merge')).rejects.toThrow(/meta write failed/);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(await dumpStore(db)).toEqual(before);
  });
});
