import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkCommand } from '@/cli/commands/check';
import { Gap } from '@/lib/model';
import { inputFolder } from '../cli-helpers';

const { dir, write } = inputFolder('candor-check-');
const backup = (entries: unknown[]) => ({
  format: 'candor.backup', version: 1, exportedAt: '2026-11-24T10:00:00Z',
  profile: { person: { familyName: 'Okafor', orcid: '0000-0002-1825-0097', homeCountry: 'US' } }, entries,
});
const cleanSupport = {
  id: 's1', kind: 'support', organization: { name: 'NSF' }, status: 'current', title: 'T', startDate: '2026-01', endDate: '2026-12',
  effort: [{ year: 2026, personMonths: 1 }], totalAmount: { amount: 10, currency: 'USD' }, objectives: 'O', overlap: 'None', reviewedAt: '2026-11-01',
};

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

describe('candor check', () => {
  it('exits 0 without errors, and 1 with an error gap, printing JSON gaps with entryId and path', async () => {
    expect(await checkCommand.run([write('clean.json', backup([cleanSupport])), '--pack', 'us-common-forms', '--today', '2026-11-24'])).toBe(0);
    const bad = write('bad.json', backup([{ ...cleanSupport, overlap: '' }]));
    out = [];
    expect(await checkCommand.run([bad, '--json', '--pack', 'us-common-forms', '--today', '2026-11-24'])).toBe(1);
    const gaps = JSON.parse(out.join('\n')) as Gap[];
    expect(gaps.every((g) => Gap.safeParse(g).success)).toBe(true);
    expect(gaps).toContainEqual(expect.objectContaining({ entryId: 's1', path: 'overlap', severity: 'error', ruleId: 'us-common-forms/support-overlap-missing' }));
  });
  it('prints a readable report grouped by pack', async () => {
    await checkCommand.run([write('bad2.json', backup([{ ...cleanSupport, overlap: '' }])), '--pack', 'us-common-forms', 'erc', '--today', '2026-11-24']);
    const text = out.join('\n');
    expect(text).toMatch(/\[us-common-forms\]: 1 errors/);
    expect(text).toMatch(/\[erc\]: 1 errors/);
    expect(text).toMatch(/ERROR\s+support “NSF” \(s1\) › overlap/);
  });
  it('exits 2 on usage errors, unknown packs, unreadable or invalid files', async () => {
    expect(await checkCommand.run([])).toBe(2);
    expect(await checkCommand.run([write('x.json', backup([])), '--pack', 'nope'])).toBe(2);
    expect(await checkCommand.run([join(dir, 'missing.json')])).toBe(2);
    expect(await checkCommand.run([write('broken.json', '{ nope')])).toBe(2);
    expect(await checkCommand.run([write('wrong.json', { ...backup([]), entries: [{ id: 'a', kind: 'support' }] })])).toBe(2);
    expect(err.join('\n')).toMatch(/entries\[0\]/);
  });
});
