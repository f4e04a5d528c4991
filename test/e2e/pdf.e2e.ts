/**
 * PDF export and narrative drafts in real Chromium: import a record with accented and Japanese
 * organisations through the editor, export the disclosure summary from "PDF & drafts", capture the
 * download, read its text back, and render page 1 (pdftoppm, poppler-utils) to check it is not blank.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { automationCopy, DEFAULT_BUILD_DIR } from '../../cli/browser';
import { serializeBackup } from '@/lib/io';
import { pdfFileName } from '@/lib/pdf';
import { Backup } from '@/lib/model';
import { japaneseEntries, profile } from '../unit/pdf/fixtures';
import { readPdf } from '../unit/pdf/pdf-text';
import { checkedSessions, importBackupViaEditor } from './harness';

const DATE = '2026-11-24';
const browsers = checkedSessions();

/** Share of dark pixels on page 1, rendered in grey (PGM: "P5 w h 255" header, one byte per pixel). */
function inkOnFirstPage(pdfFile: string, dir: string): number {
  const base = path.join(dir, 'page');
  const result = spawnSync('pdftoppm', ['-r', '40', '-gray', '-f', '1', '-l', '1', pdfFile, base], { encoding: 'utf8' });
  if (result.error || result.status !== 0) throw new Error(`pdftoppm failed (is poppler-utils installed?): ${result.error?.message ?? result.stderr}`);
  spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', pdfFile, base]); // kept beside it for a person to look at
  const pgm = spawnSync('sh', ['-c', `cat "${base}"-*1.pgm`], { encoding: 'buffer' }).stdout;
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no greyscale page');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const value of pixels) if (value < 128) dark++;
  return dark / pixels.length;
}

describe('PDF export in Chromium', () => {
  it('exports the disclosure summary from the editor with every fact, accents and Japanese intact', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'candor-pdf-e2e-'));
    const backupFile = path.join(dir, 'backup.json');
    const backup = Backup.parse({ format: 'candor.backup', version: 2, exportedAt: `${DATE}T09:00:00Z`, profile, entries: japaneseEntries, templates: [] });
    await writeFile(backupFile, serializeBackup(backup));

    const session = await browsers.launch({ extensionDir: await automationCopy(process.env.CANDOR_BUILD_DIR ?? DEFAULT_BUILD_DIR) });
    const page = await importBackupViaEditor(session.context, session.extensionId, backupFile, 'replace');
    await page.goto(`chrome-extension://${session.extensionId}/options.html#export`);
    await page.getByRole('heading', { name: 'Export PDF' }).waitFor({ timeout: 20_000 });
    await page.getByRole('radio', { name: /Disclosure summary/ }).check();
    await page.getByLabel('Date printed on the document').fill(DATE);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(pdfFileName(profile, 'summary', DATE));
    await page.getByRole('status').filter({ hasText: `Saved ${pdfFileName(profile, 'summary', DATE)}` }).waitFor({ timeout: 30_000 });
    const pdfFile = path.join(dir, download.suggestedFilename());
    await download.saveAs(pdfFile);

    const pdf = await readPdf(new Uint8Array(await readFile(pdfFile)));
    expect(pdf.pages[0]).toContain('Disclosure summary — Zoë Łódź-Ångström');
    for (const fact of [
      'Uniwersytet Łódzki (Łódź, PL)', 'Kraków Catalysis Sp. z o.o.', 'Żółć-free catalysts for ammonia synthesis', 'CHE-2345678',
      'USD 450,000', '東京大学 (東京, JP)', '触媒表面の研究', 'JP23H01234', 'JPY 5,000,000', 'Foreign — JP', 'Appendix: open gaps', 'Signature',
    ]) {
      expect(pdf.text).toContain(fact);
    }
    pdf.pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pdf.pages.length}`));
    expect(pdf.raw).toMatch(/\/BaseFont \/NotoSansJP/);

    const ink = inkOnFirstPage(pdfFile, dir);
    expect(ink).toBeGreaterThan(0.005);
    expect(ink).toBeLessThan(0.5);
  });

  it('shows narrative drafts per language and copies one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'candor-drafts-e2e-'));
    const backupFile = path.join(dir, 'backup.json');
    const backup = Backup.parse({ format: 'candor.backup', version: 2, exportedAt: `${DATE}T09:00:00Z`, profile, entries: japaneseEntries, templates: [] });
    await writeFile(backupFile, serializeBackup(backup));
    const session = await browsers.launch({ extensionDir: await automationCopy(process.env.CANDOR_BUILD_DIR ?? DEFAULT_BUILD_DIR) });
    const origin = `chrome-extension://${session.extensionId}`;
    const page = await importBackupViaEditor(session.context, session.extensionId, backupFile, 'replace');
    await page.goto(`${origin}/options.html#export`);
    await page.getByRole('heading', { name: 'Narrative drafts', exact: true }).waitFor({ timeout: 20_000 });
    await page.getByLabel('Language').selectOption('de');
    const positions = page.getByRole('textbox', { name: 'Positions and appointments' });
    await expect.poll(() => positions.inputValue()).toContain('Visiting Professor (Gast) an Uniwersytet Łódzki (Łódź, PL), seit 2021-09');
    // Reading the clipboard back needs a permission automation cannot grant an extension origin, so
    // the test records what the page hands to writeText (the real call still runs).
    await page.evaluate(() => {
      const original = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string[] }).copied = [...((window as unknown as { copied?: string[] }).copied ?? []), text];
        return original(text);
      };
    });
    await page.getByRole('button', { name: 'Copy Positions and appointments' }).click();
    await page.getByText('Copied. Review it before you paste it into a form.').waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([await positions.inputValue()]);
  });
});
