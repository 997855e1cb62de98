// Public API of the charts: pure functions from figures to accessible, deterministic SVG.
export type { ChartOptions, ChartOutput, ChartTable } from './types.js';
export { renderPartnersChart } from './partners.js';
export { renderActivitiesTreemap, fitCellLabel } from './treemap.js';
export { renderFlowSankey, dodge, type FlowDirection } from './sankey.js';
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
