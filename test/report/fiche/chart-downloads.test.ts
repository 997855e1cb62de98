// A chart's download links (SVG, PNG, CSV beside each other) and its « Citer » sentence.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLICATION } from '../../../src/model/publication.js';
import { linksFrom } from '../../../src/pipeline/links.js';
import { chartCitation, chartFileHref, renderChartBlock } from '../../../src/report/fiche/chart-block.js';
import { citedPage } from '../../../src/report/fiche/cited-page.js';
import { withCharts } from '../../../src/report/fiche/index.js';
import { makeFigures } from '../../helpers/figures.js';
import { TEST_DATE } from './demo-fiche.js';

const NBSP = '\u00A0';
const chart = { title: 'Principaux pays à l’import et à l’export, Loire (2024)', source: 'Source : DGDDI, 2024' };

function input(siteUrl: string | null) {
  return {
    main: withCharts(makeFigures()),
    links: linksFrom('departements/42-loire.html', new Set(['departement:42'])),
    meta: {
      generatedAt: TEST_DATE,
      toolVersion: 'test',
      sources: [],
      publication: { ...DEFAULT_PUBLICATION, siteUrl },
    },
  };
}

describe('les téléchargements et la citation d’un graphique', () => {
  it('met le SVG et le PNG à côté du CSV, sous le même nom', () => {
    expect(chartFileHref('../donnees/42-loire-partenaires.csv', 'svg')).toBe('../donnees/42-loire-partenaires.svg');
    expect(chartFileHref('../donnees/42-loire-partenaires.csv', 'png')).toBe('../donnees/42-loire-partenaires.png');
  });

  it('cite le titre (territoire et période), la publication, le chemin de la page, la date et la source', () => {
    expect(chartCitation(chart, citedPage(input(null)))).toBe(
      `«${NBSP}Principaux pays à l’import et à l’export, Loire (2024)${NBSP}», dans «${NBSP}Les indicateurs clés${NBSP}: commerce extérieur${NBSP}», departements/42-loire.html, version du 1er${NBSP}janvier${NBSP}2026. Source : DGDDI, 2024.`,
    );
  });

  it('donne l’adresse publique de la page quand les réglages la connaissent', () => {
    const page = citedPage(input('https://exemple.fr/commerce/'));
    expect(page.address).toBe('https://exemple.fr/commerce/departements/42-loire.html');
    expect(chartCitation(chart, page)).toContain(
      '», https://exemple.fr/commerce/departements/42-loire.html, version du',
    );
  });

  it('prend le titre de l’édition donné par les réglages', () => {
    const i = input(null);
    const edition = { title: 'Commerce extérieur de la Loire', date: null };
    expect(citedPage({ ...i, meta: { ...i.meta, publication: { ...DEFAULT_PUBLICATION, edition } } }).publication).toBe(
      'Commerce extérieur de la Loire',
    );
  });

  it('écrit sous le graphique « Télécharger : SVG · PNG · CSV » et « Citer », mais rien de cela sur papier', () => {
    const c = withCharts(makeFigures()).charts.partenaires;
    const options = { id: 'graphique-partenaires', csvHref: '../donnees/42-loire-partenaires.csv' };
    const html = renderChartBlock(c, { ...options, page: citedPage(input(null)) });
    const links = [...html.matchAll(/<a href="([^"]+)" download[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['../donnees/42-loire-partenaires.svg', 'SVG'],
      ['../donnees/42-loire-partenaires.png', 'PNG'],
      ['../donnees/42-loire-partenaires.csv', 'CSV'],
    ]);
    expect(html).toContain('<summary>Citer</summary>');
    expect(html).toContain('departements/42-loire.html, version du 1er');
    const print = renderChartBlock(c, { ...options, print: true });
    expect(print).not.toMatch(/download|Citer/);
  });
});
