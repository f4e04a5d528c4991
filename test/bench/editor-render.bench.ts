/**
 * First render of the editor's entry list with 2,000 entries, in real headless Chromium with the
 * built extension (run `npm run build` first). The backup is imported through the editor, then
 * options.html#entries is opened fresh for each run and timed in the page from navigation start
 * (performance.now() = 0) to the moment the list shows its first rows, and to all 2,000 rows
 * (the list renders a first chunk at once and the rest in idle time). Target: first rows < 200 ms.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoBackup, serializeBackup } from '@/lib/io';
import { automationCopy, extensionUrl, importBackupViaEditor, launchCandor } from '../../cli/browser';
import { makeEntry } from './rules.bench';
import { ms } from './measure';
import type { BenchResult } from './run';

const ENTRIES = 2000;
const RUNS = 7;
const TARGET_MS = 200;

/** Installed before any page script: when the editor's shell (nav) shows, the first list row, the last one. */
function markListRendered(expected: number): void {
  const marks: { shell?: number; firstRow?: number; allRows?: number } = {};
  (window as unknown as { __candorListMarks: typeof marks }).__candorListMarks = marks;
  const observer = new MutationObserver(() => {
    if (marks.shell === undefined && document.querySelector('nav')) marks.shell = performance.now();
    const rows = document.querySelector('ul.entry-list')?.children.length ?? 0;
    if (rows > 0 && marks.firstRow === undefined) marks.firstRow = performance.now();
    if (rows >= expected && marks.allRows === undefined) {
      marks.allRows = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export default async function bench(): Promise<BenchResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'candor-bench-render-'));
  const backupFile = path.join(work, 'backup-2000.json');
  await writeFile(backupFile, serializeBackup({ ...demoBackup(), entries: Array.from({ length: ENTRIES }, (_, i) => makeEntry(i)) }));
  const extensionDir = await automationCopy();
  const candor = await launchCandor({ extensionDir, headless: true });
  try {
    (await importBackupViaEditor(candor.context, candor.extensionId, backupFile, 'replace')).close();
    await candor.context.addInitScript(markListRendered, ENTRIES);
    const page = await candor.context.newPage();
    const shells: number[] = [];
    const firstRows: number[] = [];
    const allRows: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      await page.goto('about:blank');
      await page.goto(extensionUrl(candor.extensionId, 'options.html#entries'));
      const marks = await page.waitForFunction(
        () => {
          const m = (window as unknown as { __candorListMarks?: { firstRow?: number; allRows?: number } }).__candorListMarks;
          return m?.allRows !== undefined && m;
        },
        undefined,
        { timeout: 60_000 },
      );
      const { shell, firstRow, allRows: all } = (await marks.jsonValue()) as { shell: number; firstRow: number; allRows: number };
      if (run === 0) continue; // warm-up: first compile of the page's scripts
      shells.push(shell);
      firstRows.push(firstRow);
      allRows.push(all);
    }
    const first = median(firstRows);
    return {
      title: `Editor: first render of the entry list with ${ENTRIES.toLocaleString('en')} entries (headless Chromium, ${RUNS} runs)`,
      columns: ['entries', 'editor shell median ms', 'first rows median ms', 'all rows median ms', 'target ms', 'pass'],
      rows: [{
        entries: ENTRIES, 'editor shell median ms': ms(median(shells)), 'first rows median ms': ms(first), 'all rows median ms': ms(median(allRows)),
        'target ms': TARGET_MS, pass: first < TARGET_MS ? 'yes' : 'no',
      }],
      note: 'Times from navigation start of options.html#entries; the list renders its first rows at once and the rest in idle time.',
    };
  } finally {
    await candor.close();
    await rm(extensionDir, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }
}
