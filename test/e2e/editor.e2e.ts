/// <reference types="chrome" />
/**
 * The editor in real Chromium: entries added through the forms survive an extension restart;
 * export → import into a fresh browser profile restores them; a broken file changes nothing;
 * "Try with demo data" loads the demo. Every test also ends with "no network request" (harness).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Backup } from '@/lib/model';
import { checkedSessions, countByKind, importBackupViaEditor, readStore, type Session } from './harness';
import { demoBackupJson, writeJsonFile } from './fixtures';

const sessions = checkedSessions();
const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function newProfileDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'candor-e2e-profile-'));
  tempDirs.push(dir);
  return dir;
}

async function fillProfile(editor: Page): Promise<void> {
  await editor.goto(editor.url().replace(/#.*$/, '') + '#profile');
  await editor.getByLabel(/^Given name/).fill('Ada');
  await editor.getByLabel(/^Family name/).fill('Okafor');
  await editor.getByRole('button', { name: 'Save profile' }).click();
  await editor.getByRole('status').filter({ hasText: /^Saved at/ }).waitFor();
}

/** Opens the add form of a kind the way a person does: All entries → kind → "Add entry". */
async function openAddForm(editor: Page, kind: string, heading: string): Promise<void> {
  await editor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Entries' }).click();
  await editor.getByLabel('Kind of new entry').selectOption(kind);
  await editor.getByRole('button', { name: 'Add entry' }).click();
  await editor.getByRole('heading', { name: heading }).waitFor();
}

async function addAppointment(editor: Page): Promise<void> {
  await openAddForm(editor, 'appointment', 'Add appointment');
  await editor.getByLabel(/^Organisation name/).fill('University of Toronto');
  await editor.getByLabel(/^Country/).first().selectOption('CA');
  await editor.getByLabel(/^Type of appointment/).selectOption('visiting');
  await editor.getByLabel(/^Role or title/).fill('Visiting Professor');
  await editor.getByLabel(/^Start date/).fill('2021-09');
  await editor.getByLabel('Ongoing').check();
  await editor.getByRole('button', { name: 'Save entry' }).click();
  await editor.getByRole('listitem', { name: /University of Toronto/ }).waitFor();
}

async function addSupport(editor: Page): Promise<void> {
  await openAddForm(editor, 'support', 'Add support');
  await editor.getByLabel(/^Organisation name/).fill('National Science Foundation');
  await editor.getByLabel(/^Country/).first().selectOption('US');
  await editor.getByLabel(/^Project or proposal title/).fill('Catalysis at interfaces');
  await editor.getByLabel(/^Status/).selectOption('pending');
  await editor.getByLabel(/^Award or proposal number/).fill('CHE-2612345');
  await editor.getByLabel(/^Start date/).fill('2027');
  await editor.getByLabel(/^End date/).fill('2030-06');
  await editor.getByRole('button', { name: 'Save entry' }).click();
  await editor.getByRole('listitem', { name: /Catalysis at interfaces/ }).waitFor();
}

/** Stored entries without the volatile bookkeeping, sorted by id — for before/after comparisons. */
async function storedEntries(page: Page) {
  const { entries } = await readStore(page);
  return [...entries].sort((a, b) => a.id.localeCompare(b.id));
}

describe('editor', () => {
  it('adds entries of two kinds through the forms, and they survive restarting the browser (same profile)', async () => {
    const userDataDir = await newProfileDir();
    const first: Session = await sessions.launch({ userDataDir });
    const editor = await first.open('options.html');
    await fillProfile(editor);
    await addAppointment(editor);
    await addSupport(editor);

    const before = await storedEntries(editor);
    expect(before.map((e) => e.kind).sort()).toEqual(['appointment', 'support']);
    const support = before.find((e) => e.kind === 'support')!;
    expect(support).toMatchObject({
      organization: { name: 'National Science Foundation', country: 'US' }, title: 'Catalysis at interfaces',
      status: 'pending', awardNumber: 'CHE-2612345', startDate: '2027', endDate: '2030-06',
    });
    const appointment = before.find((e) => e.kind === 'appointment')!;
    expect(appointment).toMatchObject({
      organization: { name: 'University of Toronto', country: 'CA' }, appointmentType: 'visiting', startDate: '2021-09', endDate: null,
    });
    await first.close();

    const second = await sessions.launch({ userDataDir });
    expect(second.extensionId).toBe(first.extensionId);
    const reopened = await second.open('options.html#entries');
    await reopened.getByRole('listitem', { name: /University of Toronto/ }).waitFor();
    await reopened.getByRole('listitem', { name: /Catalysis at interfaces/ }).waitFor();
    await expect.poll(() => reopened.getByRole('heading', { level: 1 }).innerText()).toContain('Okafor');
    expect(await storedEntries(reopened)).toEqual(before);
  });

  it('exports a backup in the browser and imports it into a fresh browser profile', async () => {
    const source = await sessions.launch();
    const demoFile = await writeJsonFile('demo.json', demoBackupJson());
    tempDirs.push(path.dirname(demoFile));
    const editor = await importBackupViaEditor(source.context, source.extensionId, demoFile, 'replace');
    const stored = await storedEntries(editor);
    expect(stored).toHaveLength(demoBackupJson().entries.length);

    const [download] = await Promise.all([editor.waitForEvent('download'), editor.getByRole('button', { name: 'Export backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^candor-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = path.join(await newProfileDir(), download.suggestedFilename());
    await download.saveAs(exported);
    const backup = Backup.parse(JSON.parse(await readFile(exported, 'utf8')));
    expect(backup.format).toBe('candor.backup');
    expect(backup.version).toBe(2);
    expect([...backup.entries].sort((a, b) => a.id.localeCompare(b.id))).toEqual(stored);
    await source.close();

    const target = await sessions.launch();
    const empty = await target.open('options.html');
    expect((await readStore(empty)).entries).toEqual([]);
    const imported = await importBackupViaEditor(target.context, target.extensionId, exported, 'merge');
    expect(await storedEntries(imported)).toEqual(stored);
    await imported.goto(imported.url().replace(/#.*$/, '') + '#entries');
    await expect.poll(() => imported.getByRole('list', { name: 'Entries' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await imported.getByText(`Showing ${stored.length} of ${stored.length} entries.`).waitFor();
  });

  it('refuses an invalid backup with problems naming their paths, and changes nothing', async () => {
    const candor = await sessions.launch();
    const demoFile = await writeJsonFile('demo.json', demoBackupJson());
    tempDirs.push(path.dirname(demoFile));
    const editor = await importBackupViaEditor(candor.context, candor.extensionId, demoFile, 'replace');
    const before = await readStore(editor);

    const broken = demoBackupJson();
    broken.entries[3].startDate = 'June 2021';
    broken.entries[5].unexpected = true;
    broken.entries.push({ ...broken.entries[0], id: 'x-new-entry' });
    const brokenFile = await writeJsonFile('broken.json', broken);
    tempDirs.push(path.dirname(brokenFile));
    await editor.getByLabel('Import backup file').setInputFiles(brokenFile);
    const alert = editor.getByRole('alert').filter({ hasText: 'This file was not imported' });
    await alert.waitFor();
    await expect.poll(() => alert.innerText()).toContain('entries[3].startDate');
    expect(await alert.innerText()).toContain('entries[5]');
    expect(await editor.getByRole('button', { name: 'Replace', exact: true }).count()).toBe(0);
    expect(await editor.getByRole('button', { name: 'Merge', exact: true }).count()).toBe(0);

    const notJson = await writeJsonFile('notes.json', '{ "format": "candor.backup", ');
    tempDirs.push(path.dirname(notJson));
    await editor.getByLabel('Import backup file').setInputFiles(notJson);
    await expect.poll(() => alert.innerText()).toContain('notes.json');

    expect(await readStore(editor)).toEqual(before);
  });

  it('"Try with demo data" on the welcome page loads the demo profile, and the popup shows it', async () => {
    const candor = await sessions.launch();
    const editor = await candor.open('options.html');
    await editor.getByRole('heading', { name: 'Welcome to Candor' }).waitFor();
    await editor.getByRole('button', { name: 'Try with demo data' }).click();
    const demo = demoBackupJson();
    await editor.getByText(`Showing ${demo.entries.length} of ${demo.entries.length} entries.`).waitFor();
    expect(editor.url()).toMatch(/#entries$/);
    const stored = await readStore(editor);
    expect(countByKind(stored.entries)).toEqual(countByKind(demo.entries));
    expect(stored.profile).toMatchObject({ person: { familyName: demo.profile.person.familyName } });

    const popup = await candor.open('popup.html');
    await popup.getByRole('heading', { level: 1, name: `${demo.profile.person.givenName} ${demo.profile.person.familyName}` }).waitFor();
    const supportCount = countByKind(demo.entries).support;
    await popup.getByRole('button', { name: `Current and pending support: ${supportCount}` }).waitFor();
  });
});
