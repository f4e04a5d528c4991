/**
 * `npm run candor -- try-fill <html-file-or-url> [--profile <backup.json>] [--json]` (DESIGN.md,
 * "Automation contract"): the built extension in headless Chromium runs exactly what "Fill this
 * page" runs — the review panel's scan and plan, every proposed field accepted, "Fill N fields" —
 * and prints the report, plus every control of every frame and open shadow root after the fill.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { demoBackup, serializeBackup } from '@/lib/io';
import type { FillReport, ReportField } from '@/lib/fill/session';
import {
  automationCopy, extensionUrl, importBackupViaEditor, launchCandor, serveDirectory, type CandorBrowser, type StaticServer,
} from '../browser';
import { usageError, type Command } from '../command';

export interface ControlState {
  frame: string;
  id: string;
  name: string;
  type: string;
  value: string;
  checked: boolean;
}

export interface TryFillResult {
  url: string;
  portal: string | null;
  fields: ReportField[];
  controls: ControlState[];
  timings: FillReport['timings'];
}

/** How the report names a frame: "main", else the frame's name or id, else its path. */
export function frameLabel(frame: Frame): string {
  if (!frame.parentFrame()) return 'main';
  return frame.name() || new URL(frame.url()).pathname;
}

type RawControl = Omit<ControlState, 'frame'>;

/**
 * Runs in each frame. A string, not a function: tsx would wrap a function's inner helpers in
 * `__name(...)` calls that do not exist in the page.
 */
const READ_CONTROLS = `(() => {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('input,select,textarea')) {
        found.push({ id: el.id, name: el.name || '', type: el.type, value: el.value, checked: !!el.checked });
      } else if (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable)) {
        found.push({ id: el.id, name: el.getAttribute('name') || '', type: 'contenteditable', value: (el.textContent || '').trim(), checked: false });
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
})()`;

/** Every form control of every frame and open shadow root, as it stands now. */
export async function readControls(page: Page): Promise<ControlState[]> {
  const out: ControlState[] = [];
  for (const frame of page.frames()) {
    const label = frameLabel(frame);
    const controls = await frame
      .evaluate<RawControl[]>(READ_CONTROLS)
      .catch(() => []);
    out.push(...controls.map((c) => ({ frame: label, ...c })));
  }
  return out;
}

/** Opens the review panel for the tab showing `page` (sidepanel.html?tab=<id>) and waits for its proposals. */
export async function openReview(candor: CandorBrowser, page: Page): Promise<Page> {
  // The page's tab is the active one once in front (several tabs may show the same URL).
  await page.bringToFront();
  const tabId = await candor.serviceWorker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({ active: true });
    return tabs.find((t) => t.url === url)?.id;
  }, page.url());
  if (tabId === undefined) throw new Error(`Could not find the tab of ${page.url()}`);
  const panel = await candor.context.newPage();
  await panel.goto(extensionUrl(candor.extensionId, `sidepanel.html?tab=${tabId}`));
  await page.bringToFront();
  const apply = panel.getByTestId('fill-apply');
  // The review's own failure, not the gaps warning that may stand above a working review.
  const failure = panel.getByTestId('fill-error');
  await Promise.race([apply.waitFor({ timeout: 60_000 }), failure.waitFor({ timeout: 60_000 })]);
  if (await failure.isVisible()) throw new Error(`Fill review failed: ${await failure.textContent()}`);
  return panel;
}

/** Presses "Fill N fields" in the review panel and reads the report it shows. */
async function pressFill(panel: Page): Promise<FillReport> {
  await panel.getByTestId('fill-apply').click();
  const reportEl = panel.getByTestId('fill-report');
  await reportEl.waitFor({ state: 'attached', timeout: 60_000 });
  return JSON.parse((await reportEl.textContent()) ?? '{}') as FillReport;
}

/** Rounds of review after the first: answers that open sections, which open more, but never endlessly. */
const MAX_REVEAL_ROUNDS = 3;

/** One report for several rounds: a later round's word on a control replaces an earlier "skipped". */
function mergeReports(first: FillReport, later: FillReport): FillReport {
  const at = (f: ReportField) => `${f.frame}|${f.selector}`;
  const fields = new Map(first.fields.map((f) => [at(f), f]));
  for (const f of later.fields) if (f.status === 'filled' || !fields.has(at(f))) fields.set(at(f), f);
  const timings = { scanMs: first.timings.scanMs + later.timings.scanMs, planMs: first.timings.planMs + later.timings.planMs, fillMs: first.timings.fillMs + later.timings.fillMs };
  return { ...later, fields: [...fields.values()], timings, addedRows: first.addedRows + later.addedRows };
}

/**
 * Runs "Fill this page" on an open page with every proposed field accepted as the panel
 * pre-ticks them: open the review panel, press "Fill N fields", read the report. When the answers
 * opened more fields, it accepts the panel's offer to review those too, as a researcher would.
 * The panel stays open when `keepPanel` (for Undo).
 */
export async function fillOpenPage(candor: CandorBrowser, page: Page, keepPanel = false): Promise<{ result: TryFillResult; panel: Page }> {
  const panel = await openReview(candor, page);
  let report = await pressFill(panel);
  for (let round = 0; round < MAX_REVEAL_ROUNDS && report.revealed > 0; round++) {
    await panel.getByTestId('fill-revealed').click();
    await panel.getByTestId('fill-apply').waitFor({ timeout: 60_000 });
    report = mergeReports(report, await pressFill(panel));
  }
  if (!keepPanel) await panel.close();
  const controls = await readControls(page);
  return { panel, result: { url: report.url, portal: report.portal, fields: report.fields, controls, timings: report.timings } };
}

/** Opens `pageUrl` in a new tab and fills it (see fillOpenPage). */
export async function fillPage(candor: CandorBrowser, pageUrl: string): Promise<{ page: Page; result: TryFillResult }> {
  const page = await candor.context.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  const { result } = await fillOpenPage(candor, page);
  return { page, result };
}

/** Human-readable report. */
export function formatReport(r: TryFillResult): string {
  const filled = r.fields.filter((f) => f.status === 'filled');
  const skipped = r.fields.filter((f) => f.status === 'skipped' && f.reason !== 'no-row');
  const lines = [
    `Page:    ${r.url}`,
    `Portal:  ${r.portal ?? '(no map — label recognition)'}`,
    `Filled:  ${filled.length} field(s); not filled: ${skipped.length}`,
    ...filled.map((f) => `  ✓ ${f.frame === 'main' ? '' : `[${f.frame}] `}${f.label || f.selector} = ${f.value}   (${f.key})`),
    ...skipped.map((f) => `  · ${f.frame === 'main' ? '' : `[${f.frame}] `}${f.label || f.selector} — ${f.reason}`),
    `Timings: scan ${r.timings.scanMs.toFixed(1)} ms, plan ${r.timings.planMs.toFixed(1)} ms, fill ${r.timings.fillMs.toFixed(1)} ms`,
    'Nothing was submitted.',
  ];
  return lines.join('\n');
}

/** Loads a backup into the browser's Candor through the editor (default: the bundled demo profile). */
export async function loadProfile(candor: CandorBrowser, backupPath?: string): Promise<void> {
  if (backupPath) {
    await (await importBackupViaEditor(candor.context, candor.extensionId, backupPath, 'replace')).close();
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'candor-try-fill-'));
  try {
    const file = path.join(dir, 'demo-backup.json');
    await writeFile(file, serializeBackup(demoBackup()));
    await (await importBackupViaEditor(candor.context, candor.extensionId, file, 'replace')).close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function parseArgs(args: string[]): { target?: string; profile?: string; json: boolean; error?: string } {
  const out: { target?: string; profile?: string; json: boolean; error?: string } = { json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') out.json = true;
    else if (a === '--profile') out.profile = args[++i];
    else if (a.startsWith('--profile=')) out.profile = a.slice('--profile='.length);
    else if (a.startsWith('--')) out.error = `Unknown option ${a}`;
    else if (!out.target) out.target = a;
    else out.error = `Unexpected argument ${a}`;
  }
  if (!out.target) out.error ??= 'Missing <html-file-or-url>';
  if (args.includes('--profile') && !out.profile) out.error ??= '--profile needs a backup file';
  return out;
}

export const tryFillCommand: Command = {
  name: 'try-fill',
  usage: 'try-fill <html-file-or-url> [--profile <backup.json>] [--json]',
  summary: 'Fill a page with the built extension (headless Chromium) and print the report',
  async run(args) {
    const opts = parseArgs(args);
    if (opts.error) return usageError(opts.error, tryFillCommand.usage);
    if (opts.profile && !existsSync(opts.profile)) {
      console.error(`No backup file at ${opts.profile}`);
      return 2;
    }
    const log = (line: string) => (opts.json ? process.stderr : process.stdout).write(`${line}\n`);
    let server: StaticServer | undefined;
    let pageUrl: string;
    const target = opts.target!;
    if (/^https?:\/\//i.test(target)) pageUrl = target;
    else {
      if (!existsSync(target) || !statSync(target).isFile()) {
        console.error(`Not a URL and not a file: ${target}`);
        return 2;
      }
      // Extensions cannot touch file:// pages by default: serve the file's folder from loopback.
      server = await serveDirectory(path.dirname(path.resolve(target)));
      pageUrl = server.url(path.basename(target));
    }
    const extensionDir = await automationCopy(undefined, server ? [] : [pageUrl]);
    const candor = await launchCandor({ extensionDir, headless: true });
    try {
      log(`Candor loaded (${candor.extensionId}); importing ${opts.profile ?? 'the demo profile'}…`);
      await loadProfile(candor, opts.profile);
      log(`Filling ${pageUrl}…`);
      const { result } = await fillPage(candor, pageUrl);
      if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else log(formatReport(result));
      return 0;
    } finally {
      await candor.close().catch(() => undefined);
      await server?.close();
      await rm(extensionDir, { recursive: true, force: true });
    }
  },
};
