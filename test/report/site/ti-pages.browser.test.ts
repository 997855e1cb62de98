// The pages of the Territoires d'industrie in a real browser: a full `territrade build --no-pdf`
// of the demo store, served by territrade's own server, read in Debian's Chromium. Without a
// Chromium it fails under CI and is skipped with a printed reason elsewhere.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, inject } from 'vitest';
import { plainSpaces } from '../../../src/format/fr.js';
import { axeViolations } from '../../helpers/axe.js';
import { writeDemoSite } from '../../helpers/demo-site.js';
import { useServedSite } from '../../helpers/served-site.js';
import { skipWithout, webBrowserTool } from '../../helpers/tools.js';

const browserTool = webBrowserTool();

describe.skipIf(skipWithout([browserTool], 'Territoires d’industrie pages in Chromium'))(
  'Territoires d’industrie pages in Chromium',
  () => {
    const web = useServedSite({
      prefix: 'territrade-ti-site-',
      chromiumPath: browserTool.path,
      write: (dir) => {
        const { out, stdout } = writeDemoSite(dir, inject('demoStore'));
        expect(plainSpaces(stdout)).toContain("(dont index.html et 183 pages des Territoires d'industrie)");
        return out;
      },
    });

    const text = async (selector: string): Promise<string> =>
      plainSpaces((await web.page.locator(selector).first().textContent()) ?? '')
        .replace(/\u2019/g, "'")
        .replace(/\s+/g, ' ')
        .trim();

    it('finds « Roannais » in the index search and opens its page, then the Loire’s fiche from it', async () => {
      await web.page.goto(web.site.url);
      await web.page
        .getByLabel('Département (nom ou numéro), région, commune ou Territoire d’industrie')
        .fill('Roannais');
      const result = web.page.locator('#resultats a');
      await expect.poll(() => result.count()).toBe(1);
      expect(await web.page.locator('#resultats span').textContent()).toBe('Territoire d’industrie — Loire (42)');
      await web.page.keyboard.press('ArrowDown');
      await Promise.all([
        web.page.waitForURL('**/territoires-industrie/ti-8417-roannais-forez.html'),
        web.page.keyboard.press('Enter'),
      ]);
      expect(await web.page.locator('h1').textContent()).toBe('Roannais Forez');
      expect(await text('#pas-de-chiffre-ti')).toMatch(
        /^Le commerce extérieur n'est publié par les Douanes qu'à l'échelle du département : il n'existe pas de chiffre pour le territoire lui-même\./,
      );
      expect(await text('.ti-departement h3')).toBe('Loire (42) — chiffres 2024 du département entier');
      expect(await text('.ti-departement li')).toBe('Exportations du département : 4 192,1 M€ (5,9 % de la région)');
      // Its own outline over the Loire, named; its région linked.
      expect(await web.page.locator('.carte-ti .ti-contour').count()).toBe(1);
      expect(await web.page.locator('.carte-ti .ti-dep').count()).toBe(1);
      expect(await web.page.getByRole('img', { name: 'Carte de situation : Roannais Forez' }).count()).toBe(1);
      expect(await text('.carte-ti desc')).toBe(
        'Contour du territoire Roannais Forez tracé sur son département, Loire (42), entre les départements voisins en gris.',
      );
      expect(await web.page.locator('main').textContent()).not.toContain('ti-8417');
      expect(await web.page.locator('header a[href="../regions/84-auvergne-rhone-alpes.html"]').count()).toBe(1);
      expect(await web.page.locator('.ti-groupements tbody tr').count()).toBe(4);
      await Promise.all([
        web.page.waitForURL('**/departements/42-loire.html'),
        web.page.getByRole('link', { name: 'Fiche complète du département Loire (42)' }).click(),
      ]);
      expect(await web.page.title()).toContain('Loire');
    });

    it('has no axe-core violation on two territories’ pages at 1366 and 390 px (the demo banner sits in a landmark)', async () => {
      for (const page of ['ti-8417-roannais-forez.html', 'ti-9307-val-de-durance.html']) {
        for (const width of [1366, 390]) {
          await web.page.setViewportSize({ width, height: 900 });
          await web.page.goto(`${web.site.url}territoires-industrie/${page}`);
          expect(await web.page.locator('header p.demo').count()).toBe(1);
          expect(await axeViolations(web.page), `${page} at ${width} px`).toEqual([]);
        }
      }
      await web.page.setViewportSize({ width: 1280, height: 900 });
    });

    it('links each territory of a département’s fiche to its page', async () => {
      await web.page.goto(`${web.site.url}departements/42-loire.html`);
      const links = web.page.locator('section.territoires li > a');
      expect(await links.allTextContents()).toEqual([
        'Lezoux – Thiers – Ambert – Montbrison',
        'Roannais Forez',
        'Vallée du Gier, de l’Ondaine et de Loire Sud',
      ]);
      await Promise.all([
        web.page.waitForURL('**/territoires-industrie/ti-8408-lezoux-thiers-ambert-montbrison.html'),
        links.first().click(),
      ]);
      expect(await web.page.locator('.ti-departement h3').allTextContents()).toEqual([
        'Loire (42) — chiffres 2024 du département entier',
        'Puy-de-Dôme (63) — chiffres 2024 du département entier',
      ]);
    });

    it('shows a territory over four départements, a Corsican one and an overseas one', async () => {
      await web.page.goto(`${web.site.url}territoires-industrie/ti-9307-val-de-durance.html`);
      expect(await web.page.locator('.ti-departement').count()).toBe(4);
      expect(await web.page.locator('.carte-ti .ti-dep').count()).toBe(4);
      expect(await web.page.locator('.carte-ti .ti-contour').count()).toBe(1);
      await web.page.goto(`${web.site.url}territoires-industrie/ti-9402-pays-ajaccien.html`);
      expect(await text('.ti-departement h3')).toBe('Corse (2A, 2B) — chiffres 2024 des deux départements corses');
      expect(await text('.ti-departement .note')).toBe(
        'Le territoire est en Corse-du-Sud (2A) ; les Douanes publient la Corse comme un seul département.',
      );
      await web.page.goto(`${web.site.url}territoires-industrie/ti-0601-mayotte.html`);
      expect(await text('.legende-ti')).toBe('Mayotte Son département : Mayotte (976)');
      expect(await web.page.locator('.carte-ti .ti-contour').count()).toBe(1);
      expect(await web.page.locator('.demo').count()).toBe(1);
    });

    it('lists every territory’s page in the index, and links the territories of the table', async () => {
      await web.page.goto(web.site.url);
      const loire = web.page.locator('tr:has(a[href="departements/42-loire.html"]) td.ti a');
      expect(await loire.allTextContents()).toEqual([
        'Lezoux – Thiers – Ambert – Montbrison',
        'Roannais Forez',
        'Vallée du Gier, de l’Ondaine et de Loire Sud',
      ]);
      expect(await loire.nth(1).getAttribute('href')).toBe('territoires-industrie/ti-8417-roannais-forez.html');
      const links = web.page.locator('.liste-ti a');
      expect(await links.count()).toBe(183);
      for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))) {
        expect(fs.existsSync(path.join(web.dir, 'out', ...href!.split('/'))), href!).toBe(true);
      }
    });
  },
);
