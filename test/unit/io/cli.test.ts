import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoProfileCommand } from '@/cli/commands/demo-profile';
import { validateCommand } from '@/cli/commands/validate';
import { parseBackup } from '@/lib/io';
import { captureOutput, inputFolder } from '../cli-helpers';

const { dir, write } = inputFolder('candor-cli-');
const capture = captureOutput;

afterEach(() => vi.restoreAllMocks());

describe('CLI: validate and demo-profile', () => {
  it('validate says OK for the design example backup', async () => {
    const { out } = capture();
    expect(await validateCommand.run([join(process.cwd(), 'test/fixtures/backups/design-example.backup.json')])).toBe(0);
    expect(out).toEqual(['OK: backup with 6 entries']);
  });

  it('validate recognises a template by its format', async () => {
    const { out } = capture();
    const template = { format: 'candor.template', version: 1, id: 'edu.example.ro', title: 'T', publishedAt: '2026-09-01', institution: { name: 'Example University' }, entries: [{ shellId: 'a', kind: 'appointment' }] };
    expect(await validateCommand.run([write('t.json', JSON.stringify(template))])).toBe(0);
    expect(out).toEqual(['OK: template with 1 entries']);
    expect(await validateCommand.run([write('t2.json', JSON.stringify({ ...template, institution: {} }))])).toBe(1);
    expect(out[1]).toMatch(/^institution\.name: /);
  });

  it('validate lists each problem as path: message and exits 1', async () => {
    const { out } = capture();
    const bad = { format: 'candor.backup', version: 1, exportedAt: '2026-11-23T10:00:00Z', profile: { person: {} }, entries: [{ id: 'a', kind: 'travel', travelType: 'gift', organization: { name: 'X' }, startDate: '2024-13' }] };
    expect(await validateCommand.run([write('bad.json', JSON.stringify(bad))])).toBe(1);
    expect(out).toEqual(expect.arrayContaining([expect.stringMatching(/^profile\.person\.familyName: /), expect.stringMatching(/^entries\[0\]\.startDate: /)]));
    expect(await validateCommand.run([write('broken.json', '{ "format": ')])).toBe(1);
    expect(out[out.length - 1]).toMatch(/^\(file\): Not valid JSON/);
  });

  it('validate exits 2 on usage errors', async () => {
    const { err } = capture();
    expect(await validateCommand.run([])).toBe(2);
    expect(await validateCommand.run([join(dir, 'missing.json')])).toBe(2);
    expect(err.join('\n')).toMatch(/Usage: npm run candor -- validate <file>[\s\S]*Cannot read/);
  });

  it('demo-profile prints a backup that parses', async () => {
    const { out } = capture();
    expect(await demoProfileCommand.run([])).toBe(0);
    const parsed = parseBackup(out.join(''));
    expect(parsed.ok && parsed.backup.entries.length).toBeGreaterThanOrEqual(20);
  });
});
