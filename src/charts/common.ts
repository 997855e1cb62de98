// Small helpers shared by the chart modules.

import type { Figures } from '../figures/types.js';
import type { ChartOutput } from './types.js';
import { verticalMetrics, wrapText, type TextAnchor } from './font.js';
import { palette } from './palette.js';
import { el, svgRoot, textEl } from './svg.js';

/** Fraction value/total, 0 when the total is 0 (a territory without imports, say). */
export function fraction(value: number, total: number): number {
  return total > 0 ? value / total : 0;
}

/** "Loire (2024)": the territory and year that end every chart title. */
export function territoryYear(figures: Figures): string {
  return `${figures.territory.name} (${figures.year})`;
}

/** Default id prefix: chart kind and territory slug. */
export function defaultIdPrefix(kind: string, figures: Figures): string {
  return `${kind}-${figures.territory.slug}`;
}

/** A short notice (e.g. "Aucune importation…") wrapped to `maxWidth`, one `<text>` per line. */
export function noticeLines(text: string, x: number, top: number, maxWidth: number, size: number, anchor: TextAnchor): string[] {
  const { ascent } = verticalMetrics();
  const lines = wrapText(text, maxWidth, size, 400, 3);
  return [
    el(
      'g',
      { class: 'label empty' },
      ...lines.map((line, i) => textEl(x, top + ascent * size + i * size * 1.25, line, { size, anchor, fill: palette.muted })),
    ),
  ];
}

/**
 * Decimals for the M€ values of one chart: one, or more for tiny territories so that their
 * largest value shows two significant digits (41 000 € → "0,041 M€", not "0,0 M€"). At most 3.
 */
export function mEurDecimals(maxEur: number): number {
  const m = maxEur / 1e6;
  if (!(m > 0) || m >= 1) return 1;
  return Math.min(3, Math.max(1, 1 - Math.floor(Math.log10(m))));
}

/** Wraps a chart's body in its accessible SVG root and pairs it with its data table (in euros). */
export function chartOutput(
  o: { width: number; height: number; idPrefix: string; className: string; title: string; description: string },
  body: string[],
  table: { columns: string[]; rows: ChartOutput['table']['rows'] },
): ChartOutput {
  return {
    svg: svgRoot(o, body),
    title: o.title,
    description: o.description,
    table: { caption: `${o.title}, en euros`, ...table },
  };
}
