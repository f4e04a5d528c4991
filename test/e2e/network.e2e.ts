/**
 * The whole-tour privacy check: popup, every editor section, demo data, CSV and backup export,
 * import into the same profile — then the extension's pages and service worker have made no
 * network request at all (loading the extension's own files is not a network request).
 */
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkedSessions, expectNoExtensionRequests, importBackupViaEditor } from './harness';
import { demoBackupJson } from './fixtures';

const sessions = checkedSessions();

it('a tour of popup, editor, demo data, export and import makes no network request', async () => {
  const candor = await sessions.launch();
  const popup = await candor.open('popup.html');
  await popup.getByRole('button', { name: 'Set up your profile' }).waitFor();

  const editor = await candor.open('options.html');
  await editor.getByRole('button', { name: 'Try with demo data' }).click();
  const demo = demoBackupJson();
  await editor.getByText(`Showing ${demo.entries.length} of ${demo.entries.length} entries.`).waitFor();

  // Every section of the editor, as listed in its navigation.
  const nav = editor.getByRole('navigation', { name: 'Sections' });
  const sections = await nav.getByRole('link').all();
  expect(sections.length).toBeGreaterThan(2);
  for (const link of sections) {
    await link.click();
    await editor.getByRole('main').getByRole('heading').first().waitFor();
  }
  // An entry's edit form.
  await nav.getByRole('link', { name: 'Entries' }).click();
  await editor.getByRole('list', { name: 'Entries' }).getByRole('link', { name: 'Edit' }).first().click();
  await editor.getByRole('button', { name: 'Save entry' }).waitFor();

  // Export the backup and a CSV, then import the backup back (merge).
  await nav.getByRole('link', { name: 'Backup and export' }).click();
  const [backupDownload] = await Promise.all([editor.waitForEvent('download'), editor.getByRole('button', { name: 'Export backup' }).click()]);
  const backupFile = await backupDownload.path();
  const [csvDownload] = await Promise.all([editor.waitForEvent('download'), editor.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
  await importBackupViaEditor(candor.context, candor.extensionId, backupFile, 'merge');

  // The popup again, now with a profile.
  await popup.reload();
  await popup.getByRole('button', { name: 'Open editor' }).waitFor();

  // The other extension pages.
  for (const page of ['sidepanel.html', 'template-author.html']) {
    const other = await candor.open(page);
    await other.waitForLoadState('load');
    await other.waitForTimeout(500);
  }

  // Let anything scheduled by the service worker run before counting.
  await editor.waitForTimeout(1_000);
  expectNoExtensionRequests(candor.requests);
  await rm(path.dirname(backupFile), { recursive: true, force: true }).catch(() => undefined);
});
