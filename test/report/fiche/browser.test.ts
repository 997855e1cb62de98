// The fiche in a real browser (Debian's chromium through playwright-core): four charts, a
// tooltip on hover and on keyboard focus, no console error and no request leaving the page.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../../src/report/pdf/chromium.js';
import { tempDir } from '../../helpers/store.js';
import { chromiumTool, skipWithout } from '../../helpers/tools.js';
import { demoFiche } from './demo-fiche.js';

const browserTool = chromiumTool();

describe.skipIf(skipWithout([browserTool], 'la fiche dans Chromium'))('la fiche dans Chromium', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const dir = tempDir('territrade-fiche-browser-');
    const file = path.join(dir, 'departements', '42-loire.html');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await demoFiche(inject('demoStore'), '42'));
    url = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: browserTool.path!, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open() {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    return { page, problems, requests };
  }

  it('montre les quatre graphiques du département, sans erreur ni requête sortante', async () => {
    const { page, problems, requests } = await open();
    for (const id of ['graphique-partenaires', 'graphique-activites', 'graphique-exportations', 'graphique-importations']) {
      await expect(page.locator(`#${id} svg.chart`).isVisible()).resolves.toBe(true);
    }
    // The embedded font is the one used, not a fallback.
    expect(await page.evaluate("document.fonts.check(\"16px 'Source Sans 3'\")")).toBe(true);
    expect(await page.locator('h1').textContent()).toContain('Les indicateurs clés');
    expect(await page.locator('.demo-banner').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('affiche la valeur exacte et la part au survol d’une barre et d’un flux', async () => {
    const { page, problems } = await open();
    const tooltip = page.locator('.tooltip');
    await expect(tooltip.isVisible()).resolves.toBe(false);
    await page.locator('#graphique-partenaires .bar-export').first().hover();
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toMatch(/^Allemagne – exportations : [\d\u00a0]+,\d\u00a0M€ \([\d,]+\u00a0% des exportations\)$/);
    await page.locator('#graphique-exportations path.link.highlight').first().hover({ force: true });
    expect(await tooltip.textContent()).toMatch(/→ .* : .*M€, soit .*% des exportations/);
    await page.mouse.move(2, 2);
    expect(await tooltip.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('se parcourt au clavier : lien d’évitement, marques focalisables, infobulle au focus', async () => {
    const { page } = await open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Aller au contenu');
    const cell = page.locator('#graphique-activites rect.cell').first();
    expect(await cell.getAttribute('tabindex')).toBe('0');
    expect(await cell.getAttribute('aria-label')).toMatch(/M€/);
    await cell.focus();
    expect(await page.locator('.tooltip').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('.tooltip').isVisible()).toBe(false);
    // The data table opens from its toggle and formats numbers the French way.
    await page.locator('#graphique-partenaires summary').click();
    expect(await page.locator('#graphique-partenaires table.data tbody tr').first().textContent()).toMatch(/Allemagne[\d\u00a0]+/);
    await page.close();
  });
});
