// The four charts of one territory, rendered once and reused by every fiche that shows them
// (France's Sankey diagrams appear on every fiche). Default id prefixes carry the territory's
// slug, so the charts of several territories can share a page.
import { renderActivitiesTreemap, renderFlowSankey, renderPartnersChart } from '../../charts/index.js';
import type { Figures } from '../../figures/types.js';
import type { ChartSet, TerritoryCharts } from './types.js';

export function renderChartSet(figures: Figures): ChartSet {
  return {
    partenaires: renderPartnersChart(figures),
    activites: renderActivitiesTreemap(figures),
    'flux-exportations': renderFlowSankey(figures, 'exports'),
    'flux-importations': renderFlowSankey(figures, 'imports'),
  };
}

export function withCharts(figures: Figures): TerritoryCharts {
  return { figures, charts: renderChartSet(figures) };
}
