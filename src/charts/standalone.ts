// A chart as a file of its own (the « SVG » download, and what its PNG is drawn from), as a slide
// or a report needs it: for demo data a notice first, so that a copied image never passes
// fictional numbers off as official ones; the chart's title; then the paper drawing, which ends
// with its source line.
import { palette } from './palette.js';
import { attrs, escapeXml, num } from './svg.js';
import { blockHeight, FONT_FAMILY_ATTR, verticalMetrics, wrapText } from './font.js';
import type { ChartOutput } from './types.js';

/** The notice every output built from demo data shows (report/demo-notice.ts re-exports it). */
export const DEMO_NOTICE = 'Données fictives de démonstration';
const NOTICE_BAND = 26;
const NOTICE_SIZE = 14;
export const TITLE_SIZE = 16;
const TITLE_LINE = 20;
/** Space between the title and the drawing. */
const TITLE_GAP = 12;
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Lines of text set from `top` (their box starts there), left-aligned; and the height they take. */
function textBlock(lines: string[], top: number, size: number, lineHeight: number): { svg: string[]; height: number } {
  const baseline = top + verticalMetrics().ascent * size;
  const svg = lines.map(
    (line, k) =>
      `<text${attrs({ x: 0, y: num(baseline + k * lineHeight), 'font-size': size, 'font-weight': 600, fill: palette.text })}>${escapeXml(line)}</text>`,
  );
  return { svg, height: blockHeight(lines.length, size, lineHeight) };
}

/** The standalone SVG file of `chart`; `demo`: its data are the demo generator's. */
export function standaloneSvg(chart: Pick<ChartOutput, 'print' | 'width' | 'height' | 'title'>, demo: boolean): string {
  const notice = demo ? textBlock([DEMO_NOTICE], 0, NOTICE_SIZE, NOTICE_SIZE).svg : [];
  const top = demo ? NOTICE_BAND : 0;
  const title = textBlock(wrapText(chart.title, chart.width, TITLE_SIZE, 600, 3), top, TITLE_SIZE, TITLE_LINE);
  const drawingTop = top + title.height + TITLE_GAP;
  const height = drawingTop + chart.height;
  const root = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width: chart.width,
    height: num(height),
    viewBox: `0 0 ${num(chart.width)} ${num(height)}`,
    'font-family': FONT_FAMILY_ATTR,
  });
  const placed = chart.print.trim().replace(/^<svg /, `<svg y="${num(drawingTop)}" `);
  return `${XML_DECLARATION}<svg${root}>\n${[...notice, ...title.svg, placed].join('\n')}\n</svg>\n`;
}
