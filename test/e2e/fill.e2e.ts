/// <reference types="chrome" />
/**
 * "Fill this page" in real Chromium with the built extension: every fixture portal, forms no map
 * knows (React-style controlled inputs, open shadow roots, frames, rich text), hidden-field traps,
 * undo and an idempotent second run. Values are checked against the demo profile.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { formatNumber } from '@/lib/fill/format';
import { effortFor } from '@/lib/fill/values';
import { demoBackup } from '@/lib/io';
import { fillOpenPage, fillPage, loadProfile, openReview, readControls, type ControlState, type TryFillResult } from '../../cli/commands/try-fill';
import { checkedSessions, serveDirectory, type Session } from './harness';

const sessions = checkedSessions();
let candor: Session;
let server: Awaited<ReturnType<typeof serveDirectory>>;
const demo = demoBackup();
const support = demo.entries.filter((e) => e.kind === 'support');
const currentAndPending = support.filter((e) => e.kind === 'support' && e.status !== 'completed');

beforeAll(async () => {
  candor = await sessions.launch();
  await loadProfile(candor);
  server = await serveDirectory(path.resolve('test/fixtures/portals'));
});
afterAll(async () => {
  await server?.close();
});

const control = (r: TryFillResult | ControlState[], id: string, frame = 'main') =>
  (Array.isArray(r) ? r : r.controls).find((c) => c.id === id && c.frame === frame);
const filled = (r: TryFillResult) => r.fields.filter((f) => f.status === 'filled');
const submitted = (page: Page) => page.evaluate(() => document.body.dataset.submitted ?? 'no');

/** Controls whose id starts with `prefix`, in page order. */
const values = (r: TryFillResult, prefix: RegExp) => r.controls.filter((c) => prefix.test(c.id)).map((c) => c.value);

describe('fixture portals', () => {
  it('NSF Research.gov: one row per current/pending award (rows added), in-kind, certification left alone', async () => {
    const { page, result } = await fillPage(candor, server.url('nsf-research-gov.html'));
    expect(result.portal).toBe('nsf-research-gov');
    expect(values(result, /^title-\d+$/).sort()).toEqual(currentAndPending.map((e) => (e as { title: string }).title).sort());
    expect(control(result, 'pid')?.value).toBe(demo.profile.person.orcid);
    const nih = currentAndPending.find((e) => e.organization.name === 'National Institutes of Health')!;
    const row = result.controls.find((c) => c.value === (nih as { title: string }).title)!.id.split('-')[1];
    expect(control(result, `start-${row}`)?.value).toBe('04/2023');
    expect(control(result, `end-${row}`)?.value).toBe('03/2028');
    expect(control(result, `amount-${row}`)?.value).toBe('2150000');
    expect(control(result, `status-${row}`)?.value).toBe('CURRENT');
    expect(values(result, /^ik-source-/).sort()).toEqual(['Clearwater Analytical Instruments, Inc.', 'University of Toronto']);
    expect(values(result, /^trap-title-/).every((v) => v === '')).toBe(true);
    expect(control(result, 'certify')?.checked).toBe(false);
    expect(control(result, 'offscreen-email')?.value).toBe('');
    expect(result.fields.find((f) => f.selector === '#certify')).toMatchObject({ status: 'skipped', reason: 'certification' });
    expect(await submitted(page)).toBe('no');
    // The certification is outlined for the researcher.
    expect(await page.locator('#certify').evaluate((el) => (el as HTMLElement).style.outline)).toContain('dashed');
    await page.close();
  });

  it('NIH Other Support: active and pending in their own sections, dl/dd labels, signature untouched', async () => {
    const { page, result } = await fillPage(candor, server.url('nih-other-support.html'));
    expect(result.portal).toBe('nih-other-support');
    expect(values(result, /^act-title-/)).toHaveLength(support.filter((e) => e.kind === 'support' && e.status === 'current').length);
    expect(values(result, /^pen-title-/)).toHaveLength(support.filter((e) => e.kind === 'support' && e.status === 'pending').length);
    expect(control(result, 'individual-name')?.value).toBe('Ada Okafor');
    expect(control(result, 'commons-id')?.value).toBe('AOKAFOR');
    expect(values(result, /^act-status-/).every((v) => v === 'Active')).toBe(true);
    expect(values(result, /^pen-status-/).every((v) => v === 'Pending')).toBe(true);
    expect(control(result, 'signature')?.value).toBe('');
    expect(control(result, 'hp-website')?.value).toBe('');
    expect(await submitted(page)).toBe('no');
    await page.close();
  });

  it('Grants.gov: label cells beside fields; password, file and AOR signature never filled', async () => {
    const { result } = await fillPage(candor, server.url('grants-gov.html'));
    expect(result.portal).toBe('grants-gov');
    expect(control(result, 'PDPI_FirstName')?.value).toBe('Ada');
    expect(control(result, 'PDPI_LastName')?.value).toBe('Okafor');
    expect(control(result, 'PDPI_Email')?.value).toBe('a.okafor@example.edu');
    expect(control(result, 'PDPI_Credential')?.value).toBe('AOKAFOR');
    expect(control(result, 'PDPI_Country')?.value).toBe('USA: UNITED STATES');
    expect(control(result, 'PDPI_Prefix')?.value).toBe('');
    expect(control(result, 'pw')?.value).toBe('');
    expect(control(result, 'aor-sig')?.value).toBe('');
    expect(control(result, 'AOR_Agree')?.checked).toBe(false);
  });

  it('UKRI: talent question answered No from the record, split month/year, pounds left for a USD amount', async () => {
    const { result } = await fillPage(candor, server.url('ukri-funding-service.html'));
    expect(result.portal).toBe('ukri-funding-service');
    expect(control(result, 'talent-no')?.checked).toBe(true);
    expect(control(result, 'talent-yes')?.checked).toBe(false);
    expect(values(result, /^ptitle-/)).toHaveLength(currentAndPending.length);
    expect(values(result, /^amount-/).every((v) => v === '')).toBe(true);
    expect(result.fields.filter((f) => f.key === 'support.totalAmount.amount').every((f) => f.reason === 'currency-mismatch')).toBe(true);
    const row = result.controls.find((c) => /^ptitle-/.test(c.id) && c.value.startsWith('Exposure pathways'))!.id.split('-')[1];
    expect(control(result, `sd-${row}-month`)?.value).toBe('04');
    expect(control(result, `sd-${row}-year`)?.value).toBe('2023');
    expect(control(result, 'hp-funder')?.value).toBe('');
    expect(control(result, 'confirm')?.checked).toBe(false);
  });

  it('ERC / EU Funding & Tenders: two-level table headers, euros not filled with dollars, covered trap left', async () => {
    const { result } = await fillPage(candor, server.url('eu-funding-tenders.html'));
    expect(result.portal).toBe('eu-funding-tenders');
    expect(values(result, /^g-title-/)).toHaveLength(currentAndPending.length);
    expect(values(result, /^g-start-/).every((v) => /^\d\d\/\d{4}$/.test(v))).toBe(true);
    expect(values(result, /^g-amount-/).every((v) => v === '')).toBe(true);
    // PI → Principal Investigator, co-I → Co-Investigator; co-PI has no option of its own and, not
    // being the principal investigator, takes Co-Investigator.
    expect(values(result, /^g-role-/).sort()).toEqual(['COI', 'COI', 'COI', 'PI', 'PI']);
    expect(control(result, 'covered')?.value).toBe('');
    expect(control(result, 'decl-1')?.checked).toBe(false);
  });

  it('Convergence (fr): statut, rôle and devise chosen from French options, aaaa/mm dates', async () => {
    const { result } = await fillPage(candor, server.url('ca-researchnet-convergence.html'));
    expect(result.portal).toBe('ca-researchnet-convergence');
    expect(control(result, 'prenom')?.value).toBe('Ada');
    expect(control(result, 'nom')?.value).toBe('Okafor');
    const row = result.controls.find((c) => /^titre-/.test(c.id) && c.value.startsWith('Exposure pathways'))!.id.split('-')[1];
    expect(control(result, `statut-${row}`)?.value).toBe('O');
    expect(control(result, `role-${row}`)?.value).toBe('CC');
    expect(control(result, `debut-${row}`)?.value).toBe('2023/04');
    expect(control(result, `devise-${row}`)?.value).toBe('USD');
    expect(control(result, `montant-${row}`)?.value).toBe('2150000');
    expect(control(result, 'piege')?.value).toBe('');
    expect(control(result, 'atteste')?.checked).toBe(false);
  });

  it('e-Rad (ja): 研究者情報 and 研究費 rows; 誓約 and 確認しました never ticked; effort % as the whole-percent share of a full-time year', async () => {
    const { result } = await fillPage(candor, server.url('jp-e-rad.html'));
    expect(result.portal).toBe('jp-e-rad');
    expect(control(result, 'sei')?.value).toBe('Okafor');
    expect(control(result, 'mei')?.value).toBe('Ada');
    expect(values(result, /^kadai-/)).toHaveLength(currentAndPending.length);
    expect(values(result, /^betsu-/).sort()).toEqual(['1', '1', '1', '2', '2']);
    // エフォート is the share of all working time in whole percent: person-months this year over 12.
    const percent = (e: (typeof currentAndPending)[number]) => {
      const months = effortFor(e, '', new Date())?.personMonths;
      return months === undefined ? '' : formatNumber(Math.round((months / 12) * 100));
    };
    expect(values(result, /^effort-/).sort()).toEqual(currentAndPending.map(percent).sort());
    expect(values(result, /^sogaku-/).every((v) => v === '')).toBe(true);
    expect(control(result, 'seiyaku')?.checked).toBe(false);
    expect(control(result, 'kakunin')?.checked).toBe(false);
  });

  it('a German form no map knows: heuristics fill MM.JJJJ dates and add table rows', async () => {
    const { result } = await fillPage(candor, server.url('generic-de.html'));
    expect(result.portal).toBeNull();
    expect(control(result, 'vorname')?.value).toBe('Ada');
    expect(values(result, /^titel-/).length).toBe(support.filter((e) => e.kind === 'support' && e.status === 'current').length);
    expect(values(result, /^beginn-/).every((v) => /^\d\d\.\d{4}$/.test(v))).toBe(true);
    expect(control(result, 'versichere')?.checked).toBe(false);
  });
});

describe('forms built with frameworks, components and frames', () => {
  it('React-style controlled inputs keep the filled values in their state', async () => {
    const { page } = await fillPage(candor, server.url('react-controlled.html'));
    await page.waitForTimeout(500); // the page re-renders from its state every 200 ms
    const state = JSON.parse((await page.locator('#state').textContent()) ?? '{}');
    expect(state.title).toMatch(/\w/);
    expect(state.sponsor).toMatch(/\w/);
    expect(state.start).toMatch(/^\d{4}-\d\d$/);
    expect(state.status).toBe('active');
    expect(await page.locator('#r-title').inputValue()).toBe(state.title);
    await page.close();
  });

  it('fills inside open shadow roots, not the hidden twin', async () => {
    const { result } = await fillPage(candor, server.url('shadow-dom.html'));
    const byName = (n: string) => result.controls.find((c) => c.name === n);
    expect(byName('orcid')?.value).toBe(demo.profile.person.orcid);
    expect(byName('email')?.value).toBe(demo.profile.person.email);
    expect(byName('department')?.value).toBe('Chemistry');
    expect(byName('trapEmail')?.value).toBe('');
  });

  it('fills a same-origin frame and a cross-origin frame', async () => {
    const { result } = await fillPage(candor, server.url('iframe.html'));
    expect(control(result, 'given', 'personal')?.value).toBe('Ada');
    expect(control(result, 'orcid', 'personal')?.value).toBe(demo.profile.person.orcid);
    expect(control(result, 't-no', 'disclosure')?.checked).toBe(true);
    expect(control(result, 'x-email', 'disclosure')?.value).toBe(demo.profile.person.email);
  });

  it('writes rich-text boxes through paste (editor model) and plain contenteditable', async () => {
    const { page } = await fillPage(candor, server.url('rich-text.html'));
    const model = await page.locator('#model').textContent();
    expect(model).toMatch(/\w{5}/);
    expect(await page.locator('#objectives').textContent()).toBe(model);
    expect((await page.locator('#overlap').textContent())?.length).toBeGreaterThan(3);
    await page.close();
  });
});

describe('safety, undo, idempotence', () => {
  it('fills nothing hidden, invisible, covered, disabled, kept out of the keyboard order, password, payment or certification; a radio drawn by its visible label, or a field under a toolbar pinned to the window, is filled', async () => {
    const { page, result } = await fillPage(candor, server.url('traps.html'));
    expect(filled(result).map((f) => f.selector).sort()).toEqual(['#real-below', '#real-scrolled', '#real-talent-no', '#real-title', '#real-under-bar']);
    for (const shielded of ['#t-shield-below', '#t-shield-block', '#t-shield-deep', '#t-shield-sliver', '#t-shield-flush']) expect(result.fields.find((f) => f.selector === shielded)).toMatchObject({ status: 'skipped', reason: 'covered' });
    expect(result.fields.find((f) => f.selector === '#t-honeypot')).toMatchObject({ status: 'skipped', reason: 'unreachable' });
    for (const c of result.controls) {
      if (c.id.startsWith('real-')) continue;
      const untouched = c.id === 't-type-hidden' ? 'keep' : c.type === 'checkbox' || c.type === 'radio' ? 'on' : '';
      expect({ id: c.id, value: c.value, checked: c.checked }).toEqual({ id: c.id, value: untouched, checked: false });
    }
    expect(await submitted(page)).toBe('no');
    await page.close();
  });

  it('a control the page covers after the review is not filled', async () => {
    const page = await candor.context.newPage();
    onTestFinished(() => page.close());
    await page.goto(server.url('traps.html'));
    const panel = await openReview(candor, page);
    onTestFinished(() => panel.close());
    // The review has listed #real-title; only then does the page lay an overlay over it.
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.style.cssText = 'position:fixed;inset:0;background:white';
      document.body.append(cover);
    });
    await panel.getByTestId('fill-apply').click();
    const report = panel.getByTestId('fill-report');
    await report.waitFor({ state: 'attached' });
    const fields = (JSON.parse((await report.textContent()) ?? '{}') as TryFillResult).fields;
    expect(fields.find((f) => f.selector === '#real-title')).toMatchObject({ status: 'skipped', reason: 'covered' });
    expect(await page.locator('#real-title').inputValue()).toBe('');
  });

  it('Undo restores every touched control', async () => {
    const page = await candor.context.newPage();
    await page.goto(server.url('nsf-research-gov.html'));
    const before = await readControls(page);
    onTestFinished(() => page.close());
    const { panel, result } = await fillOpenPage(candor, page, true);
    expect(filled(result).length).toBeGreaterThan(20);
    await panel.getByTestId('fill-undo').click();
    await panel.getByTestId('fill-undone').waitFor();
    const after = await readControls(page);
    // Rows the page added stay (they were empty before they were filled); every value is back.
    for (const c of before) expect(after.find((a) => a.id === c.id && a.frame === c.frame)).toEqual(c);
    expect(after.filter((c) => !before.some((b) => b.id === c.id)).every((c) => c.value === '' || c.type === 'select-one')).toBe(true);
    expect(after.filter((c) => c.type === 'select-one').every((c) => c.value === '')).toBe(true);
    expect(await page.locator('#title-0').evaluate((el) => (el as HTMLElement).style.outline)).toBe('');
    await panel.close();
  });

  it('details a "Yes" opens: nothing written unseen — the panel offers them for review, fills them, and Undo closes them again', async () => {
    const page = await candor.context.newPage();
    onTestFinished(() => page.close());
    await page.goto(server.url('reveal.html'));
    const before = await readControls(page);
    const panel = await openReview(candor, page);
    onTestFinished(() => panel.close());
    await panel.getByTestId('fill-apply').click();
    await panel.getByTestId('fill-revealed').waitFor();
    expect(await page.locator('#sfi-yes').isChecked()).toBe(true);
    // The first round wrote only what the review showed: the answer.
    expect((await readControls(page)).filter((c) => /^sfi-(entity|value)-/.test(c.id)).every((c) => c.value === '')).toBe(true);
    await panel.getByTestId('fill-revealed').click();
    await panel.getByTestId('fill-apply').waitFor();
    const shown = await panel.getByTestId('proposal-value').allTextContents();
    const interests = demo.entries.filter((e) => e.kind === 'financialInterest').map((e) => (e as { organization: { name: string } }).organization.name);
    expect(shown).toContain(interests[0]);
    await panel.getByTestId('fill-apply').click();
    await panel.getByTestId('fill-undo').waitFor();
    const after = await readControls(page);
    expect(control(after, 'sfi-entity-0')?.value).toBe(interests[0]);
    expect(shown).toContain(control(after, 'sfi-entity-1')?.value);
    await panel.getByTestId('fill-undo').click();
    await panel.getByTestId('fill-undone').waitFor();
    expect(await readControls(page)).toEqual(before);
    expect(await page.locator('#sfi-details').isHidden()).toBe(true);
  });

  it('try-fill accepts the offer as a researcher would: one report over both rounds', async () => {
    const { page, result } = await fillPage(candor, server.url('reveal.html'));
    onTestFinished(() => page.close());
    expect(filled(result).map((f) => f.selector).sort()).toEqual(['#sfi-entity-0', '#sfi-entity-1', '#sfi-value-0', '#sfi-value-1', '#sfi-yes']);
    expect(result.fields.filter((f) => f.reason === 'hidden')).toEqual([]);
  });

  it('a second run adds no rows and changes nothing', async () => {
    const page = await candor.context.newPage();
    onTestFinished(() => page.close());
    await page.goto(server.url('nsf-research-gov.html'));
    const first = await fillOpenPage(candor, page);
    expect(filled(first.result).length).toBeGreaterThan(20);
    const second = await fillOpenPage(candor, page);
    expect(second.result.controls).toEqual(first.result.controls);
    expect(filled(second.result)).toEqual([]);
    expect(second.result.fields.filter((f) => f.reason === 'already-filled').length).toBe(filled(first.result).length);
  });
});
