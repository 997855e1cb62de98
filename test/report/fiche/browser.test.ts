// The fiche in a real browser (Debian's chromium through playwright-core): four charts, a
// tooltip on hover and on keyboard focus, one Tab stop per chart with arrow keys inside, chart
// text of at least 11 CSS px on a 390 px phone, no console error and no request leaving the page.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../../src/report/pdf/chromium.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { axeViolations } from '../../helpers/axe.js';
import { skipWithout, webBrowserTool } from '../../helpers/tools.js';
import { renderFiche } from '../../../src/report/fiche/index.js';
import { demoFiche, demoFicheInput } from './demo-fiche.js';

const browserTool = webBrowserTool();

describe.skipIf(skipWithout([browserTool], 'la fiche dans Chromium'))('la fiche dans Chromium', () => {
  let browser: Browser;
  let url: string;
  let printUrl: string;
  /** The other fiches axe checks: a DROM, Paris, a région, France. */
  const others: Record<string, string> = {};

  beforeAll(async () => {
    const dir = tempDir('territrade-fiche-browser-');
    const file = path.join(dir, 'departements', '42-loire.html');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await demoFiche(inject('demoStore'), '42'));
    url = pathToFileURL(file).href;
    const printFile = path.join(dir, 'departements', '42-loire-impression.html');
    fs.writeFileSync(
      printFile,
      renderFiche({ ...(await demoFicheInput(inject('demoStore'), '42')), variant: 'print' }),
    );
    printUrl = pathToFileURL(printFile).href;
    for (const [query, name] of [
      ['971', 'departements/971-guadeloupe.html'],
      ['75', 'departements/75-paris.html'],
      ['region:84', 'regions/84-auvergne-rhone-alpes.html'],
      ['france', 'france.html'],
    ]) {
      const other = path.join(dir, ...name!.split('/'));
      fs.mkdirSync(path.dirname(other), { recursive: true });
      fs.writeFileSync(other, await demoFiche(inject('demoStore'), query!));
      others[query!] = pathToFileURL(other).href;
    }
    browser = await chromium.launch({ executablePath: browserTool.path!, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(viewport = { width: 1100, height: 900 }) {
    const page = await browser.newPage({ viewport });
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
    for (const id of [
      'graphique-partenaires',
      'graphique-activites',
      'graphique-exportations',
      'graphique-importations',
    ]) {
      await expect(page.locator(`#${id} .chart-wide svg.chart`).isVisible()).resolves.toBe(true);
      await expect(page.locator(`#${id} .chart-narrow svg.chart`).isVisible()).resolves.toBe(false);
    }
    // The embedded font is the one used, not a fallback.
    expect(await page.evaluate('document.fonts.check("16px \'Source Sans 3\'")')).toBe(true);
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
    expect(await tooltip.textContent()).toMatch(
      /^Allemagne – exportations\u00a0: [\d\u00a0]+,\d\u00a0M€ \([\d,]+\u00a0% des exportations\)$/,
    );
    await page.locator('#graphique-exportations path.link.highlight').first().hover({ force: true });
    expect(await tooltip.textContent()).toMatch(/→ .*\u00a0: .*M€, soit .*% des exportations/);
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
    expect(await page.locator('#graphique-activites rect.cell').nth(1).getAttribute('tabindex')).toBe('-1');
    expect(await cell.getAttribute('aria-label')).toMatch(/M€/);
    await cell.focus();
    expect(await page.locator('.tooltip').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('.tooltip').isVisible()).toBe(false);
    // The data table opens from its toggle and formats numbers the French way.
    await page.locator('#graphique-partenaires summary >> nth=0').click();
    expect(await page.locator('#graphique-partenaires table.data tbody tr').first().textContent()).toMatch(
      /Allemagne[\d\u00a0]+/,
    );
    await page.close();
  });

  it('donne un seul arrêt de tabulation par graphique, et les flèches parcourent ses valeurs', async () => {
    const { page, problems } = await open();
    const stops = await page.evaluate(
      `Array.from(document.querySelectorAll('svg.chart')).map((svg) => svg.querySelectorAll('[tabindex="0"]').length)`,
    );
    expect((stops as number[]).length).toBeGreaterThanOrEqual(4);
    for (const n of stops as number[]) expect(n).toBe(1);
    // Tab through the whole page: the focus lands once in each chart.
    const entered: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate<string>(
        `(() => { const a = document.activeElement; const svg = a && a.closest('svg.chart'); return a === document.body ? 'fin' : svg ? svg.closest('figure').id : ''; })()`,
      );
      if (where === 'fin') break;
      if (where) entered.push(where);
    }
    expect(entered.length).toBeGreaterThanOrEqual(4);
    expect(new Set(entered).size).toBe(entered.length);
    // Inside a chart, the arrows move from value to value; the focused value is shown and labelled.
    const bars = page.locator('#graphique-partenaires .chart-wide [data-tip]');
    await bars.first().focus();
    const label = (n: number) => bars.nth(n).getAttribute('aria-label');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe(await label(1));
    expect(await page.locator('.tooltip').textContent()).toBe(await label(1));
    expect(await bars.nth(1).getAttribute('tabindex')).toBe('0');
    expect(await bars.first().getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('End');
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe(
      await label((await bars.count()) - 1),
    );
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe(await label(0));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('garde le texte des graphiques à 11 px au moins sur un téléphone de 390 px, sans défilement latéral', async () => {
    const { page } = await open({ width: 390, height: 844 });
    const sizes = await page.evaluate<
      { min: number; count: number; scrolls: boolean; frameWidth: number }[]
    >(`Array.from(document.querySelectorAll('svg.chart')).filter((svg) => svg.getClientRects().length > 0).map((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const texts = Array.from(svg.querySelectorAll('text')).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      const frame = svg.closest('.chart-frame');
      return { min: Math.min(...texts), count: texts.length, scrolls: frame.scrollWidth > frame.clientWidth, frameWidth: frame.clientWidth };
    })`);
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    for (const s of sizes) {
      expect(s.count).toBeGreaterThan(3);
      expect(s.min).toBeGreaterThanOrEqual(11);
      // The chart's narrow layout fits its frame, which stays within the phone's width.
      expect(s.scrolls).toBe(false);
      expect(s.frameWidth).toBeLessThanOrEqual(390);
    }
    await page.close();
  });

  it('écrit la ligne de source sous chaque graphique', async () => {
    const { page } = await open();
    const sources = await page.evaluate<
      ({ text: string; below: boolean } | null)[]
    >(`Array.from(document.querySelectorAll('svg.chart')).filter((svg) => svg.getClientRects().length > 0).map((svg) => {
      const g = svg.querySelector('g.source');
      if (!g) return null;
      const box = g.getBBox();
      return { text: Array.from(g.querySelectorAll('text')).map((t) => t.textContent).join(' '), below: box.y + box.height >= svg.viewBox.baseVal.height - 2 };
    })`);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const s of sources) {
      expect(s?.text).toMatch(/^Source\u00a0: données fictives de démonstration, 2024\u00a0; traitement territrade$/);
      expect(s?.below).toBe(true);
    }
    await page.close();
  });

  it('imprime le texte des graphiques à 7 pt au moins sur A4, comparaisons comprises', async () => {
    // The PDF's A4 page less its 15 mm side margins: 180 mm = 680 CSS px.
    const page = await browser.newPage({ viewport: { width: 680, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(printUrl, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    const charts = await page.evaluate<
      { id: string; minPt: number }[]
    >(`Array.from(document.querySelectorAll('svg.chart')).map((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const sizes = Array.from(svg.querySelectorAll('text')).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      return { id: svg.closest('figure').id, minPt: Math.min(...sizes) * 0.75 };
    })`);
    // The Loire's four charts and the région's and France's two Sankey diagrams each.
    expect(
      charts.filter((c) => c.id.startsWith('graphique-exportations-') || c.id.startsWith('graphique-importations-')),
    ).toHaveLength(4);
    for (const c of charts) expect(c.minPt, c.id).toBeGreaterThanOrEqual(7);
    await page.close();
  });

  for (const width of [1366, 390]) {
    it(`ne présente aucune violation axe-core à ${width} px : Loire, Guadeloupe, Paris, Auvergne-Rhône-Alpes, France`, async () => {
      for (const target of [url, ...Object.values(others)]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(target, { waitUntil: 'load' });
        expect(await axeViolations(page), `${target} à ${width} px`).toEqual([]);
        await page.close();
      }
      // Five whole fiches (six charts each since « Pistes d'action », wide and narrow): 50 to 90 s on a loaded machine.
    }, 400_000);

    it(`déroule tout tableau hors bascule avec la page, sans boîte à défilement vertical, à ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const target of [url, others['75']!]) {
        await page.goto(target, { waitUntil: 'load' });
        const boxed = await page.evaluate(`[...document.querySelectorAll('.table-wrap')]
          .filter((w) => !w.closest('details') && w.scrollHeight > w.clientHeight + 1)
          .map((w) => w.getAttribute('aria-label') + ' : ' + w.clientHeight + ' / ' + w.scrollHeight + ' px')`);
        expect(boxed, `${target} à ${width} px`).toEqual([]);
      }
      await page.close();
    });
  }

  it('propose le PDF de la fiche et un bouton d’impression, absents du papier', async () => {
    const { page } = await open();
    const pdf = page.getByRole('link', { name: 'Télécharger la fiche (PDF)' });
    expect(await pdf.getAttribute('href')).toBe('42-loire.pdf');
    expect(await page.getByRole('button', { name: 'Imprimer la fiche' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await pdf.isVisible()).toBe(false);
    await page.close();
  });

  it('dit dans la fiche d’un DROM que ses échanges avec la métropole et les autres DROM ne sont pas comptés', async () => {
    const page = await browser.newPage();
    await page.goto(others['971']!, { waitUntil: 'load' });
    expect(await page.locator('.notice.drom').textContent()).toMatch(
      /France métropolitaine et avec les autres départements et régions d’outre-mer \(DROM\) ne sont pas comptés/,
    );
    await page.close();
  });
});
