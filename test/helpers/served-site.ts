// The set-up of the site's browser tests: a site written into a temporary folder, served by
// territrade's own server, read in Debian's full Chromium (playwright-core). Each test gets a fresh
// page, and fails if that page logged an error or warning, threw, or asked for anything outside
// the local server. Call inside the `describe.skipIf(skipWithout([webBrowserTool()], …))` block.
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/report/pdf/chromium.js';
import { startSiteServer, type RunningSite } from '../../src/serve/server.js';
import { tempDir } from './temp-dir.js';

export interface ServedSite {
  /** The temporary folder the site was written into (set in beforeAll). */
  dir: string;
  site: RunningSite;
  browser: Browser;
  /** The current test's page (opened before each test, closed after it). */
  page: Page;
  /** What went wrong in the page so far: console errors and warnings, exceptions, outside requests. */
  problems: string[];
}

export interface ServedSiteSetup {
  /** Prefix of the temporary folder's name. */
  prefix: string;
  /** The Chromium to launch (chromiumTool().path). */
  chromiumPath: string | null;
  /** Writes the site into `dir`; returns the folder to serve (`dir` itself or a folder in it). */
  write(dir: string): Promise<string> | string;
  /** Path (under the site's address) each page opens before its test; none by default. */
  goto?: string;
}

export function useServedSite(setup: ServedSiteSetup): ServedSite {
  const web = { problems: [] as string[] } as ServedSite;

  beforeAll(async () => {
    web.dir = tempDir(setup.prefix);
    const root = await setup.write(web.dir);
    web.site = await startSiteServer(root, 0);
    web.browser = await chromium.launch({ executablePath: setup.chromiumPath!, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await web.browser?.close();
    await web.site?.close();
    if (web.dir) fs.rmSync(web.dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    const problems: string[] = [];
    web.problems = problems;
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    web.page = page;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(web.site.url) && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
    });
    if (setup.goto !== undefined) await page.goto(`${web.site.url}${setup.goto}`);
  });

  afterEach(async () => {
    await web.page.close();
    // No console error, no uncaught exception, no request leaving the local server.
    expect(web.problems).toEqual([]);
  });

  return web;
}
