/**
 * Vitest side of the real-browser harness (cli/browser.ts): one automation copy of the build per
 * run, a Chromium per test file (or per test), and the rule every e2e test ends with — the
 * extension made no network request.
 */
import { afterAll, afterEach } from 'vitest';
import type { Page } from 'playwright-core';
import {
  automationCopy, expectNoExtensionRequests, extensionUrl, launchCandor, type CandorBrowser, type LaunchOptions,
} from '../../cli/browser';

export {
  countByKind, expectNoExtensionRequests, extensionUrl, importBackupViaEditor, readStore, serveDirectory,
} from '../../cli/browser';

let copy: Promise<string> | undefined;
/** The automation variant of the current build, CANDOR_BUILD_DIR or .output/chrome-mv3 (copied once per test file). */
export function automationBuild(): Promise<string> {
  copy ??= automationCopy(process.env.CANDOR_BUILD_DIR);
  return copy;
}

export interface Session extends CandorBrowser {
  /** Uncaught exceptions thrown in any page of this browser, e.g. a React render crash. */
  pageErrors: string[];
  /** Opens an extension page (e.g. 'options.html#backup') in a new tab. */
  open(pagePath: string): Promise<Page>;
}

/** Launches Chromium with the automation build; every page's uncaught errors are collected. */
export async function launch(options: Partial<LaunchOptions> = {}): Promise<Session> {
  const browser = await launchCandor({ extensionDir: await automationBuild(), ...options });
  const pageErrors: string[] = [];
  const watch = (page: Page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  browser.context.pages().forEach(watch);
  browser.context.on('page', watch);
  return {
    ...browser,
    pageErrors,
    async open(pagePath) {
      const page = await browser.context.newPage();
      await page.goto(extensionUrl(browser.extensionId, pagePath));
      return page;
    },
  };
}

/**
 * Registers the end-of-test checks for sessions launched in this file and closes them after the file:
 * after every test, no extension network request and no uncaught page error so far.
 */
export function checkedSessions(): { launch(options?: Partial<LaunchOptions>): Promise<Session> } {
  const sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) {
      expectNoExtensionRequests(session.requests);
      if (session.pageErrors.length) throw new Error(`Uncaught errors in extension pages:\n${session.pageErrors.join('\n')}`);
    }
  });
  afterAll(async () => {
    await Promise.all(sessions.map((s) => s.close().catch(() => undefined)));
  });
  return {
    async launch(options) {
      const session = await launch(options);
      sessions.push(session);
      return session;
    },
  };
}
