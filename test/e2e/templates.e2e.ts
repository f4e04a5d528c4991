/**
 * Institution templates in real Chromium: a template set by enterprise policy (Chromium's policy
 * directory) shows in a freshly started extension; a URL policy whose SHA-256 does not match is
 * refused with the reason shown; researcher edits survive applying a newer version from a file.
 *
 * The policy is keyed by extension id (`3rdparty.extensions.<id>`) and must exist before launch.
 * An unpacked extension without a manifest `key` gets its id from its directory: the first 32 hex
 * digits of SHA-256(realpath) written in the a–p alphabet (Chromium's GenerateIdForPath). The test
 * computes it from the automation copy's path, writes the policy, launches, and checks the id.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { automationCopy, DEFAULT_BUILD_DIR, extensionUrl, launchCandor, readStore, type CandorBrowser } from '../../cli/browser';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'candor-test.json');
const FIXTURE = path.resolve('test/fixtures/templates/design-example.template.json');
const TEMPLATE_ID = 'edu.example.research-office';
const SHELL_ID = `tpl:${TEMPLATE_ID}:primary-appointment`;

/** Chromium's id for an unpacked extension without a `key`. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir), 'utf8').digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

function writePolicy(extensionId: string, policy: Record<string, unknown>) {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
}

/** Serves one body at /template.json with CORS open, as a policy template host would. */
async function serveTemplate(body: string): Promise<{ url: string; hits: () => number; close(): Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits++;
    if (req.url !== '/template.json') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/template.json`, hits: () => hits, close: () => new Promise((r) => server.close(() => r())) };
}

interface Session extends CandorBrowser {
  pageErrors: string[];
  open(pagePath: string): Promise<Page>;
}
const sessions: Session[] = [];
/** Each test launches its own copy (the policy is keyed by that copy's id); page errors are collected. */
async function start(extensionDir: string): Promise<Session> {
  const browser = await launchCandor({ extensionDir });
  const pageErrors: string[] = [];
  browser.context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)));
  const session: Session = {
    ...browser,
    pageErrors,
    async open(pagePath) {
      const page = await browser.context.newPage();
      await page.goto(extensionUrl(browser.extensionId, pagePath));
      return page;
    },
  };
  sessions.push(session);
  return session;
}
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    const errors = [...s.pageErrors];
    await s.close();
    if (errors.length) throw new Error(`Uncaught errors in extension pages:\n${errors.join('\n')}`);
  }
  rmSync(POLICY_FILE, { force: true });
});
afterAll(() => rmSync(POLICY_FILE, { force: true }));

/** A private copy per test: a fresh directory is a fresh extension id, so policies never leak between tests. */
const freshCopy = () => automationCopy(process.env.CANDOR_BUILD_DIR ?? DEFAULT_BUILD_DIR);

async function templatesSection(session: Session): Promise<Page> {
  const page = await session.open('options.html#templates');
  await page.getByRole('heading', { name: 'Institution templates' }).waitFor({ timeout: 15_000 });
  return page;
}

describe('institution templates in Chromium', () => {
  it('a template set by managed policy shows in a freshly started extension', async () => {
    const dir = await freshCopy();
    const id = unpackedExtensionId(dir);
    // The documented inline example (docs/policies), exactly as an administrator would deploy it.
    const documented = JSON.parse(readFileSync(path.resolve('docs/policies/chrome-managed-policy-inline.json'), 'utf8'));
    writePolicy(id, Object.values(documented['3rdparty'].extensions)[0] as Record<string, unknown>);
    const candor = await start(dir);
    expect(candor.extensionId).toBe(id);
    const page = await templatesSection(candor);
    const card = page.locator(`[data-template-id="${TEMPLATE_ID}"]`);
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => card.innerText()).toContain('Example University — research disclosure profile');
    expect(await card.innerText()).toContain('managed by your institution (browser policy)');
    expect(await card.innerText()).toContain('Trusted research training');
    // The policy template's shell is an entry now; no network request was needed for an inline template.
    expect((await readStore(page)).entries.map((e) => e.id)).toContain(SHELL_ID);
    expect(candor.requests).toEqual([]);
  });

  it('a URL policy whose bytes do not match templateSha256 is refused with the reason shown', async () => {
    const host = await serveTemplate(readFileSync(FIXTURE, 'utf8'));
    try {
      const dir = await freshCopy();
      writePolicy(unpackedExtensionId(dir), { templateUrl: host.url, templateSha256: '0'.repeat(64) });
      const candor = await start(dir);
      const page = await templatesSection(candor);
      const alert = page.getByRole('alert').filter({ hasText: "policy template was refused" });
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.innerText()).toMatch(/SHA-256 mismatch/);
      expect(await page.locator('[data-template-id]').count()).toBe(0);
      expect((await readStore(page)).entries).toEqual([]);
      // The only request the extension made is the policy's template URL.
      expect(host.hits()).toBeGreaterThan(0);
      expect(new Set(candor.requests.map((r) => r.url))).toEqual(new Set([host.url]));
    } finally {
      await host.close();
    }
  });

  it("researcher edits survive applying a newer version of the template", async () => {
    const candor = await start(await freshCopy());
    const page = await templatesSection(candor);
    const v1 = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const dir = path.join(tmpdir(), `candor-templates-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    const importFile = async (name: string, template: unknown) => {
      const file = path.join(dir, name);
      writeFileSync(file, JSON.stringify(template));
      await page.getByLabel('Import a template file').setInputFiles(file);
      const dialog = page.getByRole('dialog', { name: 'Review template' });
      await dialog.waitFor();
      const text = await dialog.innerText();
      await dialog.getByRole('button', { name: 'Apply' }).click();
      await page.getByRole('status').filter({ hasText: 'Applied' }).waitFor();
      return text;
    };
    await importFile('v1.json', v1);
    expect((await readStore(page)).entries.map((e) => e.id)).toEqual([SHELL_ID]);

    // The researcher edits the template's entry (as the editor would save it).
    await page.evaluate(async (id) => {
      const open = indexedDB.open('candor');
      await new Promise((r) => (open.onsuccess = r));
      const tx = open.result.transaction('entries', 'readwrite');
      const store = tx.objectStore('entries');
      const req = store.get(id);
      await new Promise((r) => (req.onsuccess = r));
      store.put({ ...req.result, paid: false, role: 'Professor of Chemistry', notes: 'my own note' });
      await new Promise((r) => (tx.oncomplete = r));
      open.result.close();
    }, SHELL_ID);

    const v2 = { ...v1, publishedAt: '2027-01-15', entries: [{ ...v1.entries[0], paid: true, appointmentType: 'joint', role: 'Professor' }] };
    const review = await importFile('v2.json', v2);
    expect(review).toContain('What changed in this version');
    expect(review).toContain('entries[primary-appointment].appointmentType');

    const entry = (await readStore(page)).entries.find((e) => e.id === SHELL_ID)!;
    expect(entry).toMatchObject({ paid: false, role: 'Professor of Chemistry', notes: 'my own note', appointmentType: 'joint' });
    expect(candor.requests).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('the authoring page renders, validates as the office types, and previews the template', async () => {
    const candor = await start(await freshCopy());
    const page = await candor.open('template-author.html');
    await page.getByRole('heading', { name: 'Candor template authoring' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByTestId('author-problems').innerText()).toContain('institution.name');
    await page.getByLabel(/^Id/).fill('edu.example.office');
    await page.getByLabel(/^Title/).fill('Example');
    await page.getByLabel(/^Name/).fill('Example University');
    await page.getByRole('status').filter({ hasText: 'The template is valid.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Export JSON' }).isEnabled()).toBe(true);
    expect(await page.getByTestId('template-plan').innerText()).toContain('Example University');
    expect(candor.requests).toEqual([]);
  });
});
