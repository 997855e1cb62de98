// Small helpers shared by the chart modules.

import type { ChartOptions, ChartOutput, ChartSubject, ColumnKind } from './types.js';
import { sourceLine } from './source-line.js';
import { fullLabelsNote, shortenedLabels, type SceneNode } from './scene.js';
import { svgRoot, type RootOptions } from './svg.js';
import { paperSvg } from './write-paper.js';
import { screenSvg } from './write-screen.js';
import { frenchTypography } from '../format/fr.js';

/** Fraction value/total, 0 when the total is 0 (a territory without imports, say). */
export function fraction(value: number, total: number): number {
  return total > 0 ? value / total : 0;
}

/** "Loire (2024)": the territory and year that end every chart title. */
export function territoryYear(subject: ChartSubject): string {
  return `${subject.name} (${subject.year})`;
}

/** Width of the charts' narrow layouts (phones): drawn 1:1 or larger in a 390 px page's 342 px column. */
export const NARROW_WIDTH = 340;

/** Charts this narrow or narrower take their narrow layout. */
export function isNarrow(width: number | undefined): boolean {
  return width !== undefined && width <= 480;
}

/**
 * The chart rendered for a wide page, with its narrow layout's screen SVG beside it (ids
 * suffixed, both SVGs living in one page, only one shown).
 */
export function withNarrowLayout<I>(
  render: (input: I, options?: ChartOptions) => ChartOutput,
  input: I,
  options: ChartOptions = {},
): ChartOutput {
  const narrowOptions: ChartOptions = { ...options, width: NARROW_WIDTH };
  if (options.idPrefix !== undefined) narrowOptions.idPrefix = `${options.idPrefix}-etroit`;
  return { ...render(input, options), narrow: render(input, narrowOptions).svg };
}

/** Default id prefix: chart kind and territory slug (and '-etroit' for a narrow layout, shown in the same page). */
export function defaultIdPrefix(kind: string, subject: Pick<ChartSubject, 'slug'>, width?: number): string {
  return `${kind}-${subject.slug}${isNarrow(width) ? '-etroit' : ''}`;
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

/** A data table column: its French header and what it holds. */
export type Column = [header: string, kind: ColumnKind];

/**
 * Wraps a chart's scene (`height` px tall) in its accessible SVG root, with its source line
 * below, writes it for screen and paper, and pairs it with its data table (in euros).
 */
export function chartOutput(
  o: RootOptions & { source: string },
  body: SceneNode[],
  table: { columns: Column[]; rows: ChartOutput['table']['rows'] },
): ChartOutput {
  const source = sourceLine(o.source, o.height, o.width);
  const description = o.description + fullLabelsNote(body);
  const height = o.height + source.height;
  const root = svgRoot({ ...o, description, height }, [...body, source.svg]);
  return {
    svg: screenSvg(root),
    print: paperSvg(root),
    // Same French typography as the SVG's own <title> and <desc> (escapeXml applies it).
    title: frenchTypography(o.title),
    description: frenchTypography(description),
    shortened: shortenedLabels(body),
    source: frenchTypography(o.source),
    width: o.width,
    height,
    table: {
      caption: frenchTypography(`${o.title}, en euros`),
      columns: table.columns.map((c) => c[0]),
      kinds: table.columns.map((c) => c[1]),
      rows: table.rows,
    },
  };
}
