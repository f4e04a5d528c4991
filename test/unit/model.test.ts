import { describe, expect, it } from 'vitest';
import { Backup, Entry, isValidOrcid, listProblems, Organization, PartialDate } from '@/lib/model';

describe('model', () => {
  it('checks ORCID iDs with ISO 7064 11,2', () => {
    expect(isValidOrcid('0000-0002-1825-0097')).toBe(true);
    expect(isValidOrcid('0000-0002-1694-233X')).toBe(true);
    expect(isValidOrcid('0000-0002-1825-0098')).toBe(false);
  });
  it('accepts partial dates and rejects impossible ones', () => {
    for (const d of ['2024', '2024-06', '2024-06-15', '2024-02-29']) expect(PartialDate.safeParse(d).success).toBe(true);
    for (const d of ['2023-02-29', '2024-13', '24', '2024/06', '2024-6']) expect(PartialDate.safeParse(d).success).toBe(false);
  });
  it('validates ROR ids and country codes', () => {
    expect(Organization.safeParse({ name: 'U of T', rorId: 'https://ror.org/03dbr7087', country: 'CA' }).success).toBe(true);
    expect(Organization.safeParse({ name: 'U of T', rorId: 'ror.org/03dbr7087' }).success).toBe(false);
    expect(Organization.safeParse({ name: 'U of T', country: 'ZZ' }).success).toBe(false);
  });
  it('names unknown keys with their path', () => {
    const r = Backup.safeParse({
      format: 'candor.backup', version: 1, exportedAt: '2026-11-23T10:00:00Z',
      profile: { person: { familyName: 'Okafor' } },
      entries: [{ id: 'a', kind: 'travel', travelType: 'gift', organization: { name: 'X' }, colour: 'red' }],
    });
    expect(r.success).toBe(false);
    expect(listProblems(r.error!)).toContainEqual({ path: 'entries[0].colour', message: 'Unknown field (not part of the format)' });
  });
  it('discriminates entries on kind', () => {
    const r = Entry.safeParse({ id: 'a', kind: 'support', organization: { name: 'NSF' }, status: 'current', title: 'T', role: 'PI' });
    expect(r.success && r.data.kind === 'support' && r.data.effort).toEqual([]);
    expect(Entry.safeParse({ id: 'a', kind: 'nope', organization: { name: 'NSF' } }).success).toBe(false);
  });
});
