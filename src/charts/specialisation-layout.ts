// The specialisation chart's layout: columns (names | plot | territory share | France share |
// index), the plot's scale, the rows' height, the legend's lines and the reading key below.
// Computed once; the marks (specialisation.ts) only read it.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatPercent, formatShare } from '../format/fr.js';
import { ofName } from '../format/article.js';
import { DIRECTION_BY_KEY } from '../model/direction.js';
import { blockHeight, measureText, truncateText, wrapText } from './font.js';
import { wrapLabel } from './hyphenate.js';
import { headLines } from './headers.js';
import { formatIndex, readingKey, type SpecialisationInput } from './specialisation-text.js';
import type { ChartOptions } from './types.js';
import { isNarrow } from './common.js';

export const NAME_SIZE = 12;
export const VALUE_SIZE = 11;
export const HEAD_SIZE = 12;
export const KEY_SIZE = 11;
export const LINE = 14;
const GAP = 8;
export const DOT = 5.5;
export const RING = 4.5;

/** Tick labels with as many decimals as the tick step needs: '10 %', '2,5 %', '0,5 %'. */
function tickFormat(step: number): (v: number) => string {
  const decimals = Math.max(0, Math.min(3, -Math.floor(Math.log10(step * 100) + 1e-9)));
  return (v) => formatPercent(v, decimals);
}

export interface SpecialisationLayout {
  width: number;
  /** Bottom of the content, where the source line starts. */
  contentBottom: number;
  wrapped: string[][];
  /** Each row's territory share, France share and index, as written. */
  shareTexts: (readonly [string, string, string])[];
  /** The territory's column header, on up to three lines (the last one at `headY`). */
  territoryHead: string[];
  /** Right edges of the three value columns. */
  colRight: [number, number, number];
  x: ScaleLinear<number, number>;
  ticks: number[];
  tickText: (v: number) => string;
  rowHeight: number;
  /** Narrow layout: each row's name on its own lines above the dots and values, over the plot's width. */
  namesAbove: boolean;
  legend: {
    y: number;
    territoryLabel: string;
    /** The territory's label before shortening. */
    territoryFull: string;
    franceLabel: string;
    franceX: number;
    franceY: number;
  };
  headY: number;
  top: number;
  plotBottom: number;
  keyLines: string[];
  keyTop: number;
}

/** What the dot and the ring stand for, on two lines when one is too narrow. */
function legendLayout(input: SpecialisationInput, width: number): SpecialisationLayout['legend'] {
  const y = 14;
  const words = DIRECTION_BY_KEY[input.flow].plural;
  const territoryFull = `Part dans les ${words} ${ofName(input.subject)}`;
  const territoryLabel = truncateText(territoryFull, width - 16, VALUE_SIZE);
  const franceLabel = 'Part dans celles de la France';
  const oneLine =
    16 + measureText(territoryLabel, VALUE_SIZE) + 18 + 16 + measureText(franceLabel, VALUE_SIZE) <= width;
  const franceX = oneLine ? 16 + measureText(territoryLabel, VALUE_SIZE) + 18 : 0;
  return { y, territoryLabel, territoryFull, franceLabel, franceX, franceY: oneLine ? y : y + 18 };
}

/** Line height of the column headers. */
export const HEAD_LINE = 14;
const HEAD_WIDTH = 110;

export function specialisationLayout(input: SpecialisationInput, options: ChartOptions): SpecialisationLayout {
  const { subject, rows } = input;
  const width = options.width ?? 800;
  const namesAbove = isNarrow(options.width);
  const nameWidth = namesAbove
    ? width
    : Math.min(Math.max(60, ...rows.map((r) => measureText(r.name, NAME_SIZE, 600))), Math.round(width * 0.3));
  const wrapped = rows.map((r) => wrapLabel(r.name, nameWidth, NAME_SIZE, 600, 2));
  const shareTexts = rows.map(
    (r) => [formatShare(r.share), formatShare(r.france_share), formatIndex(r.index)] as const,
  );
  const colWidth = (k: 0 | 1 | 2, head: readonly string[]) =>
    Math.max(
      ...head.map((h) => measureText(h, HEAD_SIZE, 600)),
      ...shareTexts.map((t) => measureText(t[k], VALUE_SIZE, k === 2 ? 600 : 400)),
    );
  const territoryHead = headLines(subject.name, HEAD_WIDTH, HEAD_SIZE);
  const cols = [colWidth(0, territoryHead), colWidth(1, ['France']), colWidth(2, ['Indice'])] as const;
  const colRight: [number, number, number] = [width - cols[2] - cols[1] - GAP * 4, width - cols[2] - GAP * 2, width];
  const plotX0 = namesAbove ? 0 : nameWidth + GAP * 2;
  const plotX1 = colRight[0] - cols[0] - GAP * 3;
  const maxShare = Math.max(0, ...rows.flatMap((r) => [r.share, r.france_share]));
  const x = scaleLinear()
    .domain([0, maxShare > 0 ? maxShare : 1])
    .range([plotX0 + DOT, plotX1 - DOT])
    .nice(4);
  // A narrow plot has room for fewer tick labels.
  const ticks = x.ticks(namesAbove ? 2 : 4);
  const twoLines = wrapped.some((l) => l.length > 1);
  const nameHeight = blockHeight(twoLines ? 2 : 1, NAME_SIZE, LINE);
  const rowHeight = namesAbove ? nameHeight + 26 : Math.max(twoLines ? 34 : 24, nameHeight + 8);
  const legend = legendLayout(input, width);
  const headY = legend.franceY + 26 + (territoryHead.length - 1) * HEAD_LINE;
  const top = headY + 10;
  const plotBottom = top + rows.length * rowHeight;
  // The reading key is a sentence, not a label: it wraps on as many lines as it needs.
  const keyLines = wrapText(readingKey(input), width, KEY_SIZE, 400, 12);
  const keyTop = plotBottom + 28;
  const contentBottom = rows.length === 0 ? top + 54 : keyTop + blockHeight(keyLines.length, KEY_SIZE, LINE);
  return {
    width,
    contentBottom,
    wrapped,
    shareTexts,
    territoryHead,
    colRight,
    x,
    ticks,
    tickText: tickFormat(ticks.length > 1 ? ticks[1]! - ticks[0]! : 1),
    rowHeight,
    namesAbove,
    legend,
    headY,
    top,
    plotBottom,
    keyLines,
    keyTop,
  };
}
