import { describe, expect, it } from 'vitest';
import type { Figures } from '../../../src/figures/types.js';
import { plainSpaces } from '../../../src/format/fr.js';
import { planTiPages } from '../../../src/pipeline/ti-pages.js';
import {
  defaultTerritoiresIndustrie,
  shippedTerritoiresIndustrie,
} from '../../../src/reference/territoires-industrie.js';
import { tiPerimeter } from '../../../src/reference/ti-perimeters.js';
import { tiIndexSection, tiPagePath, tiSearchItems } from '../../../src/report/site/ti-links.js';
import { NO_TI_FIGURES, renderTiPage, type TiPageInput } from '../../../src/report/site/ti-page.js';
import { makeFigures } from '../../helpers/figures.js';
import { departementFigures } from './fixtures.js';

const shipped = shippedTerritoiresIndustrie();
const byId = (id: string) => shipped.find((t) => t.id === id)!;

function figuresOf(code: string, name: string, slug: string): Figures {
  const f = departementFigures({ US: 300_000_000, DE: 200_000_000 }, 1_000_000_000);
  return makeFigures({ ...f, territory: { kind: 'departement', code, name, slug } });
}

function input(over: Partial<TiPageInput> = {}): TiPageInput {
  return {
    territory: byId('ti-8408'),
    regionName: 'Auvergne-Rhône-Alpes',
    regionHref: '../regions/84-auvergne-rhone-alpes.html',
    perimeter: tiPerimeter('ti-8408'),
    departements: [
      {
        inseeCodes: ['42'],
        inseeNames: ['Loire'],
        figures: figuresOf('42', 'Loire', '42-loire'),
        href: '../departements/42-loire.html',
      },
      {
        inseeCodes: ['63'],
        inseeNames: ['Puy-de-Dôme'],
        figures: figuresOf('63', 'Puy-de-Dôme', '63-puy-de-dome'),
        href: null,
      },
    ],
    year: 2024,
    demo: false,
    listKind: 'default',
    indexHref: '../index.html',
    generatedAt: '2025-03-01T09:30:00Z',
    toolVersion: '0.1.0',
    ...over,
  };
}

const text = (html: string) =>
  plainSpaces(
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&apos;|&#39;|\u2019/g, "'")
      .replace(/\s+/g, ' '),
  );

describe('renderTiPage', () => {
  const html = renderTiPage(input());

  it('names the territory, its région, départements and groupements', () => {
    expect(html).toContain('<h1>Lezoux – Thiers – Ambert – Montbrison</h1>');
    expect(plainSpaces(html)).toMatch(
      /Région : <a [^>]+>Auvergne-Rhône-Alpes<\/a>\. Départements : Loire \(42\), Puy-de-Dôme \(63\)\./,
    );
    expect(html.match(/<tr><th scope="row">/g)).toHaveLength(4);
    expect(text(html)).toContain("Loire Forez Agglomération (LFA) communauté d'agglomération 200065886 Loire (42)");
  });

  it("labels every figure as the département's, says why there is none for the territory, links to the fiche", () => {
    expect(text(html)).toContain(plainSpaces(NO_TI_FIGURES.replace(/'/g, "'")));
    expect(text(html)).toContain('Loire (42) — chiffres 2024 du département entier');
    expect(text(html)).toContain('Exportations du département : 1 000,0 M€ (5,9 % de la région)');
    expect(text(html)).toContain('Premier client du département : Pays US (300,0 M€)');
    expect(html).toContain('<a href="../departements/42-loire.html">Fiche complète du département Loire (42)</a>');
    expect(text(html)).toContain('La fiche de ce département ne fait pas partie de cette publication.');
    expect(html).not.toContain('Données fictives');
  });

  it('is titled by its territory and the edition’s title of the settings file', () => {
    const own = renderTiPage(input({ editionTitle: 'Commerce extérieur des territoires' }));
    expect(/<title>([^<]*)<\/title>/.exec(own)?.[1]).toMatch(
      /^.+ — Territoire d’industrie — Commerce extérieur des territoires 2024/,
    );
    expect(own).toContain('Commerce extérieur des territoires — 2024</a>');
    expect(own).not.toContain('Les indicateurs clés');
  });

  it('names the territory and links its région, never showing the ANCT id', () => {
    expect(text(html)).not.toContain('ti-8408');
    expect(
      html.match(/<a href="..\/regions\/84-auvergne-rhone-alpes.html"[^>]*>Auvergne-Rhône-Alpes<\/a>/g),
    ).toHaveLength(2);
    expect(text(renderTiPage(input({ regionHref: null })))).toContain('Région : Auvergne-Rhône-Alpes.');
  });

  it('draws the territory’s outline over its départements, with a title, a description and the credit', () => {
    expect(html.match(/<path class="ti-dep"/g)).toHaveLength(2);
    expect(html.match(/<path class="ti-contour" fill-rule="evenodd" d="M[^"]+Z"\/>/g)).toHaveLength(1);
    expect(plainSpaces(html)).toContain(
      '<title id="carte-ti-titre">Carte de situation : Lezoux – Thiers – Ambert – Montbrison</title>',
    );
    expect(text(html)).toContain(
      'Contour du territoire Lezoux – Thiers – Ambert – Montbrison tracé sur ses départements, Loire (42), Puy-de-Dôme (63), entre les départements voisins en gris.',
    );
    expect(html).toContain('aria-labelledby="carte-ti-titre carte-ti-desc"');
    expect(text(html)).toContain(
      "Contour du territoire : Source : ANCT, programme Territoires d'industrie, Licence Ouverte 2.0.",
    );
    // Framed on its départements: neighbours drawn, far départements left out.
    expect(html).toContain('<path class="ti-hors"');
    expect(html).not.toMatch(/<path class="ti-hors" d="m 113\.5/);
    const unknown = renderTiPage(input({ perimeter: null }));
    expect(unknown).not.toMatch(/<path class="ti-contour"|cle ti-contour/);
    expect(text(unknown)).toContain(
      "Le contour du territoire n'est pas connu : la carte colore ses départements, Loire (42), Puy-de-Dôme (63).",
    );
  });

  it('gives each département’s related activities (three, by density) and its ECI, labelled as the département’s', () => {
    const loire = figuresOf('42', 'Loire', '42-loire');
    const related = ['Produits de fonderie', 'Éléments en métal', 'Bois', 'Verre'].map((name, i) => ({
      product: `C2${i}A`,
      name,
      density: 0.6 - i / 10,
      rca: 0.2,
      pci: 0,
      france_exports_eur: 1e9,
    }));
    const page = text(
      renderTiPage(
        input({
          departements: [
            {
              inseeCodes: ['42'],
              inseeNames: ['Loire'],
              figures: {
                ...loire,
                opportunities: { markets: [], suppliers: [], related },
                complexity: { eci: -0.31, rank_in_france: 61, of_france: 101, diversity: 14 },
              },
              href: null,
            },
          ],
        }),
      ),
    );
    expect(page).toContain(
      "Activités proches de celles que le département exporte déjà avec avantage, où il n'est pas encore spécialisé : Produits de fonderie (densité 0,60), Éléments en métal (densité 0,50), Bois (densité 0,40). Complexité économique (ECI) du département : −0,31, 61e des 101 départements.",
    );
    expect(page).not.toContain('Verre');
    // Without them (the small set): no such paragraph.
    expect(html).not.toContain('ti-pistes');
  });

  it('shows the demo notice, the Corse note and an overseas département', () => {
    const corse = renderTiPage(
      input({
        demo: true,
        territory: byId('ti-9402'),
        regionName: 'Corse',
        perimeter: tiPerimeter('ti-9402'),
        departements: [
          {
            inseeCodes: ['2A'],
            inseeNames: ['Corse-du-Sud'],
            figures: figuresOf('20', 'Corse (2A, 2B)', '20-corse'),
            href: '../departements/20-corse.html',
          },
        ],
      }),
    );
    expect(corse).toContain('Données fictives de démonstration');
    expect(text(corse)).toContain(
      'Le territoire est en Corse-du-Sud (2A) ; les Douanes publient la Corse comme un seul département.',
    );
    expect(corse.match(/<path class="ti-dep"/g)).toHaveLength(1);
    const mayotte = renderTiPage(
      input({
        territory: byId('ti-0601'),
        regionName: 'Mayotte',
        perimeter: tiPerimeter('ti-0601'),
        departements: [
          {
            inseeCodes: ['976'],
            inseeNames: ['Mayotte'],
            figures: figuresOf('976', 'Mayotte', '976-mayotte'),
            href: null,
          },
        ],
      }),
    );
    expect(text(mayotte)).toContain('Mayotte (976)');
    // Overseas: the outline alone, the département named in the legend.
    expect(mayotte.match(/<path class="ti-contour"/g)).toHaveLength(1);
    expect(mayotte).not.toContain('<path class="ti-hors"');
    expect(text(mayotte)).toContain('Son département : Mayotte (976)');
  });

  it('escapes names', () => {
    const t = { ...byId('ti-8417'), name: 'A <b> & "c"' };
    expect(renderTiPage(input({ territory: t }))).toContain('<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>');
  });
});

describe('pages of the Territoires d’industrie in a build', () => {
  it('plans a page for each territory whose départements all have a fiche', () => {
    const all = planTiPages({ list: defaultTerritoiresIndustrie(), kind: 'default' }, () => true);
    expect(all.pages).toHaveLength(183);
    expect(new Set(all.pages.map((p) => p.link.href)).size).toBe(183);
    const loireOnly = planTiPages({ list: defaultTerritoiresIndustrie(), kind: 'default' }, (d) => d === '42');
    expect(loireOnly.pages.map((p) => p.territory.name)).toEqual([
      'Roannais Forez',
      "Vallée du Gier, de l'Ondaine et de Loire Sud",
    ]);
    const corse = planTiPages({ list: defaultTerritoiresIndustrie(), kind: 'default' }, (d) => d === '20');
    expect(corse.pages.map((p) => [p.link.href, p.dgddi])).toEqual([
      ['territoires-industrie/ti-9401-grand-bastia-marana-golo.html', ['20']],
      ['territoires-industrie/ti-9402-pays-ajaccien.html', ['20']],
    ]);
  });

  it('gives each page a stable path, a search item and a link in the index', () => {
    expect(tiPagePath(byId('ti-8417'))).toBe('territoires-industrie/ti-8417-roannais-forez.html');
    const link = {
      id: 'ti-8417',
      name: 'Roannais Forez',
      href: 'territoires-industrie/ti-8417-roannais-forez.html',
      departements: 'Loire (42)',
    };
    expect(tiSearchItems([link])).toEqual([
      {
        k: ['roannais forez'],
        c: ['ti 8417'],
        l: 'Roannais Forez',
        d: 'Territoire d’industrie — Loire (42)',
        h: link.href,
        o: 3,
      },
    ]);
    expect(tiIndexSection([link])).toContain(
      '<li><a href="territoires-industrie/ti-8417-roannais-forez.html">Roannais Forez</a> — Loire (42)</li>',
    );
  });
});
