import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importCommand } from '@/cli/commands/import';
import { parseBackup, serializeBackup } from '@/lib/io';
import { ORCID_DIR, RECORD_FILE, affiliationSummaries, fullRecord, fundingSummaries } from './samples';

let dir: string;
let log: string[];
let errors: string[];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'candor-orcid-'));
  log = [];
  errors = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void log.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void errors.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

const readBackup = (file: string) => {
  const parsed = parseBackup(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.backup;
};

describe('candor import orcid', () => {
  it('writes a new backup that validates, with the profile from the record and every employment and funding', async () => {
    const out = path.join(dir, 'out.json');
    expect(await importCommand.run(['orcid', RECORD_FILE, '--out', out, '--today', '2026-11-24'])).toBe(0);
    const backup = readBackup(out);
    const record = fullRecord();
    expect(backup.profile.person).toEqual({ givenName: 'Three', familyName: 'releasecandidate1', orcid: '0000-0002-7319-2192' });
    expect(backup.entries).toHaveLength(affiliationSummaries(record).length + fundingSummaries(record).length);
    expect(log.join('\n')).toContain('added 8, updated 0, unchanged 0, left alone 0');
  });

  it('merges into an existing backup: researcher entries kept, re-import is idempotent', async () => {
    const into = path.join(dir, 'mine.json');
    writeFileSync(into, serializeBackup({
      format: 'candor.backup', version: 2, exportedAt: '2026-11-01T00:00:00Z', templates: [],
      profile: { person: { familyName: 'Okafor', givenName: 'Ada' }, settings: { currency: 'USD', locale: 'en', reviewIntervalMonths: 12 } },
      entries: [{ id: 'mine', kind: 'support', status: 'current', title: 'My grant', organization: { name: 'NSF' }, effort: [], provenance: { source: 'manual' } }],
    }));
    const once = path.join(dir, 'once.json');
    const twice = path.join(dir, 'twice.json');
    expect(await importCommand.run(['orcid', RECORD_FILE, '--into', into, '--out', once])).toBe(0);
    expect(await importCommand.run(['orcid', RECORD_FILE, '--into', once, '--out', twice])).toBe(0);
    const a = readBackup(once);
    const b = readBackup(twice);
    expect(a.profile.person).toMatchObject({ familyName: 'Okafor', givenName: 'Ada', orcid: '0000-0002-7319-2192' });
    expect(a.entries[0]).toEqual(readBackup(into).entries[0]);
    expect(b.entries).toEqual(a.entries);
    expect(log.at(-1)).toBe('  problems: 0');
    expect(log.join('\n')).toContain('added 0, updated 0, unchanged 8, left alone 1');
  });

  it('reports the ADP currency problem for a single funding item', async () => {
    const into = path.join(dir, 'base.json');
    expect(await importCommand.run(['orcid', RECORD_FILE, '--out', into])).toBe(0);
    expect(await importCommand.run(['orcid', path.join(ORCID_DIR, 'funding-3.0-simple.json'), '--into', into, '--out', path.join(dir, 'x.json')])).toBe(0);
    expect(log.join('\n')).toMatch(/funding \(ORCID\): Currency "ADP"/);
  });

  it('exits 1 on unreadable input or a new backup without a family name; 2 on bad usage', async () => {
    expect(await importCommand.run(['orcid', path.join(dir, 'missing.json'), '--out', path.join(dir, 'o.json')])).toBe(1);
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"oops": ');
    expect(await importCommand.run(['orcid', broken, '--out', path.join(dir, 'o.json')])).toBe(1);
    expect(await importCommand.run(['orcid', path.join(ORCID_DIR, 'employment-3.0.json'), '--out', path.join(dir, 'o.json')])).toBe(1);
    expect(errors.join('\n')).toMatch(/no family name/);
    expect(await importCommand.run(['orcid', RECORD_FILE])).toBe(2);
    expect(await importCommand.run(['csv', RECORD_FILE, '--out', 'x'])).toBe(2);
  });
});
