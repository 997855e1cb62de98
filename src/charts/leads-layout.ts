// The « Pistes d'action » charts' layout: columns (names | plot | values), the plot's scale, the
// rows' height (the activity's name on at most two lines, its country under it), the legend and
// the reading key below. Narrow pages put each row's names above its marks, over the full width.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { blockHeight, measureText, truncateText, wrapText } from './font.js';
import { wrapLabel } from './hyphenate.js';
import { isNarrow } from './common.js';
import { headLines } from './headers.js';
import type { LeadsModel } from './leads-text.js';
import type { ChartOptions } from './types.js';

export const NAME_SIZE = 12;
export const VALUE_SIZE = 11;
export const HEAD_SIZE = 12;
export const KEY_SIZE = 11;
export const LINE = 14;
/** Line height of a header on several lines (its 12 px lines must not touch). */
export const HEAD_LINE = 18;
export const DOT = 5.5;
export const RING = 4.5;
export const BAR = 10;
const GAP = 8;
/** Widest a value column's header may be before it wraps. */
const HEAD_WIDTH = 110;

export interface LeadsLayout {
  width: number;
  namesAbove: boolean;
  /** Each row's name lines, then its country's line when it has one. */
  names: string[][];
  details: (string | null)[];
  /** Each value column's header, on one to three lines (the last one level with « Activité »). */
  heads: string[][];
  /** Right edge of each value column. */
  colRight: number[];
  x: ScaleLinear<number, number>;
  ticks: number[];
  tickText: (v: number) => string;
  rowHeight: number;
  /** Each entry's lines (`line` px apart); `bottomY` is the last line's baseline. */
  legend: {
    y: number;
    value: string[];
    reference: string[] | null;
    referenceX: number;
    referenceY: number;
    bottomY: number;
    line: number;
  };
  headY: number;
  top: number;
  plotBottom: number;
  keyLines: string[];
  keyTop: number;
  contentBottom: number;
}

/** Distance between the baselines of the legend's lines. */
const LEGEND_LINE = 18;

/**
 * The legend's two entries side by side when they fit, else one under the other, each wrapped
 * at words on up to two lines rather than cut (issue 20.3).
 */
function legendLayout(m: LeadsModel, width: number): LeadsLayout['legend'] {
  const y = 14;
  const entry = (text: string) => {
    const lines = wrapText(text, width - 16, VALUE_SIZE, 400, 2);
    return lines.length > 0 ? lines : [text];
  };
  const value = entry(m.legend.value);
  const reference = m.legend.reference === null ? null : entry(m.legend.reference);
  const valueWidth = 16 + measureText(value[0]!, VALUE_SIZE) + 18;
  const oneLine =
    reference === null ||
    (value.length === 1 && reference.length === 1 && valueWidth + 16 + measureText(reference[0]!, VALUE_SIZE) <= width);
  const referenceY = oneLine ? y : y + value.length * LEGEND_LINE;
  const lowest = oneLine || reference === null ? value : reference;
  const bottomY = referenceY + (lowest.length - 1) * LEGEND_LINE;
  return { y, value, reference, referenceX: oneLine ? valueWidth : 0, referenceY, bottomY, line: LEGEND_LINE };
}

function columns(m: LeadsModel, width: number): { heads: string[][]; colRight: number[]; used: number } {
  const heads = m.heads.map((h) => headLines(h, HEAD_WIDTH, HEAD_SIZE));
  const last = heads.length - 1;
  const widths = heads.map((h, k) =>
    Math.max(
      ...h.map((line) => measureText(line, HEAD_SIZE, 600)),
      ...m.rows.map((r) => measureText(r.texts[k] ?? '', VALUE_SIZE, k === last ? 600 : 400)),
    ),
  );
  const colRight: number[] = [];
  let right = width;
  for (let k = last; k >= 0; k--) {
    colRight[k] = right;
    right -= widths[k]! + GAP * 2;
  }
  return { heads, colRight, used: width - right };
}

export function leadsLayout(m: LeadsModel, options: ChartOptions): LeadsLayout {
  const width = options.width ?? 800;
  const namesAbove = isNarrow(options.width);
  const nameWidth = namesAbove
    ? width
    : Math.min(Math.max(60, ...m.rows.map((r) => measureText(r.name, NAME_SIZE, 600))), Math.round(width * 0.32));
  const names = m.rows.map((r) => wrapLabel(r.name, nameWidth, NAME_SIZE, 600, 2));
  const details = m.rows.map((r) => (r.detail === null ? null : truncateText(r.detail, nameWidth, VALUE_SIZE)));
  const { heads, colRight, used } = columns(m, width);
  const plotX0 = namesAbove ? 0 : nameWidth + GAP * 2;
  const plotX1 = width - used - GAP;
  const max = m.domainMax ?? Math.max(0, ...m.rows.flatMap((r) => [r.value, r.reference ?? 0]));
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([plotX0 + DOT, plotX1 - DOT])
    .nice(4);
  const allTicks = x.ticks(namesAbove ? 2 : 4);
  const step = allTicks.length > 1 ? allTicks[1]! - allTicks[0]! : 1;
  // A domain below the printed precision (a few euros) would print the same text at every tick.
  const ticks = allTicks.filter((t, i) => i === 0 || m.tick(t, step) !== m.tick(allTicks[i - 1]!, step));
  const lines = Math.max(1, ...names.map((n, i) => n.length + (details[i] ? 1 : 0)));
  const nameHeight = blockHeight(lines, NAME_SIZE, LINE);
  const rowHeight = namesAbove ? nameHeight + 26 : Math.max(26, nameHeight + 10);
  const legend = legendLayout(m, width);
  const headY = legend.bottomY + 26 + (Math.max(1, ...heads.map((h) => h.length)) - 1) * HEAD_LINE;
  const top = headY + 10;
  const plotBottom = top + m.rows.length * rowHeight;
  const keyLines = wrapText(m.readingKey, width, KEY_SIZE, 400, 5);
  const keyTop = plotBottom + 28;
  return {
    width,
    namesAbove,
    names,
    details,
    heads,
    colRight,
    x,
    ticks,
    tickText: (v) => m.tick(v, step),
    rowHeight,
    legend,
    headY,
    top,
    plotBottom,
    keyLines,
    keyTop,
    contentBottom: m.rows.length === 0 ? top + 54 : keyTop + blockHeight(keyLines.length, KEY_SIZE, LINE),
  };
}
