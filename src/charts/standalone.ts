// A chart as a file of its own (the « SVG » download, and what its PNG is drawn from): the paper
// drawing with its source line, and for demo data a notice above it, so that a copied image
// never passes fictional numbers off as official ones.
import { palette } from './palette.js';
import { attrs, escapeXml, num } from './svg.js';
import { FONT_FAMILY_ATTR } from './font.js';
import type { ChartOutput } from './types.js';

/** The notice every output built from demo data shows (report/demo-notice.ts re-exports it). */
export const DEMO_NOTICE = 'Données fictives de démonstration';
const NOTICE_BAND = 26;
const NOTICE_SIZE = 14;
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The standalone SVG file of `chart`; `demo`: its data are the demo generator's. */
export function standaloneSvg(chart: Pick<ChartOutput, 'print' | 'width' | 'height'>, demo: boolean): string {
  const drawing = chart.print.trim();
  if (!demo) return `${XML_DECLARATION}${drawing}\n`;
  const height = chart.height + NOTICE_BAND;
  const root = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width: chart.width,
    height,
    viewBox: `0 0 ${num(chart.width)} ${num(height)}`,
    'font-family': FONT_FAMILY_ATTR,
  });
  const notice = `<text${attrs({ x: 0, y: NOTICE_SIZE + 2, 'font-size': NOTICE_SIZE, 'font-weight': 600, fill: palette.text })}>${escapeXml(DEMO_NOTICE)}</text>`;
  const placed = drawing.replace(/^<svg /, `<svg y="${NOTICE_BAND}" `);
  return `${XML_DECLARATION}<svg${root}>\n${notice}\n${placed}\n</svg>\n`;
}
