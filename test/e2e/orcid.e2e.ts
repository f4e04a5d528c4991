/**
 * ORCID import in real Chromium: a record file through the editor, and "Fetch public record" for an iD.
 *
 * The fetch test never touches the network: Playwright routes https://pub.orcid.org/** to the recorded
 * response (the shared sample record) and aborts anything else, and the test checks that the one request
 * the extension made is exactly the URL shown to the researcher. The shipped build is unchanged: the
 * automation copy only pre-grants the optional host permission the click would ask for (no prompt in
 * automation).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { automationCopy, DEFAULT_BUILD_DIR, expectNoExtensionRequests, extensionUrl, launchCandor, readStore, type CandorBrowser } from '../../cli/browser';

const RECORD_FILE = path.resolve(process.cwd(), '../shared/data/orcid/record-full-3.0.json');
const RECORD = JSON.parse(readFileSync(RECORD_FILE, 'utf8'));
const ORCID_ID: string = RECORD['orcid-identifier'].path;
const RECORD_URL = `https://pub.orcid.org/v3.0/${ORCID_ID}/record`;
/** Put-codes of the employments, invited positions, distinctions, memberships, services and fundings. */
const EXPECTED_IDS = [
  ...['employments', 'invited-positions', 'distinctions', 'memberships', 'services'].flatMap((key) =>
    RECORD['activities-summary'][key]['affiliation-group'].flatMap((g: { summaries: Record<string, { 'put-code': number }>[] }) =>
      g.summaries.flatMap((s) => Object.entries(s).map(([k, v]) => `orcid:${ORCID_ID}:${k.replace(/-summary$/, '')}:${v['put-code']}`)),
    ),
  ),
  ...RECORD['activities-summary'].fundings.group.flatMap((g: { 'funding-summary': { 'put-code': number }[] }) =>
    g['funding-summary'].map((f) => `orcid:${ORCID_ID}:funding:${f['put-code']}`),
  ),
].sort();

let session: CandorBrowser | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(extraOrigins: string[] = []): Promise<{ browser: CandorBrowser; page: Page; errors: string[] }> {
  const dir = await automationCopy(process.env.CANDOR_BUILD_DIR ?? DEFAULT_BUILD_DIR, extraOrigins);
  const browser = await launchCandor({ extensionDir: dir });
  session = browser;
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(extensionUrl(browser.extensionId, 'options.html#orcid'));
  await page.getByRole('heading', { name: 'Import from ORCID' }).waitFor({ timeout: 20_000 });
  return { browser, page, errors };
}

async function confirmImport(page: Page) {
  await page.getByRole('heading', { name: `To add (${EXPECTED_IDS.length})` }).waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: `Import ${EXPECTED_IDS.length} entries` }).click();
  await page.getByRole('status').filter({ hasText: `Imported: ${EXPECTED_IDS.length} added` }).waitFor({ timeout: 20_000 });
}

describe('ORCID import in Chromium', () => {
  it('imports a record file through the editor, makes no request, and re-import adds nothing', async () => {
    const { browser, page, errors } = await start();
    await page.getByLabel('ORCID record file (JSON)').setInputFiles(RECORD_FILE);
    await confirmImport(page);
    const store = await readStore(page);
    expect(store.entries.map((e) => e.id).sort()).toEqual(EXPECTED_IDS);
    expect(store.entries.every((e) => (e.provenance as { source: string }).source === 'orcid')).toBe(true);
    expect(store.profile).toMatchObject({ person: { familyName: 'releasecandidate1', givenName: 'Three', orcid: ORCID_ID } });

    await page.getByLabel('ORCID record file (JSON)').setInputFiles(RECORD_FILE);
    await page.getByRole('heading', { name: `Unchanged (${EXPECTED_IDS.length})` }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Import 0 entries' }).isDisabled()).toBe(true);
    expect((await readStore(page)).entries).toHaveLength(EXPECTED_IDS.length);
    expectNoExtensionRequests(browser.requests);
    expect(errors).toEqual([]);
  });

  it('fetches the public record for a typed iD from exactly the URL it shows, by keyboard', async () => {
    const { browser, page, errors } = await start(['https://pub.orcid.org']);
    const routed: string[] = [];
    await browser.context.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith('https://pub.orcid.org/')) return route.fallback();
      routed.push(url);
      if (url !== RECORD_URL) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(RECORD) });
    });
    await page.getByLabel('Your ORCID iD').fill(ORCID_ID);
    await page.getByText(RECORD_URL, { exact: true }).waitFor();
    expect(browser.requests).toEqual([]); // typing requests nothing
    await page.getByLabel('Your ORCID iD').press('Enter');
    await confirmImport(page);

    expect(routed).toEqual([RECORD_URL]);
    expect(browser.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${RECORD_URL}`]);
    expect((await readStore(page)).entries.map((e) => e.id).sort()).toEqual(EXPECTED_IDS);
    expect(errors).toEqual([]);
  });
});
