/** Refuses to start the e2e run, with a message saying what to do, when the build or Chromium is missing. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, DEFAULT_BUILD_DIR } from '../../cli/browser';

export default function setup(): void {
  const manifest = path.resolve(process.env.CANDOR_BUILD_DIR ?? DEFAULT_BUILD_DIR, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`e2e: no built extension at ${path.dirname(manifest)}. Run \`npm run build\` first (\`npm test\` does it for you).`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`e2e: Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` (.ci/run does this).`);
  }
}
