// Public API of the fiche: pure rendering of one territory's page from figures and charts.
export { renderFiche, ficheDocumentTitle } from './page.js';
export { ficheDocumentInfo, type DocumentInfo } from './metadata.js';
export { dataTables, drawnCharts, renderChartSet, withCharts } from './charts.js';
export { renderDataTable, formatCell } from './table.js';
export { generationDate } from './date.js';
export { departementRefs } from './territoires.js';
export { displayName } from './wording.js';
export {
  CHART_KEYS,
  type ChartKey,
  type ChartSet,
  type DataKey,
  type FicheInput,
  type FicheLinks,
  type FicheMeta,
  type SourceFile,
  type TerritoryCharts,
} from './types.js';
