// The "Positionnement et exposition" section: rank, specialisation chart, concentration, exposure
// to the United States and China (both ways) and import dependencies. Pure: figures and the rendered chart in, HTML out.
import { renderSpecialisationChart, type SpecialisationInput } from '../../charts/specialisation.js';
import { withNarrowLayout } from '../../charts/index.js';
import type { ChartOutput, ChartTable } from '../../charts/types.js';
import type { Dependency, Exposure, SpecialisationEntry } from '../../figures/position/position.js';
import type { ExposureOverTime, PositionOverTime } from '../../figures/position/over-time.js';
import type { TerritoryRef } from '../../model/territory.js';
import { formatMEur, formatShare, NBSP } from '../../format/fr.js';
import { territoryTncc } from '../../reference/territory-article.js';
import { renderChartBlock, type CitedPage } from './chart-block.js';
import { escapeHtml, joinHtml, tag } from '../html.js';
import { headedSection, p } from './html.js';
import { exposureChangeSentence, exposureSentence, rankSentence } from './position-prose.js';
import { csvLink, visibleTable } from './visible-table.js';
import { watchedPartnersSentences, watchedPartnersTable, watchedPartnersVisibleTable } from './watched-partners.js';
import { concentrationBlock, type ConcentrationBenchmark } from './concentration-block.js';
import { COLON, ofTerritory, periodWords, yearOrWindow } from './wording.js';

/** The activities the chart shows: the largest indices above 1 among those weighing ≥ 1 %. */
export const SPECIALISATION_ROWS = 8;
export const SPECIALISATION_MIN_SHARE = 0.01;
/** Dependencies shown in the fiche (the CSV and the JSON keep them all). */
export const DEPENDENCIES_SHOWN = 10;

export type PositionTableKey =
  | 'specialisation'
  | 'etats-unis'
  | 'etats-unis-chine'
  | 'dependances'
  | 'pistes-debouches'
  | 'pistes-approvisionnements'
  | 'pistes-activites';

export interface PositionSubject {
  territory: TerritoryRef;
  region: TerritoryRef | null;
  /** Null for a window of quarters across two years (then `period` names it). */
  year: number | null;
  period: { from: string; to: string; quarters: number };
  /** The same quarters a year earlier, when the store holds them. */
  previous_period: { from: string; to: string } | null;
}

export type PositionFigures = PositionSubject & PositionOverTime;

export function specialisationRows(entries: SpecialisationEntry[]): SpecialisationEntry[] {
  return entries.filter((e) => e.index > 1 && e.share >= SPECIALISATION_MIN_SHARE).slice(0, SPECIALISATION_ROWS);
}

/**
 * The chart's narrow input; France, whose index is 1 everywhere, has none. `source` is the line
 * written under the chart ('Source : DGDDI, … 2024 ; traitement territrade').
 */
export function specialisationInput(f: PositionFigures, source: string): SpecialisationInput | null {
  if (f.territory.kind === 'france') return null;
  const rows = specialisationRows(f.specialisation.exports).map(({ code, name, share, france_share, index }) => ({
    code,
    name,
    share,
    france_share,
    index,
  }));
  return {
    subject: {
      name: f.territory.name,
      tncc: territoryTncc(f.territory),
      year: f.year ?? yearOrWindow(f),
      slug: f.territory.slug,
      source,
    },
    flow: 'exports',
    rows,
  };
}

export function renderSpecialisation(f: PositionFigures, source: string): ChartOutput | null {
  const input = specialisationInput(f, source);
  return input ? withNarrowLayout(renderSpecialisationChart, input) : null;
}

export function exposureTable(e: Exposure): ChartTable {
  const toward = e.partner === 'US' ? 'les États-Unis' : e.partner_name;
  return {
    caption: `Principales activités exportées vers ${toward}, en euros`,
    columns: ['Activité', 'Code A129', `Exportations vers ${toward} (euros)`, "Part des exportations de l'activité"],
    kinds: ['text', 'text', 'euros', 'share'],
    rows: e.products.map((x) => [x.name, x.code, x.value_eur, x.share_of_product_exports]),
  };
}

export function dependenciesTable(deps: Dependency[]): ChartTable {
  return {
    caption: "Activités dont la moitié au moins des importations vient d'un seul pays, en euros",
    columns: [
      'Activité',
      'Code A129',
      'Pays',
      "Part du pays dans les importations de l'activité",
      'Importations depuis ce pays (euros)',
    ],
    kinds: ['text', 'text', 'text', 'share', 'euros'],
    rows: deps.map((d) => [d.name, d.product, d.country_name, d.share, d.value_eur]),
  };
}

/** The tables of the section written as CSV beside the fiche (keys of PositionTableKey). */
export function positionTables(
  f: PositionFigures,
  chart: ChartOutput | null,
): Partial<Record<PositionTableKey, ChartTable>> {
  const us = f.exposure.united_states;
  return {
    ...(chart ? { specialisation: chart.table } : {}),
    ...(us ? { 'etats-unis': exposureTable(us) } : {}),
    'etats-unis-chine': watchedPartnersTable(f),
    dependances: dependenciesTable(f.dependencies.imports),
  };
}

function exposureBlock(
  f: PositionFigures,
  e: ExposureOverTime,
  csvHref: (key: PositionTableKey) => string,
  print: boolean,
): string[] {
  const since = f.previous_period ? periodWords(f.previous_period) : null;
  const change = exposureChangeSentence(e, since);
  const parts = [
    tag('h3', {}, 'Exposition aux États-Unis et à la Chine'),
    p(exposureSentence(f.territory, e, yearOrWindow(f)) + (change ? ` ${change}` : '')),
  ];
  if (e.products.length > 0) {
    parts.push(
      visibleTable(
        `Principales activités exportées vers les États-Unis, ${yearOrWindow(f)}`,
        ['Activité', 'Vers les États-Unis', "Part de l'activité"],
        e.products.map((x) => [x.name, formatMEur(x.value_eur), formatShare(x.share_of_product_exports)]),
        [false, true, true],
      ),
      p(
        `<strong>Clé de lecture${COLON}</strong> la dernière colonne donne la part des exportations de chaque activité ${ofTerritory(f.territory)} qui part vers les États-Unis.`,
        'key',
      ),
      csvLink(csvHref('etats-unis'), print),
    );
  }
  // Both ways (the imports from the United States, China's exports and imports): on the web page;
  // on paper they would take the Loire past 7 pages.
  if (print) return parts;
  const both = watchedPartnersSentences(f);
  if (both.length > 0) parts.push(p(both.join(' ')));
  parts.push(watchedPartnersVisibleTable(f), csvLink(csvHref('etats-unis-chine'), print));
  return parts;
}

function dependenciesBlock(f: PositionFigures, csvHref: string, print: boolean): string[] {
  const deps = f.dependencies.imports;
  const parts = [tag('h3', {}, escapeHtml("Dépendances à l'import"))];
  if (deps.length === 0) {
    parts.push(
      p(`Aucune activité ${ofTerritory(f.territory)} ne tire la moitié ou plus de ses importations d'un seul pays.`),
    );
    return parts;
  }
  const shown = [...deps].sort((a, b) => b.value_eur - a.value_eur || b.share - a.share).slice(0, DEPENDENCIES_SHOWN);
  parts.push(
    p(
      `${deps.length === 1 ? 'Une activité tire la moitié ou plus de ses importations' : `Au total, ${deps.length} activités tirent la moitié ou plus de leurs importations`} d'un seul pays. ` +
        (deps.length > shown.length
          ? `Les ${shown.length} plus importantes en valeur${NBSP}:`
          : `${deps.length === 1 ? 'La voici' : 'Les voici'}, par valeur décroissante${NBSP}:`),
      'lead-in',
    ),
    visibleTable(
      `Dépendances à l'import, ${yearOrWindow(f)}`,
      ['Activité', 'Pays', 'Part du pays', 'Importations depuis ce pays'],
      shown.map((d) => [d.name, d.country_name, formatShare(d.share), formatMEur(d.value_eur)]),
      [false, false, true, true],
    ),
    csvLink(csvHref, print),
  );
  return parts;
}

export function renderPositionSection(
  f: PositionFigures,
  chart: ChartOutput | null,
  csvHref: (key: PositionTableKey) => string,
  print = false,
  benchmarks: readonly ConcentrationBenchmark[] = [],
  page?: CitedPage,
): string {
  const t = f.territory;
  const parts: string[] = [
    p(
      t.kind === 'france'
        ? `Cette partie mesure l'exposition de la France${NBSP}: de quels partenaires et de quelles activités ses échanges dépendent-ils${NBSP}?`
        : `Cette partie situe le territoire parmi les autres et par rapport à la moyenne nationale, puis mesure son exposition${NBSP}: de quels partenaires et de quelles activités ses échanges dépendent-ils${NBSP}?`,
    ),
  ];
  const since = f.previous_period ? periodWords(f.previous_period) : null;
  if (f.rank)
    parts.push(
      tag('h3', {}, 'Rang'),
      p(rankSentence(t, f.rank, f.region, f.rank.previous && since ? { rank: f.rank.previous, since } : null)),
    );
  if (chart) {
    parts.push(
      tag('h3', {}, 'Spécialisation'),
      p(
        `L'indice de spécialisation compare le poids d'une activité dans les exportations ${ofTerritory(t)} à son poids dans les exportations de la France. ` +
          `Le graphique retient les activités où il est le plus élevé parmi celles qui pèsent au moins ${formatShare(SPECIALISATION_MIN_SHARE)} des exportations.`,
      ),
      renderChartBlock(chart, {
        id: 'graphique-specialisation',
        csvHref: csvHref('specialisation'),
        print,
        page,
      }),
    );
  }
  parts.push(...concentrationBlock(t, f.concentration, benchmarks));
  const us = f.exposure.united_states;
  if (us) parts.push(...exposureBlock(f, us, csvHref, print));
  parts.push(...dependenciesBlock(f, csvHref('dependances'), print));
  return headedSection(
    'position',
    'Positionnement et exposition',
    'major',
    joinHtml(
      parts.filter((x) => x !== ''),
      '\n',
    ),
    '\n',
  );
}
