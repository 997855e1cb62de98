import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Figures } from '../../../src/figures/types.js';
import { plainSpaces } from '../../../src/format/fr.js';
import { formatCell, renderDataTable } from '../../../src/report/fiche/table.js';
import { formatDate } from '../../../src/format/fr.js';
import { generationDate } from '../../../src/report/fiche/date.js';
import { renderPartialNotice, renderTotals } from '../../../src/report/fiche/sections.js';
import { renderTerritoires } from '../../../src/report/fiche/territoires.js';
import { renderFiche, withCharts, type FicheInput } from '../../../src/report/fiche/index.js';
import { makeFigures } from '../../helpers/figures.js';
import { demoFicheInput } from './demo-fiche.js';

/** Visible text of an HTML fragment, spaces normalised. */
function text(html: string): string {
  return plainSpaces(
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

let loire: FicheInput;
let corse: FicheInput;
let france: FicheInput;

beforeAll(async () => {
  const store = inject('demoStore');
  [loire, corse, france] = await Promise.all([
    demoFicheInput(store, '42'),
    demoFicheInput(store, '20'),
    demoFicheInput(store, 'france'),
  ]);
});

const withFigures = (input: FicheInput, change: Partial<Figures>): Figures =>
  makeFigures({ ...input.main.figures, ...change });

describe('totaux et parts', () => {
  it('écrit le total en millions d’euros et les parts de la région et de la France', () => {
    expect(text(renderTotals(loire.main.figures, 'exports'))).toBe(
      'Total des exportations : 4 192,1 millions d’euros' +
        'soit 5,9 % de la valeur exportée par la région Auvergne-Rhône-Alpes' +
        'soit 0,72 % de la valeur exportée au niveau national',
    );
    // The specification prints the Loire's shares of France with two significant digits.
    expect(text(renderTotals(loire.main.figures, 'imports'))).toContain(
      'soit 0,69 % de la valeur importée au niveau national',
    );
    expect(text(renderTotals(loire.main.figures, 'imports'))).toContain(
      'soit 6,2 % de la valeur importée par la région Auvergne-Rhône-Alpes',
    );
  });

  it('dit d’un département seul dans sa région qu’il en fait la totalité, et rien de plus pour la France', () => {
    expect(text(renderTotals(corse.main.figures, 'exports'))).toContain(
      'soit la totalité de la valeur exportée par la région Corse, dont c’est le seul département',
    );
    expect(text(renderTotals(france.main.figures, 'exports'))).toMatch(
      /^Total des exportations : [\d ]+,\d millions d’euros$/,
    );
  });
});

describe('Territoires d’industrie', () => {
  it('liste ceux de la Loire, relie le territoire partagé à l’autre département, cite la liste de l’ANCT', () => {
    const html = renderTerritoires(loire.main.figures, loire.links);
    const t = text(html);
    for (const name of [
      'Lezoux – Thiers – Ambert – Montbrison',
      'Roannais Forez',
      'Vallée du Gier, de l’Ondaine et de Loire Sud',
    ])
      expect(t).toContain(name);
    expect(t).toContain('territoire interdépartemental, qui s’étend aussi sur le département : Puy-de-Dôme (63)');
    // The Puy-de-Dôme's fiche is not part of the test build: no dead link.
    expect(html).not.toContain('63-puy-de-dome.html');
    const linked = renderTerritoires(loire.main.figures, { ...loire.links, fiche: (r) => `${r.slug}.html` });
    expect(linked).toContain('<a href="63-puy-de-dome.html">Puy-de-Dôme (63)</a>');
    expect(t).not.toMatch(/partielle/i);
    expect(t).toContain(
      'Source de la liste : Liste de l’ANCT fournie avec territrade (programme Territoires d’industrie 2023-2027, 183 territoires',
    );
  });

  it('dit clairement qu’aucun territoire n’est connu, plutôt qu’une liste vide', () => {
    const none = withFigures(loire, { territoires_industrie: [], territoires_industrie_detail: [] });
    const html = renderTerritoires(none, loire.links);
    expect(html).not.toContain('<ul>');
    expect(text(html)).toContain(
      'Aucun Territoire d’industrie n’est rattaché à ce département dans la liste de l’ANCT.',
    );
    const official = renderTerritoires({ ...none, territoires_industrie_list: 'official' }, loire.links);
    expect(text(official)).toContain('Source de la liste : Liste officielle de l’ANCT importée');
  });
});

describe('année incomplète et démonstration', () => {
  it('annonce les trimestres couverts d’une année incomplète, en tête de fiche', () => {
    const partial = withFigures(loire, { partial_year: true, quarters: [1, 2] });
    expect(text(renderPartialNotice(partial))).toBe(
      'Année 2024 incomplète : les données disponibles ne couvrent que les trimestres T1 et T2. Les montants de cette fiche portent sur ces trimestres et ne sont pas comparables à ceux d’une année entière.',
    );
    const html = renderFiche({ ...loire, main: { ...loire.main, figures: partial } });
    expect(html.indexOf('Année 2024 incomplète')).toBeGreaterThan(0);
    expect(html.indexOf('Année 2024 incomplète')).toBeLessThan(html.indexOf('Introduction'));
    expect(renderFiche(loire)).not.toContain('incomplète :');
  });

  it('porte le bandeau de démonstration seulement sur des données fictives', () => {
    expect(renderFiche(loire)).toContain('class="demo-banner"');
    const real = renderFiche({ ...loire, main: { ...loire.main, figures: withFigures(loire, { demo: false }) } });
    expect(real).not.toContain('class="demo-banner"');
    expect(real).not.toContain('Données fictives');
  });
});

describe('page complète', () => {
  it('est autonome et accessible : lang, lien d’évitement, repères, un seul h1, pas de ressource externe', () => {
    const html = renderFiche(loire);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).toContain('<a class="skip" href="#contenu">');
    expect(html).toContain('<main id="contenu"');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('font/woff2;base64,');
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\/(?!anct\.gouv\.fr|www\.entreprises\.gouv\.fr)/);
    expect(html).not.toMatch(/<(link|img|iframe)\b/);
    // Six charts of the territory (evolution and specialisation included), then the région's and France's
    // flows: each twice on screen, its wide and its narrow layout.
    // The three « Pistes d'action » charts add six (the reading key's inline markers are no charts),
    // and the quarterly chart of the Évolution section two.
    expect(html.match(/<svg [^>]*class="chart /g)).toHaveLength(28);
    expect(html.match(/<div class="chart-frame chart-narrow">/g)).toHaveLength(14);
    for (const id of [
      'graphique-evolution',
      'graphique-trimestres',
      'graphique-partenaires',
      'graphique-activites',
      'graphique-specialisation',
      'graphique-exportations',
      'graphique-importations',
    ])
      expect(html).toContain(`id="${id}"`);
    for (const key of ['partenaires', 'specialisation', 'etats-unis', 'dependances'])
      expect(html).toContain(`href="../donnees/42-loire-${key}.csv"`);
    // The specification's order (introduction, territories, context, then the charts), the additions
    // after the material they extend, the same on the web page and on paper (issue 21) but for the
    // « Pistes d'action » (below).
    const order = [
      'Introduction',
      'Territoires d’industrie du département',
      'Contexte et méthodologie',
      'Balance commerciale territoriale',
      'Évolution',
      'Positionnement et exposition',
      'Pistes d’action',
      'Exportations',
      'Importations',
      'Définitions des indicateurs',
      'Informations pratiques',
    ];
    const headings = (page: string) => [...page.matchAll(/<h2 [^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings(html)).toEqual(order);
    // On paper the « Pistes d'action » follow the flows: the flows' charts, which cannot break,
    // keep their pages, and the page budget holds (test/cli/page-budget.e2e.test.ts, issue 23).
    const paper = order.filter((h) => h !== 'Pistes d’action');
    paper.splice(paper.indexOf('Importations') + 1, 0, 'Pistes d’action');
    expect(headings(renderFiche({ ...loire, variant: 'print' }))).toEqual(paper);
  });

  it('couvre la méthodologie, la source et la licence', () => {
    const t = text(renderFiche(loire));
    for (const phrase of [
      'lieu de dédouanement',
      'Ports, aéroports',
      'hydrocarbures',
      'gaz naturel et d’électricité sont toutes attribuées à Paris',
      'Pas de données sous le département',
      'Depuis 2022',
      'EMEBI',
      'Licence Ouverte / Etalab 2.0',
      'droits de douane',
    ].map((s) => s.toLowerCase())) {
      expect(t.toLowerCase()).toContain(phrase);
    }
  });

  it('n’attribue jamais à la DGDDI les chiffres d’une fiche de démonstration (méthodologie, pied de page)', () => {
    for (const variant of ['screen', 'print'] as const) {
      const t = text(renderFiche({ ...loire, variant }));
      expect(t).not.toMatch(/reposent sur les statistiques[^.]*DGDDI/);
      expect(t).not.toContain('Source : DGDDI');
      expect(t).not.toMatch(/Source : Direction générale des Douanes/);
      expect(t).toContain('Source : aucune, montants fictifs');
      expect(t).toContain('calculés sur des fichiers fictifs');
    }
    const real = text(renderFiche({ ...loire, main: withCharts(withFigures(loire, { demo: false })) }));
    expect(real).toContain('de la Direction générale des Douanes et Droits indirects (DGDDI)');
    expect(real).toContain('Source : DGDDI, Licence Ouverte 2.0');
  });

  it('n’imprime ni survol, ni noms de fichiers, ni boutons ; la page web garde les fichiers importés, le PDF et l’impression', () => {
    const print = renderFiche({ ...loire, variant: 'print' });
    const screen = renderFiche(loire);
    for (const screenOnly of [
      'DEMO_regional_2024_export.zip',
      'Fichiers importés',
      'Télécharger la fiche (PDF)',
      'window.print()',
    ]) {
      expect(print).not.toContain(screenOnly);
      expect(screen).toContain(screenOnly);
    }
    expect(print).not.toMatch(/survol/i);
    expect(screen).toContain('Survolez ou touchez un rectangle, ou parcourez le graphique au clavier');
    expect(text(print)).toContain('La version web de cette fiche donne les données de chaque graphique au format CSV');
  });

  it('sans tableaux, liens CSV ni script pour l’impression', () => {
    const html = renderFiche({ ...loire, variant: 'print' });
    expect(html).not.toContain('<details');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('.csv"');
    expect(html).toContain('Total des exportations');
  });
});

describe('petits formats', () => {
  it('formate les cellules des tableaux à la française', () => {
    expect(formatCell(622538528, 'euros')).toBe('622\u00a0538\u00a0528');
    expect(formatCell(-34268502, 'euros')).toBe('\u221234\u00a0268\u00a0502');
    expect(formatCell(0.0588, 'share')).toBe('5,9\u00a0%');
    expect(formatCell('oui', 'text')).toBe('oui');
    const table = renderDataTable({
      caption: 'T <b>',
      columns: ['Pays', 'Valeur (euros)'],
      kinds: ['text', 'euros'],
      rows: [['A & B', 12]],
    });
    expect(table).toContain('<caption>T &lt;b&gt;</caption>');
    expect(table).toContain('<th scope="row">A &amp; B</th><td class="num">12</td>');
  });

  it('écrit la date en français et suit SOURCE_DATE_EPOCH', () => {
    expect(formatDate(new Date(Date.UTC(2026, 0, 1)))).toBe('1er\u00a0janvier\u00a02026');
    expect(formatDate(new Date(Date.UTC(2025, 7, 15, 23, 59)))).toBe('15\u00a0août\u00a02025');
    expect(generationDate({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const now = new Date(Date.UTC(2030, 4, 2));
    expect(generationDate({}, () => now)).toBe(now);
    expect(() => generationDate({ SOURCE_DATE_EPOCH: 'hier' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
