// The « Comparer » page in a real browser (issue 22 point 6): a `build --no-pdf` of a few
// territories of the demo store, served by territrade's own server. Three territories chosen by
// typing show the values of `territrade compare --json`; the address keeps the choice across a
// reload; the CSV download has the lines of `compare --csv`; no axe violation at 1366 and 390 px.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatIndicator, indicatorLabel, INDICATORS } from '../../../src/figures/indicators/registry.js';
import { axeViolations } from '../../helpers/axe.js';
import { runCli } from '../../helpers/cli.js';
import { useServedSite } from '../../helpers/served-site.js';
import { skipWithout, webBrowserTool } from '../../helpers/tools.js';

const browserTool = webBrowserTool();
const ONLY = '42,69,38,region:84,france';

describe.skipIf(skipWithout([browserTool], '« Comparer » page in Chromium'))('« Comparer » page in Chromium', () => {
  const web = useServedSite({
    prefix: 'territrade-compare-page-',
    chromiumPath: browserTool.path,
    write: (dir) => {
      const out = path.join(dir, 'out');
      const build = runCli(['build', '--no-pdf', '--only', ONLY, '--store', inject('demoStore'), '--out', out], {
        SOURCE_DATE_EPOCH: '1735689600',
      });
      expect(build.code).toBe(0);
      return out;
    },
  });

  async function choose(...queries: string[]): Promise<void> {
    for (const q of queries) {
      await web.page.fill('#choix-territoire', q);
      await web.page.press('#choix-territoire', 'Enter');
    }
  }

  const cells = (row: string) =>
    web.page.locator(`#comparaison tr:has(th[scope=row]:text-is("${row}")) td`).allTextContents();

  it('shows three territories chosen by typing with the values of compare --json, and France as reference', async () => {
    await web.page.goto(`${web.site.url}comparer.html`);
    await choose('Loire', 'Rhône', '38');
    expect(await web.page.locator('#choisis li').allTextContents()).toEqual([
      'Loire (42)×',
      'Rhône (69)×',
      'Isère (38)×',
    ]);
    const cli = runCli(['compare', '42', '69', '38', '--sans-references', '--json', '--store', inject('demoStore')]);
    expect(cli.code).toBe(0);
    const json = JSON.parse(cli.stdout) as { territories: { indicators: Record<string, { value: number | null }> }[] };
    for (const d of INDICATORS) {
      const shown = await cells(indicatorLabel(d));
      expect(shown.slice(0, 3), d.key).toEqual(
        json.territories.map((t) => formatIndicator(d, t.indicators[d.key]!.value, 'departement')),
      );
      expect(shown, d.key).toHaveLength(4); // France, the reference
    }
    expect(await web.page.locator('#comparaison thead th').last().textContent()).toBe('France (réf.)');
    expect(await web.page.locator('.multiple').count()).toBeGreaterThanOrEqual(6);
    expect(web.problems).toEqual([]);
  });

  it('is linked from the index page', async () => {
    await web.page.goto(web.site.url);
    await web.page.getByRole('link', { name: 'Comparer des territoires côte à côte' }).click();
    expect(new URL(web.page.url()).pathname).toBe('/comparer.html');
  });

  it('keeps the choice in the address, across a reload', async () => {
    await web.page.goto(`${web.site.url}comparer.html`);
    await choose('loire', 'region:84');
    expect(new URL(web.page.url()).search).toBe('?t=42,region:84');
    await web.page.reload();
    expect(await web.page.locator('#choisis li').count()).toBe(2);
    await web.page.locator('#choisis button[aria-label="Retirer Loire (42)"]').click();
    expect(new URL(web.page.url()).search).toBe('?t=region:84');
  });

  it('downloads the lines of compare --csv', async () => {
    await web.page.goto(`${web.site.url}comparer.html?t=42,69,38`);
    const [download] = await Promise.all([
      web.page.waitForEvent('download'),
      web.page.locator('#telecharger-comparaison').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^comparaison-\d{4}\.csv$/);
    const page = fs.readFileSync(await download.path(), 'utf8').split('\r\n');
    const file = path.join(web.dir, 'compare.csv');
    const cli = runCli([
      'compare',
      '42',
      '69',
      '38',
      'france',
      '--sans-references',
      '--csv',
      file,
      '--store',
      inject('demoStore'),
    ]);
    expect(cli.code).toBe(0);
    const lines = fs.readFileSync(file, 'utf8').split('\r\n');
    expect(page[0]).toBe(lines[0]);
    for (const code of ['"42"', '"69"', '"38"'])
      expect(page.find((l) => l.startsWith(`${code};`))).toBe(lines.find((l) => l.startsWith(`${code};`)));
    expect(page.find((l) => l.includes(';oui;'))).toMatch(/^"FR";France;France;oui;/);
  });

  it('has no axe violation at 1366 and 390 px, and no sideways scrolling on a phone', async () => {
    for (const width of [1366, 390]) {
      await web.page.setViewportSize({ width, height: 900 });
      await web.page.goto(`${web.site.url}comparer.html?t=42,69,38`);
      expect(await axeViolations(web.page), `${width} px`).toEqual([]);
      const { scroll, inner } = await web.page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: innerWidth,
      }));
      expect(scroll, `${width} px`).toBeLessThanOrEqual(inner);
    }
  });
});
