/**
 * `npm test` — the README's test command: build the extension, run the unit and the e2e suites,
 * and print as the LAST line `N passed, M failed` summed over both. Exits non-zero on any failure.
 * A run that crashes (no JSON report) counts every one of its test files as failed, so a crash can
 * never end in a green line. Set CANDOR_SKIP_BUILD=1 to reuse the existing .output/chrome-mv3.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Suite {
  name: string;
  configArgs: string[];
  /** Where its test files live and how their names end — to count them when the run crashes. */
  dir: string;
  fileSuffixes: string[];
}

const SUITES: Suite[] = [
  { name: 'unit', configArgs: [], dir: 'test/unit', fileSuffixes: ['.test.ts', '.test.tsx'] },
  { name: 'e2e', configArgs: ['-c', 'vitest.e2e.config.ts'], dir: 'test/e2e', fileSuffixes: ['.e2e.ts'] },
];

interface Tally {
  passed: number;
  failed: number;
  note?: string;
}

/** The subset of Vitest's JSON reporter output this script reads. */
interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}

const VITEST = path.resolve('node_modules/vitest/vitest.mjs');

function countTestFiles(dir: string, suffixes: string[]): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => suffixes.some((s) => f.endsWith(s))).length;
}

function runSuite(suite: Suite, reportDir: string): Tally {
  const reportFile = path.join(reportDir, `${suite.name}.json`);
  console.log(`\n=== ${suite.name} tests ===`);
  const result = spawnSync(
    process.execPath,
    [VITEST, 'run', ...suite.configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`],
    { stdio: 'inherit', env: process.env },
  );
  const crashed = (why: string): Tally => ({
    passed: 0,
    failed: Math.max(1, countTestFiles(suite.dir, suite.fileSuffixes)),
    note: `${suite.name}: ${why}; every test file counted as failed`,
  });
  if (result.error) return crashed(`could not start (${result.error.message})`);
  if (!existsSync(reportFile)) return crashed(`crashed (exit ${result.status ?? result.signal}) without a report`);
  let report: VitestJson;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    return crashed('wrote an unreadable report');
  }
  // A file that failed to load (syntax error, import error, failing hook) has no failed test of its own.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
  ).length;
  let failed = report.numFailedTests + brokenFiles;
  let note: string | undefined;
  if (result.status !== 0 && failed === 0) {
    // e.g. an unhandled error or rejection outside any test: Vitest fails the run, we must too.
    failed = 1;
    note = `${suite.name}: exited with ${result.status ?? result.signal} although no test failed (unhandled error?)`;
  }
  return { passed: report.numPassedTests, failed, note };
}

function build(): boolean {
  if (process.env.CANDOR_SKIP_BUILD === '1') {
    console.log('CANDOR_SKIP_BUILD=1: using the existing build in .output/chrome-mv3');
    return true;
  }
  console.log('=== build (npm run build) ===');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function main(): number {
  const reportDir = mkdtempSync(path.join(tmpdir(), 'candor-test-'));
  const tallies: Tally[] = [];
  const built = build();
  if (!built) tallies.push({ passed: 0, failed: 1, note: 'build failed' });
  try {
    for (const suite of SUITES) {
      if (suite.name === 'e2e' && !built) {
        tallies.push({ passed: 0, failed: countTestFiles(suite.dir, suite.fileSuffixes), note: 'e2e: not run because the build failed' });
        continue;
      }
      tallies.push(runSuite(suite, reportDir));
    }
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
  const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
  const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
  console.log('');
  for (const t of tallies) if (t.note) console.log(`! ${t.note}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exit(main());
