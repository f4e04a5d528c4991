/**
 * `npm run bench [-- name …]` — runs every test/bench/<name>.bench.ts (or only the named ones) and prints
 * each result as an aligned table. Numbers are printed, never asserted: machines differ.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchResult {
  title: string;
  columns?: string[];
  rows: Record<string, string | number>[];
  note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));

function table(result: BenchResult): string {
  const columns = result.columns ?? [...new Set(result.rows.flatMap((r) => Object.keys(r)))];
  const cells = result.rows.map((r) => columns.map((c) => String(r[c] ?? '')));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const numeric = columns.map((c) => result.rows.every((r) => r[c] === undefined || typeof r[c] === 'number'));
  const line = (values: string[]) =>
    values.map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  return [
    result.title,
    line(columns),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map(line),
    ...(result.note ? ['', result.note] : []),
  ].join('\n');
}

async function main(names: string[]): Promise<number> {
  const available = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
  const wanted = names.length ? available.filter((f) => names.includes(f.replace(/\.bench\.ts$/, ''))) : available;
  const unknown = names.filter((n) => !available.includes(`${n}.bench.ts`));
  if (unknown.length) {
    console.error(`No benchmark named ${unknown.join(', ')}. Available: ${available.map((f) => f.replace(/\.bench\.ts$/, '')).join(', ')}`);
    return 2;
  }
  let failed = 0;
  for (const file of wanted) {
    try {
      const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<BenchResult> };
      console.log(table(await mod.default()) + '\n');
    } catch (error) {
      failed++;
      console.error(`${file} failed: ${error instanceof Error ? error.stack : error}\n`);
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
