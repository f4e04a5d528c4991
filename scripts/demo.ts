/**
 * `npm run demo` — the README's main command: build the extension, open Chromium with it loaded
 * (automation variant, see cli/browser.ts), load the bundled demo profile through the editor's
 * backup import, open the editor, and print what it did.
 *
 *   npm run demo              headed when a display is available, headless otherwise
 *   npm run demo -- --headless
 *
 * Headed, the browser stays open until you close it; headless, the command exits when done.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoBackup, serializeBackup } from '@/lib/io';
import { pdfFileName, renderPdf } from '@/lib/pdf';
import { nodeFontSource } from '@/lib/pdf/node-fonts';
import { BUILTIN_PACKS, evaluate } from '@/lib/rules';
import {
  automationCopy, countByKind, expectNoExtensionRequests, extensionUrl, importBackupViaEditor, launchCandor, readStore,
  type CandorBrowser,
  serveDirectory,
} from '../cli/browser';
import { fillPage, formatReport } from '../cli/commands/try-fill';

function build(): void {
  console.log('Building the extension (npm run build)…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    // The build's own output only matters when it fails.
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error('The build failed (output above).');
  }
}

/** Imports the demo backup through the editor, as a person would, and reports what is stored. */
async function loadDemoProfile(candor: CandorBrowser): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'candor-demo-'));
  const file = path.join(dir, 'candor-demo-backup.json');
  await writeFile(file, serializeBackup(demoBackup()));
  try {
    const page = await importBackupViaEditor(candor.context, candor.extensionId, file, 'replace');
    const store = await readStore(page);
    const person = (store.profile as { person?: { givenName?: string; familyName?: string } } | undefined)?.person;
    console.log(`Loaded the demo profile: ${[person?.givenName, person?.familyName].filter(Boolean).join(' ')}`);
    console.log(`  ${store.entries.length} entries`);
    for (const [kind, count] of Object.entries(countByKind(store.entries)).sort()) console.log(`    ${kind.padEnd(18)} ${count}`);
    await page.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ── Fill step (issue 3): open the bundled demo portal (NSF Current and Pending Support fixture),
//    run "Fill this page" with every proposed field accepted, and print the fill report.
async function fillDemoPortal(candor: CandorBrowser): Promise<void> {
  const server = await serveDirectory(path.resolve('test/fixtures/portals'));
  try {
    const { page, result } = await fillPage(candor, server.url('nsf-research-gov.html'));
    console.log(formatReport(result));
    if (!process.env.DISPLAY) await page.close();
  } finally {
    // Headed, the page stays open for you to look at; the server lives until the browser closes.
    if (!process.env.DISPLAY) await server.close();
    else candor.context.once('close', () => void server.close());
  }
}

// ── The disclosure summary PDF of the demo profile, made by the same lib/pdf code the editor's
//    "Export PDF" runs (here in Node, with the fonts from node_modules), with its gaps appendix.
async function exportSummaryPdf(): Promise<void> {
  const { profile, entries } = demoBackup();
  const date = new Date().toISOString().slice(0, 10);
  const gaps = evaluate(profile, entries, BUILTIN_PACKS, { today: date });
  const bytes = await renderPdf({ profile, entries, gaps, layout: 'summary', date, fonts: nodeFontSource() });
  const dir = path.join(tmpdir(), 'candor-demo');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, pdfFileName(profile, 'summary', date));
  await writeFile(file, bytes);
  console.log(`Disclosure summary PDF: ${file}`);
}

async function main(argv: string[]): Promise<void> {
  const headless = argv.includes('--headless') || !process.env.DISPLAY;
  build();
  const extensionDir = await automationCopy();
  const candor = await launchCandor({ extensionDir, headless });
  console.log(`Chromium started ${headless ? 'headless' : 'with a window'}; Candor loaded as ${candor.extensionId}.`);
  try {
    await loadDemoProfile(candor);
    await fillDemoPortal(candor);
    await exportSummaryPdf();
    const editor = await candor.context.newPage();
    await editor.goto(extensionUrl(candor.extensionId, 'options.html#entries'));
    await editor.bringToFront();
    console.log(`Editor open at ${editor.url()}`);
    expectNoExtensionRequests(candor.requests);
    console.log('Network: the extension made no request.');
    if (!headless) {
      console.log('Close the browser window to finish.');
      await new Promise<void>((resolve) => candor.context.once('close', () => resolve()));
    }
  } finally {
    await candor.close().catch(() => undefined);
    await rm(extensionDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
