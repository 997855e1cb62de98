// Public API of the charts: pure functions from what they draw to accessible, deterministic SVG.
export type {
  ActivityCell,
  ChartOptions,
  ChartOutput,
  ChartSubject,
  ChartTable,
  ColumnKind,
  PartnerRow,
  PartnersInput,
  SankeyInput,
  SankeyLinkInput,
  SankeyNodeInput,
  TreemapInput,
} from './types.js';
export { OTHERS_NODE } from './types.js';
export { NARROW_WIDTH, withNarrowLayout } from './common.js';
export { renderPartnersChart } from './partners.js';
export { renderActivitiesTreemap } from './treemap.js';
export { fitCellLabel } from './cell-label.js';
export { breakPoints, wrapHyphenated } from './hyphenate.js';
export { renderFlowSankey, dodge, type FlowDirection } from './sankey.js';
export { renderEvolutionChart, type EvolutionInput, type EvolutionYear } from './evolution.js';
export { palette, contrastRatio, relativeLuminance, AA_CONTRAST } from './palette.js';
export {
  FONT_FAMILY,
  FONT_FAMILY_ATTR,
  fontFiles,
  measureText,
  wrapText,
  truncateText,
  textBox,
  blockHeight,
  verticalMetrics,
  type FontFile,
  type FontWeight,
  type Box,
} from './font.js';
export { escapeXml, num } from './svg.js';
