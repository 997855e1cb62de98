// The « Classements » page in a real browser (issue 22 point 6): the page that `build` writes, from
// the figures of every territory of the demo store, served by territrade's own server and opened
// as a file. Its rows are those of `territrade rank --json` (order, ranks, values, activities), its
// columns sort, its address keeps the choice; no serious axe violation at 1366 and 390 px.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { allTerritories } from '../../../src/pipeline/only.js';
import { StoreFigures } from '../../../src/pipeline/figures.js';
import { rankingPageHtml } from '../../../src/pipeline/ranking-page.js';
import { productsText } from '../../../src/report/text/rank-output.js';
import { Store } from '../../../src/store/store.js';
import { axeViolations } from '../../helpers/axe.js';
import { runCli } from '../../helpers/cli.js';
import { useServedSite } from '../../helpers/served-site.js';
import { skipWithout, webBrowserTool } from '../../helpers/tools.js';
import { writeDemoSite } from './demo-site.js';

const browserTool = webBrowserTool();

interface RankJson {
  count: number;
  territories: {
    rank: number | null;
    code: string;
    value: number | null;
    products: { code: string; name: string; value_eur: number }[];
  }[];
}

describe.skipIf(skipWithout([browserTool], '« Classements » page in Chromium'))(
  '« Classements » page in Chromium',
  () => {
    const web = useServedSite({
      prefix: 'territrade-ranking-page-',
      chromiumPath: browserTool.path,
      write: async (dir) => {
        await writeDemoSite(inject('demoStore'), dir, { rankingHref: 'classements.html' });
        const store = await Store.open(inject('demoStore'), { readOnly: true });
        try {
          const loaded = await StoreFigures.load(store);
          const figures = allTerritories()
            .filter((t) => loaded.hasRows(t))
            .map((t) => loaded.figures(t));
          const o = { year: 2024, demo: true, generatedAt: '2025-01-15T08:00:00Z', toolVersion: '0.1.0' };
          fs.writeFileSync(path.join(dir, 'classements.html'), rankingPageHtml(figures, '2024', o));
        } finally {
          store.close();
        }
        return dir;
      },
    });

    const column = (n: number, attr = 'data-valeur') =>
      web.page
        .locator(`#classement tbody tr > :nth-child(${n})`)
        .evaluateAll((cells, a) => cells.map((c) => c.getAttribute(a) ?? c.textContent), attr);

    const rankJson = (key: string, regions: boolean): RankJson => {
      const args = ['rank', key, '--json', '--store', inject('demoStore'), ...(regions ? ['--regions'] : [])];
      const cli = runCli(args);
      expect(cli.code, cli.stderr).toBe(0);
      return JSON.parse(cli.stdout) as RankJson;
    };

    async function expectRows(json: RankJson, key: string): Promise<void> {
      expect(await column(2), key).toEqual(json.territories.map((t) => t.code));
      expect(await column(1), key).toEqual(json.territories.map((t) => (t.rank === null ? '' : String(t.rank))));
      expect(
        (await column(4)).map((v) => (v === '' ? null : Number(v))),
        key,
      ).toEqual(json.territories.map((t) => t.value));
      const activities = await web.page.locator('#classement tbody tr > :nth-child(5)').allTextContents();
      expect(activities, key).toEqual(json.territories.map((t) => productsText(t.products)));
    }

    it('shows the rows of rank --json for the chosen indicator', { timeout: 240_000 }, async () => {
      await web.page.goto(`${web.site.url}classements.html`);
      await expectRows(rankJson('exportations', false), 'exportations');
      await web.page.selectOption('#indicateur', 'part-etats-unis');
      await expectRows(rankJson('part-etats-unis', false), 'part-etats-unis');
    });

    it('ranks the régions as rank --regions, and keeps the choice in the address', { timeout: 240_000 }, async () => {
      await web.page.goto(`${web.site.url}classements.html?indicateur=evolution-exportations`);
      await web.page.getByLabel('les régions').check();
      expect(new URL(web.page.url()).search).toBe('?indicateur=evolution-exportations&echelle=regions');
      const json = rankJson('evolution-exportations', true);
      await expectRows(json, 'evolution-exportations --regions');
      await web.page.reload();
      expect(await web.page.locator('#indicateur').inputValue()).toBe('evolution-exportations');
      await expectRows(json, 'after a reload');
    });

    it('sorts by a column: names from A, then values from the smallest', async () => {
      await web.page.goto(`${web.site.url}classements.html?indicateur=exportations`);
      const values = async () => (await column(4)).map(Number);
      const first = await values();
      expect(first).toEqual([...first].sort((a, b) => b - a));
      await web.page.locator('#classement thead th:nth-child(3) button').click();
      const names = await web.page.locator('#classement tbody th').allTextContents();
      expect(names).toEqual([...names].sort());
      await web.page.locator('#classement thead th:nth-child(4) button').click();
      await web.page.locator('#classement thead th:nth-child(4) button').click();
      expect(await web.page.locator('#classement thead th:nth-child(4)').getAttribute('aria-sort')).toBe('ascending');
      expect(await values()).toEqual([...first].reverse());
    });

    it('is linked from the index page and says the data are fictional', async () => {
      await web.page.goto(web.site.url);
      await web.page.getByRole('link', { name: 'Classer tous les territoires par indicateur' }).click();
      expect(new URL(web.page.url()).pathname).toBe('/classements.html');
      await expect.poll(() => web.page.locator('p.demo').isVisible()).toBe(true);
      expect(await web.page.locator('p.demo').textContent()).toContain('Données fictives de démonstration');
    });

    it('works opened as a file', async () => {
      const page = await web.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${pathToFileURL(path.join(web.dir, 'classements.html')).href}?indicateur=exportations`);
      await expect.poll(() => page.locator('#classement tbody tr').count()).toBeGreaterThan(90);
      await page.getByLabel('les régions').check();
      expect(await page.locator('#classement tbody tr').count()).toBeLessThan(20);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('has no axe violation at 1366 and 390 px, and no sideways scrolling on a phone', async () => {
      for (const width of [1366, 390]) {
        await web.page.setViewportSize({ width, height: 900 });
        await web.page.goto(`${web.site.url}classements.html?indicateur=part-etats-unis`);
        expect(await axeViolations(web.page), `${width} px`).toEqual([]);
        const { scroll, inner } = await web.page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: innerWidth,
        }));
        expect(scroll, `${width} px`).toBeLessThanOrEqual(inner);
      }
    });
  },
);
