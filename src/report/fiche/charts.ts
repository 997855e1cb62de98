// The four charts of one territory, rendered once and reused by every fiche that shows them
// (France's Sankey diagrams appear on every fiche). The fiche maps the figures to what each
// chart draws; default id prefixes carry the territory's slug, so the charts of several
// territories can share a page.
import {
  renderActivitiesTreemap,
  renderFlowSankey,
  renderPartnersChart,
  withNarrowLayout,
  type ChartSubject,
  type PartnersInput,
  type SankeyInput,
  type TreemapInput,
} from '../../charts/index.js';
import { yearOrWindow } from './wording.js';
import type { Activity, Figures, FlowMatrix } from '../../figures/types.js';
import type { ChartOutput, ChartTable } from '../../charts/types.js';
import { territoryTncc } from '../../reference/territory-article.js';
import { activityCell, changeSince, partnerRow } from './evolution-inputs.js';
import { renderEvolutionCharts } from './evolution.js';
import { positionTables, renderSpecialisation } from './position.js';
import { opportunityTables } from './opportunity-tables.js';
import { renderOpportunityCharts } from './opportunity-charts.js';
import { evolutionSource } from './prose-evolution.js';
import { chartSource } from './prose.js';
import { CHART_KEYS, type ChartSet, type DataKey, type PositionCharts, type TerritoryCharts } from './types.js';

/** What the four charts of a territory draw. */
export interface ChartInputs {
  partenaires: PartnersInput;
  activites: TreemapInput;
  'flux-exportations': SankeyInput;
  'flux-importations': SankeyInput;
}

function sankeyInput(subject: ChartSubject, direction: SankeyInput['direction'], m: FlowMatrix): SankeyInput {
  return {
    subject,
    direction,
    total_eur: m.total_eur,
    sources: m.sources.map(({ code, name, value_eur }) => ({ code, name, value_eur })),
    targets: m.targets.map(({ code, name, value_eur }) => ({ code, name, value_eur })),
    links: m.links.map(({ source, target, value_eur, highlight }) => ({ source, target, value_eur, highlight })),
  };
}

export function chartInputs(f: Figures): ChartInputs {
  const subject: ChartSubject = {
    name: f.territory.name,
    tncc: territoryTncc(f.territory),
    year: f.year ?? yearOrWindow(f),
    slug: f.territory.slug,
    source: chartSource(f),
  };
  // With a previous period, the partners chart and the activities table show the change on it.
  const since = changeSince(f);
  const change = since !== undefined;
  const cell = (a: Activity) => activityCell(a, change);
  return {
    partenaires: {
      subject,
      partners: f.partners.map((p) => partnerRow(p, change)),
      totals: { imports_eur: f.imports.total_eur, exports_eur: f.exports.total_eur },
      ...(change ? { changeSince: since } : {}),
    },
    activites: {
      subject,
      imports: f.activities.imports.map(cell),
      exports: f.activities.exports.map(cell),
      ...(change ? { changeSince: since } : {}),
    },
    'flux-exportations': sankeyInput(subject, 'exports', f.flows.exports),
    'flux-importations': sankeyInput(subject, 'imports', f.flows.imports),
  };
}

export function renderCharts(inputs: ChartInputs): ChartSet {
  return {
    partenaires: withNarrowLayout(renderPartnersChart, inputs.partenaires),
    activites: withNarrowLayout(renderActivitiesTreemap, inputs.activites),
    'flux-exportations': withNarrowLayout(renderFlowSankey, inputs['flux-exportations']),
    'flux-importations': withNarrowLayout(renderFlowSankey, inputs['flux-importations']),
  };
}

export function renderChartSet(figures: Figures): ChartSet {
  return renderCharts(chartInputs(figures));
}

export function renderPositionCharts(figures: Figures): PositionCharts {
  const source = chartSource(figures);
  const specialisation = renderSpecialisation(figures, source);
  return {
    specialisation,
    leads: renderOpportunityCharts(figures, source),
    tables: { ...positionTables(figures, specialisation), ...opportunityTables(figures) },
  };
}

export function withCharts(figures: Figures): TerritoryCharts {
  const evolution = renderEvolutionCharts(
    figures,
    evolutionSource(
      figures.demo,
      figures.history.map((h) => h.year),
    ),
  );
  return { figures, charts: renderChartSet(figures), position: renderPositionCharts(figures), evolution };
}

/** Every table written as CSV beside a territory's fiche: the charts' data, then the position and evolution tables. */
export function dataTables(c: TerritoryCharts): [DataKey, ChartTable][] {
  return [
    ...CHART_KEYS.map((k): [DataKey, ChartTable] => [k, c.charts[k].table]),
    ...(Object.entries(c.position.tables) as [DataKey, ChartTable][]),
    ...(Object.entries(c.evolution?.tables ?? {}) as [DataKey, ChartTable][]),
  ];
}

/** Every chart drawn for a territory, under the key of its CSV file (its SVG and PNG files take the same name). */
export function drawnCharts(c: TerritoryCharts): [DataKey, ChartOutput][] {
  const charts: [DataKey, ChartOutput][] = CHART_KEYS.map((k) => [k, c.charts[k]]);
  if (c.position.specialisation) charts.push(['specialisation', c.position.specialisation]);
  if (c.evolution) charts.push(['evolution', c.evolution.chart]);
  if (c.evolution?.quarters) charts.push(['series-trimestrielles', c.evolution.quarters]);
  for (const [key, chart] of Object.entries(c.position.leads ?? {}) as [DataKey, ChartOutput][])
    charts.push([key, chart]);
  return charts;
}
