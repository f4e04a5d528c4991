/**
 * Real-browser harness shared by the e2e tests, `try-fill`, the demo command and the benchmarks:
 * prepare the automation copy of the built extension, launch Debian's Chromium with it loaded,
 * record every network request the extension makes, serve fixture folders from loopback, and
 * drive the editor's backup import.
 */
import { createServer, type Server } from 'node:http';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CANDOR_CHROMIUM ?? '/usr/bin/chromium';
export const DEFAULT_BUILD_DIR = '.output/chrome-mv3';

/** The loopback origins the automation variant may touch (any port). */
export const LOOPBACK_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Copies the built extension to a temp dir and grants it host permission for loopback (plus
 * `extraOrigins`). This is the automation variant: automation has no user gesture to grant
 * activeTab, so its only difference from the shipped build is these host permissions.
 */
export async function automationCopy(buildDir = DEFAULT_BUILD_DIR, extraOrigins: string[] = []): Promise<string> {
  const source = path.resolve(buildDir);
  const manifestPath = path.join(source, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension at ${source} (manifest.json missing). Run \`npm run build\` first.`);
  }
  const target = await mkdtemp(path.join(tmpdir(), 'candor-ext-'));
  await cp(source, target, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(target, 'manifest.json'), 'utf8'));
  const origins = extraOrigins.map((origin) => `${new URL(origin).origin}/*`);
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...LOOPBACK_HOST_PERMISSIONS, ...origins])];
  await writeFile(path.join(target, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return target;
}

/** A network request made by the extension's pages or service worker. */
export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Which part of the extension made it: the service worker, or the page at this URL. */
  source: 'service-worker' | 'page';
  documentUrl: string;
}

export interface CandorBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every network request the extension has made since launch (live array). */
  requests: RecordedRequest[];
  /** Profile directory in use; relaunch with it to see the same stored data. */
  userDataDir: string;
  close(): Promise<void>;
}

/** Schemes that never leave the machine: loading the extension's own files, inline data. */
const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

function isNetworkUrl(url: string): boolean {
  return !LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme));
}

/** Attributes a request to the extension, or returns null when a web page (e.g. a fixture) made it. */
function extensionRequest(request: Request, extensionOrigin: () => string | null): RecordedRequest | null {
  if (!isNetworkUrl(request.url())) return null;
  const origin = extensionOrigin();
  const base = { url: request.url(), method: request.method(), resourceType: request.resourceType() };
  const worker = request.serviceWorker();
  if (worker) {
    // Before the id is known only our own extension's worker can exist (no other extensions load).
    return !origin || worker.url().startsWith(origin) ? { ...base, source: 'service-worker', documentUrl: worker.url() } : null;
  }
  let documentUrl: string;
  try {
    const frame = request.frame();
    documentUrl = frame.url() || frame.page().url();
    // A navigation's frame still shows the previous document; the page that started it is what counts.
    if (request.isNavigationRequest()) documentUrl = frame.page().url() || documentUrl;
  } catch {
    return null; // requests of dedicated workers of web pages have no frame
  }
  const fromExtension = origin ? documentUrl.startsWith(origin) : documentUrl.startsWith('chrome-extension://');
  return fromExtension ? { ...base, source: 'page', documentUrl } : null;
}

export interface LaunchOptions {
  extensionDir: string;
  headless?: boolean;
  /** Reuse a profile (e.g. to check data survives a restart); a fresh temp profile otherwise. */
  userDataDir?: string;
}

/** Launches Chromium with the extension loaded and network recording on. */
export async function launchCandor(opts: LaunchOptions): Promise<CandorBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\`.`);
  }
  const extensionDir = path.resolve(opts.extensionDir);
  const ownsProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'candor-profile-')));
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Chromium's new headless mode runs extensions; Playwright's own headless flag would pick the old one on some builds.
    headless: false,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    acceptDownloads: true,
  });

  const requests: RecordedRequest[] = [];
  let extensionOrigin: string | null = null;
  context.on('request', async (request) => {
    const recorded = extensionRequest(request, () => extensionOrigin);
    if (!recorded) return;
    // A navigation typed into the address bar or driven by the harness (page.goto) is the user's,
    // even in a tab that showed an extension page; the browser marks those Sec-Fetch-Site: none.
    if (request.isNavigationRequest() && (await request.allHeaders().catch(() => ({}) as Record<string, string>))['sec-fetch-site'] === 'none') return;
    requests.push(recorded);
  });

  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const serviceWorker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }).catch(async (error) => {
      await context.close();
      throw new Error(`The extension's service worker did not start (is ${extensionDir} a built extension?): ${error}`);
    }));
  const extensionId = new URL(serviceWorker.url()).host;
  extensionOrigin = `chrome-extension://${extensionId}/`;

  return {
    context,
    extensionId,
    serviceWorker,
    requests,
    userDataDir,
    async close() {
      await context.close();
      if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Fails with the list of requests when the extension made any network request. */
export function expectNoExtensionRequests(requests: readonly RecordedRequest[]): void {
  if (requests.length === 0) return;
  const list = requests.map((r) => `  ${r.method} ${r.url} (${r.resourceType}, from ${r.source} ${r.documentUrl})`).join('\n');
  throw new Error(`The extension made ${requests.length} network request(s); it must make none:\n${list}`);
}

/** URL of an extension page, e.g. extensionUrl(id, 'options.html#backup'). */
export function extensionUrl(extensionId: string, pagePath: string): string {
  return `chrome-extension://${extensionId}/${pagePath.replace(/^\//, '')}`;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  origin: string;
  url(filePath: string): string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a random port (extensions cannot touch file:// pages by default). */
export async function serveDirectory(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server: Server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      let file = path.join(root, pathname);
      if (file !== root && !file.startsWith(root + path.sep)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (filePath) => `${origin}/${filePath.split(path.sep).map(encodeURIComponent).join('/').replace(/^\/+/, '')}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Imports a backup file through the editor's Backup section, as a person would: choose the file,
 * press Replace or Merge, wait for the "Imported" status. Returns the editor page, left open.
 */
export async function importBackupViaEditor(
  context: BrowserContext,
  extensionId: string,
  backupPath: string,
  mode: 'replace' | 'merge',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, 'options.html#backup'));
  await page.getByLabel('Import backup file').setInputFiles(path.resolve(backupPath));
  await page.getByRole('button', { name: mode === 'replace' ? 'Replace' : 'Merge', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Imported' }).first().waitFor({ timeout: 30_000 });
  return page;
}

export interface StoreSnapshot {
  profile: unknown;
  entries: { id: string; kind: string; [field: string]: unknown }[];
}

/**
 * Reads what the extension has stored, straight from its IndexedDB ('candor', see lib/db), through
 * an extension page — to check the UI's effect on the store without trusting the UI.
 */
export async function readStore(page: Page): Promise<StoreSnapshot> {
  if (!page.url().startsWith('chrome-extension://')) throw new Error('readStore needs an extension page');
  return page.evaluate(async () => {
    // Opening a database that does not exist would create it; report an empty store instead.
    if (!(await indexedDB.databases()).some((d) => d.name === 'candor')) return { profile: undefined, entries: [] };
    return new Promise<StoreSnapshot>((resolve, reject) => {
      const open = indexedDB.open('candor');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const names = ['profile', 'entries'].filter((n) => db.objectStoreNames.contains(n));
        if (names.length < 2) {
          db.close();
          resolve({ profile: undefined, entries: [] });
          return;
        }
        const tx = db.transaction(names, 'readonly');
        const profiles = tx.objectStore('profile').getAll();
        const entries = tx.objectStore('entries').getAll();
        tx.oncomplete = () => {
          db.close();
          resolve({ profile: profiles.result[0], entries: entries.result });
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
}

/** Entries per kind, e.g. { support: 7, appointment: 4 }. */
export function countByKind(entries: readonly { kind: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of entries) counts[entry.kind] = (counts[entry.kind] ?? 0) + 1;
  return counts;
}
