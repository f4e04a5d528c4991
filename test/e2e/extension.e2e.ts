/// <reference types="chrome" />
/** The built extension loads in real Chromium with exactly the permissions, and its pages render. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoExtensionRequests, LOOPBACK_HOST_PERMISSIONS } from '../../cli/browser';
import { automationBuild, checkedSessions, launch, serveDirectory, type Session } from './harness';

const SHIPPED_PERMISSIONS = ['activeTab', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage'];

const sessions = checkedSessions();
let candor: Session;
beforeAll(async () => {
  candor = await sessions.launch();
});

describe('shipped build', () => {
  it('asks for exactly storage, unlimitedStorage, activeTab, scripting, sidePanel and no host access', async () => {
    const manifest = JSON.parse(await readFile(path.resolve('.output/chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(SHIPPED_PERMISSIONS);
    // No host access up front: a portal's origin is requested at run time when the user says
    // "always allow on this portal" (optional), so only http(s) patterns may be declared optional.
    expect(manifest.host_permissions ?? []).toEqual([]);
    for (const pattern of manifest.optional_host_permissions ?? []) expect(pattern).toMatch(/^https?:\/\//);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('ships the JSON Schemas of both file formats', async () => {
    for (const name of ['candor.backup.v1.json', 'candor.template.v1.json']) {
      const schema = JSON.parse(await readFile(path.resolve('.output/chrome-mv3/schemas', name), 'utf8'));
      expect(schema.$schema ?? schema.type).toBeTruthy();
    }
  });
});

describe('automation variant in Chromium', () => {
  it('differs from the shipped manifest only by loopback host permissions', async () => {
    const shipped = JSON.parse(await readFile(path.resolve('.output/chrome-mv3/manifest.json'), 'utf8'));
    const automation = JSON.parse(await readFile(path.join(await automationBuild(), 'manifest.json'), 'utf8'));
    const { host_permissions: hosts, ...rest } = automation;
    expect(rest).toEqual(Object.fromEntries(Object.entries(shipped).filter(([key]) => key !== 'host_permissions')));
    expect(hosts).toEqual(LOOPBACK_HOST_PERMISSIONS);
  });

  it('runs with exactly the shipped permissions (chrome.runtime.getManifest in the service worker)', async () => {
    const manifest = await candor.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect([...(manifest.permissions ?? [])].sort()).toEqual(SHIPPED_PERMISSIONS);
    expect(manifest.host_permissions).toEqual(LOOPBACK_HOST_PERMISSIONS);
    for (const key of ['content_scripts', 'externally_connectable', 'web_accessible_resources']) {
      expect((manifest as unknown as Record<string, unknown[] | undefined>)[key] ?? []).toEqual([]);
    }
    const granted = await candor.serviceWorker.evaluate(() => chrome.permissions.getAll());
    expect([...(granted.permissions ?? [])].sort()).toEqual(SHIPPED_PERMISSIONS);
    expect([...(granted.origins ?? [])].sort()).toEqual([...LOOPBACK_HOST_PERMISSIONS].sort());
  });

  it('renders the popup and the editor', async () => {
    const popup = await candor.open('popup.html');
    await popup.getByRole('button', { name: 'Set up your profile' }).waitFor();
    const editor = await candor.open('options.html');
    await editor.getByRole('navigation', { name: 'Sections' }).waitFor();
    await editor.getByRole('heading', { name: 'Welcome to Candor' }).waitFor();
    await popup.close();
    await editor.close();
  });

  it('serves the backup JSON Schema from the extension', async () => {
    const page = await candor.open('options.html');
    const schema = await page.evaluate(async () => (await fetch(chrome.runtime.getURL('schemas/candor.backup.v1.json'))).json());
    const shipped = JSON.parse(await readFile(path.resolve('.output/chrome-mv3/schemas/candor.backup.v1.json'), 'utf8'));
    expect(schema).toEqual(shipped);
    expect(JSON.stringify(schema)).toContain('candor.backup');
    await page.close();
  });
});

describe('network recorder (the harness behind every "no request" check)', () => {
  it('records requests of extension pages and the service worker, and not those of web pages', async () => {
    const site = await serveDirectory(path.resolve('docs'));
    const probe = await launch(); // not a checked session: this one makes requests on purpose
    try {
      const web = await probe.context.newPage();
      await web.goto(site.url('schemas/candor.backup.v1.json'));
      await web.evaluate((u) => fetch(u).then((r) => r.text()), site.url('schemas/candor.template.v1.json'));
      expect(probe.requests).toEqual([]);

      const page = await probe.open('popup.html');
      await page.evaluate((u) => fetch(u).then((r) => r.text()), `${site.origin}/schemas/candor.backup.v1.json?from=page`);
      await probe.serviceWorker.evaluate((u) => fetch(u).then((r) => r.text()), `${site.origin}/schemas/candor.backup.v1.json?from=worker`);
      await expect.poll(() => probe.requests.map((r) => `${r.source} ${new URL(r.url).search}`).sort()).toEqual([
        'page ?from=page', 'service-worker ?from=worker',
      ]);
      expect(() => expectNoExtensionRequests(probe.requests)).toThrow(/made 2 network request/);
    } finally {
      await probe.close();
      await site.close();
    }
  });
});

