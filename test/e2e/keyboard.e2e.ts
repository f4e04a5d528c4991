/// <reference types="chrome" />
/**
 * Every flow by keyboard alone, in real Chromium: entries (filter, edit, delete and undo), backup
 * export and import, PDF export, a gap's Fix link, the fill review (untick, fill, undo), the popup,
 * and template and ORCID files. Each step Tabs to its control and checks the focus is visible there.
 * (Adding an entry by keyboard is in a11y.e2e.ts.)
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { loadProfile, openReview } from '../../cli/commands/try-fill';
import { checkedSessions, readStore, serveDirectory, type Session } from './harness';
import { button, field, focusedText, link, tabTo } from './keyboard';

const sessions = checkedSessions();
let candor: Session;
let downloads: string;

beforeAll(async () => {
  candor = await sessions.launch();
  await loadProfile(candor);
  downloads = await mkdtemp(path.join(tmpdir(), 'candor-keyboard-'));
});

async function editorAt(hash: string): Promise<Page> {
  const page = await candor.open(`options.html${hash}`);
  onTestFinished(() => page.close());
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
  await page.getByRole('main').getByRole('heading').first().waitFor();
  return page;
}

/** Enter on a file input's button opens the file chooser, as for a person; the test answers it. */
async function chooseFile(page: Page, name: string, file: string): Promise<void> {
  await tabTo(page, field(name));
  // Listening turns on the browser's file-chooser interception with a message of its own; a round
  // trip to the page makes sure it has arrived before the key press (under load it could lose the race).
  const chooser = page.waitForEvent('filechooser');
  await page.bringToFront();
  await page.evaluate('0');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file);
}

describe('keyboard only', () => {
  it('entries: filter, edit a field, delete, and undo the delete', async () => {
    const page = await editorAt('#entries');
    const before = (await readStore(page)).entries;
    const target = before.find((e) => e.kind === 'consulting')!;
    const organisation = (target.organization as { name: string }).name;

    await tabTo(page, field('Search'));
    await page.keyboard.type(organisation);
    await page.getByText(/^Showing [1-9]\d* of \d+ entr/).waitFor();
    await tabTo(page, link('Edit'));
    const editing = await page.evaluate(() => (document.activeElement?.closest('li') as HTMLElement | null)?.dataset.entryId);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save entry' }).waitFor();
    await tabTo(page, field('Private notes'));
    await page.keyboard.type('Checked by keyboard.');
    await tabTo(page, button('Save entry'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readStore(page)).entries.find((e) => e.id === editing)?.notes).toMatch(/Checked by keyboard\.$/);

    await page.getByRole('list', { name: 'Entries' }).waitFor();
    await tabTo(page, button('Delete'));
    const deleted = await page.evaluate(() => (document.activeElement?.closest('li') as HTMLElement | null)?.dataset.entryId);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readStore(page)).entries.some((e) => e.id === deleted)).toBe(false);
    // The toast's Undo takes the focus, since the focused row is gone.
    await expect.poll(() => focusedText(page)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readStore(page)).entries.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
  });

  it('backup: export, then import with Merge; PDF export', async () => {
    const page = await editorAt('#profile');
    await tabTo(page, link('Backup and export'));
    await page.keyboard.press('Enter');
    await tabTo(page, button('Export backup'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);

    await chooseFile(page, 'Import backup file', file);
    await page.getByRole('heading', { name: 'If you merge' }).waitFor();
    await tabTo(page, button('Merge'));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /^Imported .*\(merge\)/ }).waitFor();

    await tabTo(page, link('PDF & drafts'), 300);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Export PDF' }).waitFor({ timeout: 20_000 });
    await tabTo(page, button('Export PDF'));
    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  });

  it("a gap's Fix link takes the focus to the field to fix", async () => {
    const page = await editorAt('#gaps');
    await page.getByTestId('gap').first().waitFor({ timeout: 20_000 });
    await tabTo(page, link(/^Fix: /), 400);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Save (entry|profile)$/ }).waitFor();
    await expect.poll(() => page.evaluate(() => /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement?.tagName ?? ''))).toBe(true);
  });

  it('fill review: untick a field, fill the rest, undo', async () => {
    const server = await serveDirectory(path.resolve('test/fixtures/portals'));
    onTestFinished(() => server.close());
    const portal = await candor.context.newPage();
    onTestFinished(() => portal.close());
    await portal.goto(server.url('nsf-research-gov.html'));
    const panel = await openReview(candor, portal);
    onTestFinished(() => panel.close());
    await panel.bringToFront();

    // Each proposal's checkbox is labelled "<label on the page> (row n): <value>".
    await tabTo(panel, field(/^Proposal\/Active Project Title \(row 1\): ./));
    const unticked = await panel.evaluate(() => document.activeElement?.closest('li')?.querySelector('[data-testid=proposal-value]')?.textContent ?? '');
    await panel.keyboard.press('Space');
    await tabTo(panel, button(/^Fill \d+ fields?$/));
    await panel.keyboard.press('Enter');
    await panel.getByTestId('fill-report').waitFor({ state: 'attached', timeout: 60_000 });
    const titles = await portal.locator('input[id^="title-"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    expect(titles.filter(Boolean).length).toBeGreaterThan(0);
    expect(titles).not.toContain(unticked);

    await tabTo(panel, button('Undo'));
    await panel.keyboard.press('Enter');
    await panel.getByTestId('fill-undone').waitFor();
    expect((await portal.locator('input[id^="title-"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).every((v) => v === '')).toBe(true);
  });

  it('popup: Open editor', async () => {
    const popup = await candor.open('popup.html');
    onTestFinished(() => popup.close());
    await popup.getByRole('button', { name: 'Open editor' }).waitFor();
    await tabTo(popup, button('Open editor'));
    // The popup closes itself once the editor opens, which may cut the key press short.
    const [editor] = await Promise.all([candor.context.waitForEvent('page'), popup.keyboard.press('Enter').catch(() => undefined)]);
    await editor.waitForURL(/options\.html/);
    await editor.close();
  });

  it('institution template and ORCID record from files', async () => {
    const page = await editorAt('#templates');
    await chooseFile(page, 'Import a template file', path.resolve('test/fixtures/templates/design-example.template.json'));
    await page.getByRole('dialog', { name: 'Review template' }).waitFor();
    await tabTo(page, button('Apply'));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Applied' }).waitFor();

    await tabTo(page, link('Import from ORCID'), 300);
    await page.keyboard.press('Enter');
    await chooseFile(page, 'ORCID record file (JSON)', path.resolve('../shared/data/orcid/record-full-3.0.json'));
    await tabTo(page, button(/^Import \d+ entr/));
    const count = Number(/\d+/.exec(await focusedText(page))![0]);
    expect(count).toBeGreaterThan(0);
    const before = (await readStore(page)).entries.length;
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readStore(page)).entries.length).toBe(before + count);
  });
});
