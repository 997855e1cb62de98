// The « Évolution » section in a real browser (Debian's chromium through playwright-core), from
// hand-made figures: the evolution chart is one Tab stop, the arrows go year by year through
// exports, imports and balance with their exact values, and the page has no console error.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../../src/report/pdf/chromium.js';
import { renderFiche } from '../../../src/report/fiche/index.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { skipWithout, webBrowserTool } from '../../helpers/tools.js';
import { input, withHistory } from './evolution-fixtures.js';

const browserTool = webBrowserTool();

describe.skipIf(skipWithout([browserTool], 'la section Évolution dans Chromium'))(
  'la section Évolution dans Chromium',
  () => {
    let browser: Browser;
    let url: string;

    beforeAll(async () => {
      const file = path.join(tempDir('territrade-evolution-browser-'), '42-loire.html');
      fs.writeFileSync(file, renderFiche(input(withHistory())));
      url = pathToFileURL(file).href;
      browser = await chromium.launch({ executablePath: browserTool.path!, args: CHROMIUM_ARGS, headless: true });
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('se parcourt au clavier année par année : exportations, importations, solde', async () => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(url, { waitUntil: 'load' });
      expect(await page.locator('#graphique-evolution .chart-wide svg [tabindex="0"]').count()).toBe(1);
      const marks = page.locator('#graphique-evolution .chart-wide [data-tip]');
      expect(await marks.count()).toBe(3 * 7);
      await marks.first().focus();
      const focused = () => page.evaluate('document.activeElement.getAttribute("aria-label")');
      expect(await focused()).toBe('2019 – exportations\u00A0: 4\u00A0010,5\u00A0M€');
      await page.keyboard.press('ArrowRight');
      expect(await focused()).toBe('2019 – importations\u00A0: 4\u00A0390,2\u00A0M€');
      await page.keyboard.press('ArrowRight');
      expect(await focused()).toBe('2019 – solde commercial\u00A0: \u2212379,7\u00A0M€ (déficit)');
      expect(await page.locator('.tooltip').textContent()).toBe(
        '2019 – solde commercial\u00A0: \u2212379,7\u00A0M€ (déficit)',
      );
      await page.keyboard.press('End');
      expect(await focused()).toBe('2025 (T1–T2) – solde commercial\u00A0: \u2212175,5\u00A0M€ (déficit)');
      // The section comes right after the key figures on screen too.
      const [keyBottom, sectionTop] = await page.evaluate<[number, number]>(
        `[document.querySelector('.key-figures').getBoundingClientRect().bottom, document.querySelector('section[aria-labelledby="evolution-titre"]').getBoundingClientRect().top]`,
      );
      expect(sectionTop).toBeGreaterThan(keyBottom);
      expect(problems).toEqual([]);
      await page.close();
    });
  },
);
