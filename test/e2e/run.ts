/** `npm run test:e2e`: the e2e suite alone, against the existing build (run `npm run build` first). */
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
