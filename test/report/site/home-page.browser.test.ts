// The index page in a real browser (Debian's Chromium driven by playwright-core), built from the
// demo figures and served by territrade's own server. Without a Chromium it fails under CI and is
// skipped with a printed reason elsewhere (test/helpers/tools.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { plainSpaces } from '../../../src/format/fr.js';
import { axeViolations } from '../../helpers/axe.js';
import { useServedSite } from '../../helpers/served-site.js';
import { skipWithout, webBrowserTool } from '../../helpers/tools.js';
import { renderFiche } from '../../../src/report/fiche/index.js';
import { demoFicheInput } from '../fiche/demo-fiche.js';
import { writeDemoSite } from './demo-site.js';

const browserTool = webBrowserTool();
const loire = 'a.zone[href="departements/42-loire.html"]';

describe.skipIf(skipWithout([browserTool], 'index page in Chromium'))('index page in Chromium', () => {
  const web = useServedSite({
    prefix: 'territrade-site-',
    chromiumPath: browserTool.path,
    write: async (dir) => {
      await writeDemoSite(inject('demoStore'), dir);
      return dir;
    },
    goto: '',
  });

  it('shows every département on the map, the DROM and Monaco as tiles', async () => {
    expect(await web.page.locator('.carte .metropole path').count()).toBe(96);
    expect(await web.page.locator('.carte .zone-sans-fiche').count()).toBe(0);
    // 96 outlines (2A and 2B both link to Corse) + 971, 972, 973, 974, 976 and 99; the Paris
    // inset repeats 75, 92, 93 and 94 out of the tab order.
    expect(await web.page.locator('.carte .metropole a.zone, .carte .outre-mer a.zone').count()).toBe(102);
    expect(await web.page.locator('.carte .zoom a.zone[tabindex="-1"]').count()).toBe(4);
    expect(await web.page.locator('.carte a.zone[href="departements/20-corse.html"]').count()).toBe(2);
    const tiles = await web.page.locator('.carte .outre-mer text.etiquette-tuile').allTextContents();
    expect(tiles).toEqual([
      '971 Guadeloupe',
      '972 Martinique',
      '973 Guyane',
      '974 La Réunion',
      '976 Mayotte',
      '99 Monaco',
    ]);
    const box = await web.page.locator('.carte').boundingBox();
    expect(box!.width).toBeGreaterThan(400);
    await expect.poll(() => web.page.evaluate(() => document.fonts.check("16px 'Source Sans 3'"))).toBe(true);
  });

  it('recolours the map and swaps titles and legend when the indicator changes', async () => {
    const area = web.page.locator(`${loire} .aire`);
    const exportsFill = await area.getAttribute('fill');
    expect(plainSpaces((await web.page.locator(`${loire} title`).textContent()) ?? '')).toMatch(
      /^Loire \(42\) — Exportations : [\d ]+,\d M€$/,
    );
    await web.page.getByLabel('Solde commercial', { exact: true }).check();
    const balanceFill = await web.page.locator(loire).getAttribute('data-f-solde');
    expect(await area.getAttribute('fill')).toBe(balanceFill);
    expect(balanceFill).not.toBe(exportsFill);
    expect(plainSpaces((await web.page.locator(`${loire} title`).textContent()) ?? '')).toMatch(
      /^Loire \(42\) — Solde commercial : [+−][\d ]+,\d M€$/,
    );
    await expect.poll(() => web.page.locator('.legende[data-indicateur="solde"]').isVisible()).toBe(true);
    expect(await web.page.locator('.legende[data-indicateur="exportations"]').isVisible()).toBe(false);
    expect(await web.page.locator('#carte-indicateur').textContent()).toBe('solde commercial');
    // Keyboard: the radio group moves with the arrow keys.
    await web.page.getByLabel('Solde commercial', { exact: true }).focus();
    await web.page.keyboard.press('ArrowDown');
    expect(await web.page.getByLabel('Part des exportations vers les États-Unis', { exact: true }).isChecked()).toBe(
      true,
    );
    expect(await area.getAttribute('fill')).toBe(await web.page.locator(loire).getAttribute('data-f-part-etats-unis'));
    // The fills differ between départements: the map is not one flat colour.
    const fills = await web.page
      .locator('.carte .aire')
      .evaluateAll((els) => new Set(els.map((e) => e.getAttribute('fill'))).size);
    expect(fills).toBeGreaterThanOrEqual(4);
  });

  it('reads a département’s value on hover, in a box next to the pointer', async () => {
    const area = await web.page.locator(`${loire} .aire`).boundingBox();
    const x = area!.x + area!.width / 2;
    const y = area!.y + area!.height / 2;
    await web.page.mouse.move(x, y);
    const info = web.page.locator('#infobulle');
    await expect.poll(() => info.isVisible()).toBe(true);
    expect(plainSpaces((await info.locator('strong').textContent()) ?? '')).toBe('Loire (42)');
    expect(plainSpaces((await info.textContent()) ?? '')).toMatch(/^Loire \(42\)Exportations : [\d ]+,\d M€$/);
    // The box's nearest corner is within 40 px of the pointer (it was 1 025 px below it).
    const box = (await info.boundingBox())!;
    const dx = Math.min(Math.abs(box.x - x), Math.abs(box.x + box.width - x));
    const dy = Math.min(Math.abs(box.y - y), Math.abs(box.y + box.height - y));
    expect(Math.hypot(dx, dy)).toBeLessThan(40);
    // It leaves with the pointer.
    await web.page.mouse.move(5, 5);
    await expect.poll(() => info.isVisible()).toBe(false);
  });

  it('puts the search before the map in the tab order, and makes the map one Tab stop with arrow keys', async () => {
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await web.page.keyboard.press('Tab');
      stops.push(
        await web.page.evaluate(() => {
          const el = document.activeElement!;
          return el.id || el.getAttribute('href') || el.getAttribute('class') || el.tagName;
        }),
      );
    }
    expect(stops[0]).toBe('#contenu'); // the skip link
    expect(stops[1]).toBe('recherche');
    // Then the map, once: its first area, and the next stop is already the indicator choice.
    expect(stops[2]).toMatch(/^departements\//);
    expect(stops[3]).not.toMatch(/^departements\//);
    const first = stops[2];
    await web.page.keyboard.press('Shift+Tab');
    expect(await web.page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    // Arrow keys move to the next area, which becomes the map's Tab stop, and show its value.
    await web.page.keyboard.press('ArrowRight');
    const second = await web.page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).toMatch(/^departements\//);
    expect(second).not.toBe(first);
    expect(await web.page.locator('.carte a.zone[tabindex="0"]').count()).toBe(1);
    expect(await web.page.locator(`.carte a.zone[tabindex="0"]`).getAttribute('href')).toBe(second);
    await expect.poll(() => web.page.locator('#infobulle').isVisible()).toBe(true);
    await web.page.keyboard.press('End');
    expect(await web.page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      'departements/99-monaco.html',
    );
    await web.page.keyboard.press('ArrowRight');
    expect(await web.page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
  });

  it('finds « Roannais » and leads to the Loire’s fiche with the keyboard', async () => {
    await web.page
      .getByLabel('Département (nom ou numéro), région, commune ou Territoire d’industrie')
      .fill('Roannais');
    const result = web.page.locator('#resultats a');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.textContent()).toBe('Roannais Forez');
    expect(await web.page.locator('#resultats span').textContent()).toBe('Territoire d’industrie — Loire (42)');
    expect(await web.page.locator('#recherche-statut').getAttribute('aria-live')).toBe('polite');
    expect(plainSpaces((await web.page.locator('#recherche-statut').textContent()) ?? '')).toBe(
      '1 résultat pour « Roannais ».',
    );
    await web.page.keyboard.press('ArrowDown');
    expect(await web.page.evaluate(() => document.activeElement?.textContent)).toBe('Roannais Forez');
    await Promise.all([web.page.waitForURL('**/departements/42-loire.html'), web.page.keyboard.press('Enter')]);
    expect(await web.page.locator('h1').textContent()).toBe('Loire');
  });

  it('finds départements by code and without accents; Enter opens the first result', async () => {
    const search = web.page.locator('#recherche');
    await search.fill('ardeche');
    await expect.poll(() => web.page.locator('#resultats a').first().textContent()).toBe('Ardèche (07)');
    await search.fill('42');
    await expect.poll(() => web.page.locator('#resultats a').first().textContent()).toBe('Loire (42)');
    await search.fill('zzzz');
    await expect.poll(() => web.page.locator('#recherche-statut').textContent()).toContain('Aucun résultat');
    await search.fill('loire');
    await expect.poll(() => web.page.locator('#resultats a').first().textContent()).toBe('Loire (42)');
    await Promise.all([web.page.waitForURL('**/departements/42-loire.html'), search.press('Enter')]);
  });

  it('tolerates typos and common forms, and finds a town’s département', async () => {
    const search = web.page.locator('#recherche');
    const first = () => web.page.locator('#resultats a').first().getAttribute('href');
    const cases: [string, string][] = [
      ['lorie', 'departements/42-loire.html'],
      ['seine st denis', 'departements/93-seine-saint-denis.html'],
      ['paca', 'regions/93-provence-alpes-cote-d-azur.html'],
      ['Roanne', 'departements/42-loire.html'],
      ['ardeshe', 'departements/07-ardeche.html'],
    ];
    for (const [query, href] of cases) {
      await search.fill(query);
      await expect.poll(first, { message: query }).toBe(href);
      if (query === 'Roanne')
        expect(await web.page.locator('#resultats span').first().textContent()).toBe(
          'Commune — fiche du département Loire (42)',
        );
    }
    await search.fill('97');
    await expect
      .poll(() => web.page.locator('#resultats a').allTextContents())
      .toEqual(['Guadeloupe (971)', 'Martinique (972)', 'Guyane (973)', 'La Réunion (974)', 'Mayotte (976)']);
  });

  it('loads the one shared font file of the site, in the index and in a fiche of the site (served compressed)', async () => {
    // The index asked the local server for its font and got it.
    const fonts = await web.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.woff2')),
    );
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((n) => n.startsWith(`${web.site.url}police/`))).toBe(true);
    await expect.poll(() => web.page.evaluate(() => document.fonts.check("16px 'Source Sans 3'"))).toBe(true);
    const html = fs.readFileSync(path.join(web.dir, 'index.html'), 'utf8');
    expect(html).not.toContain('base64');
    // The browser asked for compression and got it.
    const index = await web.page.request.get(web.site.url, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(index.headers()['content-encoding']).toBe('br');
    // A real fiche of the site links to ../police/ (its CSP allows it) instead of embedding 130 KB.
    const input = await demoFicheInput(inject('demoStore'), '42');
    const fiche = renderFiche({ ...input, fontHref: '../police/' });
    expect(fiche).not.toContain('base64');
    expect(Buffer.byteLength(fiche)).toBeLessThan(Buffer.byteLength(renderFiche(input)) - 100_000);
    fs.writeFileSync(path.join(web.dir, 'departements', 'fiche-police-partagee.html'), fiche);
    const fichePage = await web.browser.newPage();
    const failed: string[] = [];
    fichePage.on('requestfailed', (r) => failed.push(r.url()));
    fichePage.on('console', (m) => failed.push(m.text()));
    await fichePage.goto(`${web.site.url}departements/fiche-police-partagee.html`);
    await fichePage.evaluate('document.fonts.ready');
    expect(await fichePage.evaluate('document.fonts.check("16px \'Source Sans 3\'")')).toBe(true);
    const loaded = await fichePage.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.woff2')),
    );
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((n) => n.startsWith(`${web.site.url}police/`))).toBe(true);
    expect(failed).toEqual([]);
    await fichePage.close();
    // The page the PDF is printed from still embeds the font.
    expect(renderFiche({ ...input, fontHref: '../police/', variant: 'print' })).toContain('data:font/woff2;base64,');
  });

  it('shows the rank, the concentration and the specialisation in a chosen activity; the table and its CSV follow', async () => {
    const chosen = web.page.locator('#colonne-choisi button');
    expect(await chosen.textContent()).toBe('Part vers les États-Unis');
    await web.page.getByLabel('Rang des exportations parmi les départements', { exact: true }).check();
    expect(await chosen.textContent()).toBe('Rang des exportations');
    expect(plainSpaces((await web.page.locator(`${loire} title`).textContent()) ?? '')).toMatch(
      /^Loire \(42\) — Rang des exportations parmi les départements : \d+(er|e)$/,
    );
    // Sorting the followed column puts the largest rank first (numbers: from the largest).
    await chosen.click();
    const ranks = await web.page
      .locator('table.triable td.choisi')
      .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-valeur'))));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(Math.min(...ranks)).toBe(1);

    await web.page.getByLabel('Concentration des exportations par pays', { exact: true }).check();
    expect(await chosen.textContent()).toBe('Pays équivalents à l’export');
    expect(
      plainSpaces(
        (await web.page.locator('tr:has(a[href="departements/42-loire.html"]) td.choisi').textContent()) ?? '',
      ),
    ).toMatch(/^[\d ]+,\d pays$/);

    // Specialisation: choosing an activity in the list selects the indicator and recolours the map.
    const before = await web.page.locator(`${loire} .aire`).getAttribute('fill');
    await web.page.locator('#activite').selectOption('C21Z');
    expect(await web.page.getByLabel('Spécialisation des exportations dans une activité').isChecked()).toBe(true);
    expect(await chosen.textContent()).toBe('Indice de spécialisation (C21Z)');
    expect(await web.page.locator('#carte-indicateur').textContent()).toBe('spécialisation des exportations en C21Z');
    await expect.poll(() => web.page.locator('.legende[data-indicateur="specialisation"]').isVisible()).toBe(true);
    const fills = await web.page
      .locator('.carte .metropole .aire')
      .evaluateAll((els) => new Set(els.map((e) => e.getAttribute('fill'))).size);
    expect(fills).toBeGreaterThanOrEqual(3);
    expect(await web.page.locator(`${loire} .aire`).getAttribute('fill')).not.toBe(before);
    const loireCell = web.page.locator('tr:has(a[href="departements/42-loire.html"]) td.choisi');
    const index = Number(await loireCell.getAttribute('data-valeur'));
    expect(index).toBeGreaterThan(0);
    expect(await loireCell.textContent()).toBe(index.toFixed(index < 1 ? 2 : 1).replace('.', ','));
    expect(plainSpaces((await web.page.locator(`${loire} title`).textContent()) ?? '')).toBe(
      `Loire (42) — Spécialisation des exportations en C21Z : ${await loireCell.textContent()}`,
    );

    // The CSV of the table: every département, the codes, the followed column with its unit, the period.
    const [download] = await Promise.all([
      web.page.waitForEvent('download'),
      web.page.locator('#telecharger-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^departements-\d{4}\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const lines = csv.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(
      '\uFEFFCode;Département;Région;Exportations (euros);Importations (euros);Solde commercial (euros);"Indice de spécialisation (C21Z) (indice, 1 = comme la France)";Territoires d’industrie;Période',
    );
    expect(lines).toHaveLength(102);
    // Codes are quoted, as in every CSV territrade writes (format/csv.ts).
    const loireLine = lines.find((l) => l.startsWith('"42";Loire;'))!;
    expect(loireLine.split(';')[6]).toBe(String(index).replace('.', ','));
    expect(loireLine.split(';')[3]).toMatch(/^\d+$/);
    expect(loireLine.endsWith(';2024')).toBe(true);
  });

  it('opens a fiche from the map, and links France and every région', async () => {
    await Promise.all([
      web.page.waitForURL('**/departements/42-loire.html'),
      web.page.locator(`${loire} .aire`).click(),
    ]);
    await web.page.goBack();
    expect(await web.page.locator('.liens a').count()).toBe(19);
    for (const href of await web.page
      .locator('.liens a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const response = await web.page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });

  it('sorts the table of départements: numbers from the largest first, names from A', async () => {
    expect(await web.page.locator('table.triable tbody tr').count()).toBe(101);
    const header = web.page.locator('table.triable th', { hasText: 'Exportations' }).locator('button');
    await header.click();
    const values = async () =>
      web.page
        .locator('table.triable tbody tr td:nth-child(4)')
        .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-valeur'))));
    const descending = await values();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(descending[0]).toBeGreaterThan(descending[100]!);
    expect(await web.page.locator('table.triable th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    await header.click();
    expect(await values()).toEqual([...descending].reverse());
    expect(await web.page.locator('table.triable th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await web.page.locator('table.triable th', { hasText: 'Département' }).locator('button').click();
    expect(await web.page.locator('table.triable tbody tr th a').first().textContent()).toBe('Ain');
    expect(await web.page.locator('table.triable th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
  });

  for (const width of [1280, 390]) {
    it(`shows every figure of the table without sideways scroll, header kept in view, at ${width} px`, async () => {
      await web.page.setViewportSize({ width, height: 844 });
      expect(await web.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const rights = await web.page
        .locator('table.triable td.nombre')
        .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().right));
      expect(rights.length).toBe(101 * 4);
      expect(Math.max(...rights)).toBeLessThanOrEqual(width);
      // The value of a cell is labelled on a narrow screen (its column heading is not beside it).
      if (width < 600) {
        const label = await web.page
          .locator('table.triable tbody tr td.nombre')
          .first()
          .evaluate((td) => getComputedStyle(td, '::before').content);
        expect(label).toBe('"Exportations"');
      }
      // Sticky header: scrolled to the middle of the table, the sort buttons stay at the top.
      await web.page.evaluate(() => {
        const table = document.querySelector('table.triable')!;
        window.scrollTo(0, table.getBoundingClientRect().top + window.scrollY + 1500);
      });
      // The page really has scrolled past the table's top…
      expect((await web.page.locator('table.triable tbody tr').first().boundingBox())!.y).toBeLessThan(0);
      // …and the sort buttons are still in view, at the top.
      const box = (await web.page.locator('table.triable thead th', { hasText: 'Exportations' }).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(-1);
      expect(box.y).toBeLessThan(width < 600 ? 150 : 40);
    });
  }

  it('has no axe-core violation at 1366 and 390 px (the demo banner sits in a landmark)', async () => {
    for (const width of [1366, 390]) {
      await web.page.setViewportSize({ width, height: 900 });
      await web.page.reload();
      expect(await axeViolations(web.page), `${width} px`).toEqual([]);
    }
  });

  it('lays out every legend without overlap, beside or under the map, at 1366 and 390 px', async () => {
    for (const width of [1366, 390]) {
      await web.page.setViewportSize({ width, height: 900 });
      await web.page.reload();
      for (const key of await web.page
        .locator('input[name="indicateur"]')
        .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value))) {
        await web.page.locator(`input[name="indicateur"][value="${key}"]`).check();
        const boxes = await web.page.evaluate((k) => {
          const box = (e: Element) => {
            const r = e.getBoundingClientRect();
            return {
              left: r.left,
              right: r.right,
              top: r.top,
              bottom: r.bottom,
              name: e.textContent.trim().slice(0, 40),
            };
          };
          const legend = document.querySelector(`.legende[data-indicateur="${k}"]`)!;
          return {
            items: [...legend.querySelectorAll('li, p')].map(box),
            others: [...document.querySelectorAll('.carte-cadre, .choix, .liens, .recherche, .tableau')].map(box),
          };
        }, key);
        expect(boxes.items.length, key).toBeGreaterThan(1);
        const overlap = (a: (typeof boxes.items)[0], b: (typeof boxes.items)[0]) =>
          a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        for (const [i, a] of boxes.items.entries()) {
          for (const b of [...boxes.items.slice(i + 1), ...boxes.others])
            expect(overlap(a, b), `${key} at ${width} px: « ${a.name} » / « ${b.name} »`).toBe(false);
          expect(a.right, `${key} at ${width} px: « ${a.name} »`).toBeLessThanOrEqual(width);
        }
      }
    }
  }, 120_000);

  it('names the United States with their capitals in the map title', async () => {
    await web.page.locator('input[value="part-etats-unis"]').check();
    expect(plainSpaces((await web.page.locator('#carte-titre').textContent()) ?? '')).toContain(
      ': part des exportations vers les États-Unis en',
    );
  });
});
