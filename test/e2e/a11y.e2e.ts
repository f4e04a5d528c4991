/// <reference types="chrome" />
/**
 * Accessibility in real Chromium: axe-core finds no WCAG 2.1 A/AA violation on any extension page
 * (every editor section, an entry's edit form, popup, side panel, template authoring), and an entry
 * can be added with the keyboard alone, with a visible focus indicator along the way.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkedSessions, readStore, serveDirectory, type Session } from './harness';
import { demoBackupJson } from './fixtures';
import { button, field, tabTo } from './keyboard';

const sessions = checkedSessions();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.1 A and AA, plus axe's best practices (landmarks, heading order, …), which the pages also meet. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe on the page as it is now. Extension pages forbid inline scripts (CSP), so axe is
 * evaluated through the DevTools protocol (page.evaluate), which the page's CSP does not govern.
 */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

function describeViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n');
      return `${where}: [${v.impact}] ${v.id} — ${v.help}\n${targets}`;
    })
    .join('\n');
}

/** Checks pages one by one as the test moves on, and fails once at the end listing every violation. */
function violationReport() {
  const found: string[] = [];
  return {
    async check(where: string, page: Page): Promise<void> {
      const violations = await axeViolations(page);
      if (violations.length) found.push(describeViolations(where, violations));
    },
    expectNone(): void {
      expect(found.join('\n'), 'axe violations').toBe('');
    },
  };
}

/** The browser's tab id of a page, for opening the review panel on it (sidepanel.html?tab=<id>). */
async function tabIdOf(candor: Session, page: Page): Promise<number> {
  const id = await candor.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
  if (id === undefined) throw new Error(`No tab shows ${page.url()}`);
  return id;
}

async function openSection(editor: Page, hash: string): Promise<void> {
  await editor.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await editor.getByRole('main').getByRole('heading').first().waitFor();
  // Lazy sections and live queries settle before the check.
  await editor.waitForLoadState('networkidle').catch(() => undefined);
  await editor.waitForTimeout(400);
}

describe('accessibility', () => {
  it('axe finds no WCAG 2.1 A/AA or best-practice violation on the editor sections, popup, side panel and template page', async () => {
    const candor: Session = await sessions.launch();
    const report = violationReport();
    // Empty state first: the popup and editor before any data.
    const emptyPopup = await candor.open('popup.html');
    await emptyPopup.getByRole('button', { name: 'Set up your profile' }).waitFor();
    await report.check('popup (no profile)', emptyPopup);
    const editor = await candor.open('options.html');
    await editor.getByRole('button', { name: 'Try with demo data' }).waitFor();
    await report.check('editor (welcome)', editor);

    await editor.getByRole('button', { name: 'Try with demo data' }).click();
    const demo = demoBackupJson();
    await editor.getByText(`Showing ${demo.entries.length} of ${demo.entries.length} entries.`).waitFor();
    // Both colour schemes: the stylesheet has its own dark palette, whose contrast counts too.
    for (const colorScheme of ['light', 'dark'] as const) {
      await editor.emulateMedia({ colorScheme });
      for (const section of ['profile', 'entries', 'backup', 'templates', 'gaps', 'orcid', 'checklists', 'export']) {
        await openSection(editor, `#${section}`);
        await report.check(`editor #${section} (${colorScheme})`, editor);
      }
    }
    await editor.emulateMedia({ colorScheme: 'light' });
    const { entries } = await readStore(editor);
    for (const entry of entries.filter((e, i, all) => all.findIndex((o) => o.kind === e.kind) === i)) {
      await openSection(editor, `#entry=${encodeURIComponent(entry.id)}`);
      await editor.getByRole('button', { name: 'Save entry' }).waitFor();
      await report.check(`editor: edit form of a ${entry.kind} entry`, editor);
    }

    const popup = await candor.open('popup.html');
    await popup.getByRole('button', { name: 'Open editor' }).waitFor();
    await report.check('popup', popup);

    // The review panel as automation opens it (sidepanel.html?tab=<id>, as try-fill's openReview), for
    // a portal form served from loopback: proposals, reasons, checkboxes and the demo record's gap warning.
    const portals = await serveDirectory(path.resolve('test/fixtures/portals'));
    try {
      const portal = await candor.context.newPage();
      await portal.goto(portals.url('nsf-research-gov.html'));
      const panel = await candor.open(`sidepanel.html?tab=${await tabIdOf(candor, portal)}`);
      await panel.getByTestId('fill-apply').waitFor({ timeout: 60_000 });
      await report.check('side panel (fill review)', panel);
      await panel.emulateMedia({ colorScheme: 'dark' });
      await report.check('side panel (fill review, dark)', panel);
      // And for a tab it cannot fill (the editor's): the panel explains why.
      const unfillable = await candor.open(`sidepanel.html?tab=${await tabIdOf(candor, editor)}`);
      await unfillable.getByRole('alert').waitFor();
      await report.check('side panel (page it cannot fill)', unfillable);
    } finally {
      await portals.close();
    }

    const author = await candor.open('template-author.html');
    await author.getByRole('heading').first().waitFor();
    await author.waitForTimeout(400);
    await report.check('template authoring', author);

    report.expectNone();

    // The check itself works: an unlabelled field added to a page is reported.
    await author.evaluate(() => document.querySelector('main')?.append(document.createElement('input')));
    expect((await axeViolations(author)).map((v) => v.id)).toContain('label');
  });

  it('adds an entry with the keyboard alone, with a visible focus indicator', async () => {
    const candor: Session = await sessions.launch();
    const editor = await candor.open('options.html#entries');
    await editor.getByRole('navigation', { name: 'Sections' }).waitFor();

    // Focus is visible: the stylesheet outlines :focus-visible.
    const focusRule = await editor.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => {
        try {
          return [...sheet.cssRules].map((rule) => rule.cssText);
        } catch {
          return [];
        }
      }).find((text) => text.includes(':focus-visible') && /outline:\s*[1-9]/.test(text)),
    );
    expect(focusRule, 'a :focus-visible rule with an outline').toBeTruthy();

    const selectedValue = () => editor.evaluate(() => (document.activeElement as HTMLSelectElement).value);

    await tabTo(editor, field('Kind of new entry'));
    // A focused select changes by typing the start of an option's text.
    await editor.keyboard.type('Support');
    expect(await selectedValue()).toBe('support');
    await tabTo(editor, button('Add entry'));
    await editor.keyboard.press('Enter');
    await editor.getByRole('heading', { name: 'Add support' }).waitFor();

    await tabTo(editor, field('Organisation name'));
    await editor.keyboard.type('Keyboard Research Council');
    await tabTo(editor, field('Project or proposal title'));
    await editor.keyboard.type('Navigating without a mouse');
    await tabTo(editor, field('Status'));
    await editor.keyboard.type('pending');
    expect(await selectedValue()).toBe('pending');
    await tabTo(editor, field('Start date'));
    await editor.keyboard.type('2027');
    await tabTo(editor, button('Save entry'));
    await editor.keyboard.press('Space');

    await editor.getByRole('listitem', { name: /Navigating without a mouse/ }).waitFor();
    const { entries } = await readStore(editor);
    expect(entries.find((e) => e.kind === 'support' && (e as { title?: string }).title === 'Navigating without a mouse')).toBeTruthy();
  });
});
