// The « Évolution » section: the chart of every year in the store, the change of each total on the
// previous period, and the largest rises and falls by partner and by activity. Pure: figures and
// the rendered chart in, HTML out; the prose is in prose-evolution.ts.
import { renderEvolutionChart, type EvolutionInput, type EvolutionYear } from '../../charts/evolution.js';
import { isPartial } from '../../charts/evolution-labels.js';
import { renderQuartersChart } from '../../charts/quarters.js';
import { withNarrowLayout } from '../../charts/index.js';
import type { ChartOutput, ChartTable } from '../../charts/types.js';
import type { QuarterSeries } from '../../figures/quarter-series.js';
import type { TerritoryRef } from '../../figures/types.js';
import { formatChange, formatMillions, formatSignedMillions, printedDifference } from '../../format/fr.js';
import { territoryTncc } from '../../reference/territory-article.js';
import { renderChartBlock, type CitedPage } from './chart-block.js';
import { seriesTable } from './series-table.js';
import { tableWrap } from './table.js';
import { escapeHtml, joinHtml, tag } from '../html.js';
import { headedSection, p } from './html.js';
import { EVOLUTION, yearEarlier } from './prose-evolution.js';
import { COLON, periodWords, type PeriodBounds } from './wording.js';

export type EvolutionTableKey = 'evolution' | 'principales-evolutions' | 'series-trimestrielles';

interface ChangeTotal {
  total_eur: number;
  previous_eur: number | null;
  change_rate: number | null;
}

interface Mover {
  code: string;
  name: string;
  value_eur: number;
  previous_eur: number;
  change_eur: number;
}

interface Movers {
  gains: Mover[];
  losses: Mover[];
}

type FlowKey = 'exports' | 'imports';

/** What the section reads of the figures (the figures' own shapes, narrowed). */
export interface ChangeFigures {
  territory: TerritoryRef;
  year: number | null;
  /** The quarters of the figures' year (or window). */
  quarters: number[];
  period: PeriodBounds & { quarters: number };
  previous_period: PeriodBounds | null;
  history: { year: number; exports_eur: number; imports_eur: number; quarters: number }[];
  series: QuarterSeries;
  demo: boolean;
  exports: ChangeTotal;
  imports: ChangeTotal;
  movers: Record<FlowKey, { partners: Movers; activities: Movers }>;
}

export interface EvolutionCharts {
  chart: ChartOutput;
  /** The quarterly and rolling four-quarter series (web only); null without a quarter. */
  quarters: ChartOutput | null;
  tables: Partial<Record<EvolutionTableKey, ChartTable>>;
}

/**
 * The chart's years. The history counts a year's quarters; which ones is known for the figures'
 * own year, and otherwise follows from the store being a run of quarters: a partial first year
 * holds its last quarters, any other partial year its first ones.
 */
export function historyYears(f: ChangeFigures): EvolutionYear[] {
  return f.history.map((h, i) => {
    const n = Math.max(0, Math.min(4, h.quarters));
    let quarters = Array.from({ length: n }, (_, k) => k + 1);
    if (f.year === h.year && f.quarters.length === n) quarters = [...f.quarters];
    else if (i === 0 && n < 4) quarters = quarters.map((q) => q + 4 - n);
    return { year: h.year, exports_eur: h.exports_eur, imports_eur: h.imports_eur, quarters };
  });
}

/** A partial year's same quarters one year earlier, from the quarterly series; null unless all are held. */
function sameQuartersBefore(f: ChangeFigures, yr: EvolutionYear): EvolutionYear['before'] {
  const byPeriod = new Map(f.series.quarters.map((q) => [q.period, q]));
  const before = yr.quarters.map((q) => byPeriod.get(`${yr.year - 1}-T${q}`));
  if (before.length === 0 || before.some((q) => q === undefined)) return null;
  return {
    exports_eur: before.reduce((s, q) => s + q!.exports_eur, 0),
    imports_eur: before.reduce((s, q) => s + q!.imports_eur, 0),
  };
}

export function evolutionInput(f: ChangeFigures, source: string): EvolutionInput {
  const years = historyYears(f).map((yr) =>
    isPartial(yr.quarters) ? { ...yr, before: sameQuartersBefore(f, yr) } : yr,
  );
  return {
    subject: { name: f.territory.name, tncc: territoryTncc(f.territory), slug: f.territory.slug, source },
    years,
    breaks: [EVOLUTION.emebi],
  };
}

const GROUPS = [
  ['partners', 'gains'],
  ['partners', 'losses'],
  ['activities', 'gains'],
  ['activities', 'losses'],
] as const;

/** The movers as one tidy table (the CSV): flow, kind, direction, then the amounts. Null without a previous period. */
export function moversTable(f: ChangeFigures): ChartTable | null {
  if (f.previous_period === null) return null;
  const prev = periodWords(f.previous_period);
  const cur = periodWords(f.period);
  const rows: (string | number)[][] = [];
  for (const flow of ['exports', 'imports'] as const) {
    for (const [kind, dir] of GROUPS) {
      for (const m of f.movers[flow][kind][dir]) {
        rows.push([
          flow === 'exports' ? 'Exportations' : 'Importations',
          kind === 'partners' ? 'Pays' : 'Activité',
          dir === 'gains' ? 'Hausse' : 'Baisse',
          m.name,
          m.code,
          m.value_eur,
          m.previous_eur,
          m.change_eur,
          m.previous_eur > 0 ? m.change_eur / m.previous_eur : '',
        ]);
      }
    }
  }
  return {
    caption: EVOLUTION.csvCaption(prev),
    columns: [
      'Flux',
      'Catégorie',
      'Sens',
      'Pays ou activité',
      'Code',
      `Valeur ${cur} (euros)`,
      `Valeur ${prev} (euros)`,
      'Évolution (euros)',
      'Évolution',
    ],
    kinds: ['text', 'text', 'text', 'text', 'text', 'euros', 'euros', 'euros', 'change'],
    rows,
  };
}

export function renderEvolutionCharts(f: ChangeFigures, source: string): EvolutionCharts {
  const chart = withNarrowLayout(renderEvolutionChart, evolutionInput(f, source));
  const movers = moversTable(f);
  const series = seriesTable(f.series, f.demo);
  const subject = { name: f.territory.name, tncc: territoryTncc(f.territory), slug: f.territory.slug, source };
  const quarters = series ? withNarrowLayout(renderQuartersChart, { subject, ...f.series }) : null;
  return {
    chart,
    quarters,
    tables: {
      evolution: chart.table,
      ...(movers ? { 'principales-evolutions': movers } : {}),
      ...(series ? { 'series-trimestrielles': series } : {}),
    },
  };
}

/** A mover's change in M€ as the difference of the two amounts printed beside it (636,7 → 622,5: −14,2). */
export function printedChange(m: Pick<Mover, 'value_eur' | 'previous_eur'>): string {
  return formatSignedMillions(printedDifference(m.value_eur / 1e6, m.previous_eur / 1e6, 1) * 1e6);
}

/** One flow's movers as an HTML table: a row group per kind and direction, amounts in M€. */
function moversHtml(f: ChangeFigures, flow: FlowKey, id: string): string {
  const prev = periodWords(f.previous_period!);
  const cur = periodWords(f.period);
  const head = tag(
    'tr',
    {},
    tag('th', { scope: 'col' }, 'Pays ou activité'),
    ...[prev, cur, 'Évolution (M€)', 'Évolution (%)'].map((h, i) =>
      tag('th', { scope: 'col', class: 'num' }, escapeHtml(i < 2 ? `${h} (M€)` : h)),
    ),
  );
  const groups = GROUPS.filter(([kind, dir]) => f.movers[flow][kind][dir].length > 0).map(([kind, dir]) => {
    const rows = f.movers[flow][kind][dir].map((m) =>
      tag(
        'tr',
        {},
        tag('th', { scope: 'row' }, escapeHtml(m.name)),
        tag('td', { class: 'num' }, formatMillions(m.previous_eur)),
        tag('td', { class: 'num' }, formatMillions(m.value_eur)),
        tag('td', { class: `num ${dir === 'gains' ? 'rise' : 'fall'}` }, printedChange(m)),
        tag('td', { class: 'num' }, m.previous_eur > 0 ? formatChange(m.change_eur / m.previous_eur) : '\u2013'),
      ),
    );
    return tag(
      'tbody',
      {},
      tag('tr', {}, tag('th', { scope: 'rowgroup', colspan: '5', class: 'group' }, EVOLUTION.groups[kind][dir])),
      '\n',
      rows.join('\n'),
    );
  });
  if (groups.length === 0)
    return p(`${flow === 'exports' ? 'Exportations' : 'Importations'}${COLON} ${EVOLUTION.noMovers}`);
  const caption = EVOLUTION.moversCaption(flow, prev);
  return tableWrap(
    caption,
    tag(
      'table',
      { class: 'data movers', id },
      tag('caption', {}, escapeHtml(caption)),
      '\n',
      tag('thead', {}, head),
      '\n',
      joinHtml(groups, '\n'),
    ),
  );
}

export function renderEvolutionSection(
  f: ChangeFigures,
  charts: EvolutionCharts,
  csvHref: (key: EvolutionTableKey) => string,
  print = false,
  page?: CitedPage,
): string {
  const years = f.history.map((h) => h.year);
  const parts: string[] = [p(EVOLUTION.intro(f.territory, years[0] ?? 0, years[years.length - 1] ?? 0))];
  parts.push(
    renderChartBlock(charts.chart, {
      id: 'graphique-evolution',
      csvHref: csvHref('evolution'),
      print,
      // The totals and their change are the key figures' at the top of the fiche: not repeated here.
      page,
      after: p(EVOLUTION.key, 'key'),
    }),
  );
  // Paper keeps the fiche within 7 A4 pages: the quarterly chart is on the web version only.
  if (!print && charts.quarters)
    parts.push(
      renderChartBlock(charts.quarters, {
        id: 'graphique-trimestres',
        csvHref: csvHref('series-trimestrielles'),
        page,
      }),
    );
  if (f.previous_period === null) {
    parts.push(p(EVOLUTION.noPrevious(periodWords(yearEarlier(f.period)))));
  } else if (print) {
    // Paper keeps the fiche within 7 A4 pages: the movers tables stay on the web version and in its CSV.
    parts.push(p(EVOLUTION.moversOnWeb(periodWords(f.previous_period), periodWords(f.period))));
  } else {
    parts.push(
      tag('h3', {}, EVOLUTION.moversTitle),
      p(EVOLUTION.moversLead(f.territory, periodWords(f.previous_period), periodWords(f.period))),
      tag(
        'div',
        { class: 'movers-pair' },
        moversHtml(f, 'exports', 'evolutions-exportations'),
        moversHtml(f, 'imports', 'evolutions-importations'),
      ),
    );
    if (!print) {
      parts.push(
        tag(
          'p',
          { class: 'data-links' },
          tag(
            'a',
            { href: csvHref('principales-evolutions'), download: true },
            'Télécharger les principales évolutions (CSV, séparateur point-virgule)',
          ),
        ),
      );
    }
  }
  return headedSection('evolution', EVOLUTION.title, 'major', joinHtml(parts, '\n'), '\n');
}
