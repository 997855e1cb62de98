// The evolution chart's layout: its value axis, one slot per calendar year, which years are
// labelled, and the notes under the chart. Computed once; the marks (evolution.ts) only read it.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { isNarrow, mEurDecimals } from './common.js';
import { LEGEND_ROW } from './legend.js';
import { blockHeight, measureText, wrapText } from './font.js';
import {
  balanceOf,
  isPartial,
  millionsTickFormat,
  quarterSpan,
  shownBreaks,
  type EvolutionInput,
  type EvolutionYear,
} from './evolution-labels.js';
import { beforeNote, missingNote, partialNote } from './evolution-text.js';
import type { ChartOptions } from './types.js';

export const LABEL_SIZE = 11;
export const LINE = 14;
const GAP = 8;

export interface EvolutionLayout {
  width: number;
  height: number;
  /** Decimals of the M€ values. */
  dec: number;
  legendY: number;
  unitY: number;
  plotTop: number;
  plotX0: number;
  plotX1: number;
  axisWidth: number;
  y: ScaleLinear<number, number>;
  ticks: number[];
  tickText: (eur: number) => string;
  /** Centre of a calendar year's slot. */
  centre: (year: number) => number;
  /** Width of a year's slot. */
  group: number;
  barWidth: number;
  yearTop: number;
  /** Whether a calendar year's label is written (one every few years when they are many). */
  labelled: (year: number) => boolean;
  /** Years between the first and the last that the store lacks. */
  missing: number[];
  noteLines: string[];
  noteTop: number;
}

/** A year's label lines: '2025' and '(T1–T2)' for a partial year. */
export const yearLines = (yr: EvolutionYear) =>
  isPartial(yr.quarters) ? [String(yr.year), `(${quarterSpan(yr.quarters)})`] : [String(yr.year)];

function valueAxis(years: EvolutionYear[], plotTop: number, plotBottom: number) {
  // Zero always shown, a deficit below it.
  const lo = Math.min(0, ...years.map(balanceOf));
  const hi = Math.max(0, ...years.flatMap((y) => [y.exports_eur, y.imports_eur, balanceOf(y)]));
  const y = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [0, 1])
    .range([plotBottom, plotTop])
    .nice(5);
  const ticks = y.ticks(5);
  const tickText = millionsTickFormat(ticks.length > 1 ? ticks[1]! - ticks[0]! : 1e6);
  const axisWidth = Math.max(
    measureText('M€', LABEL_SIZE, 600),
    ...ticks.map((t) => measureText(tickText(t), LABEL_SIZE)),
  );
  return { y, ticks, tickText, axisWidth };
}

export function evolutionLayout(input: EvolutionInput, options: ChartOptions): EvolutionLayout {
  const { years } = input;
  const width = options.width ?? 800;
  const dec = mEurDecimals(
    Math.max(0, ...years.flatMap((y) => [y.exports_eur, y.imports_eur, Math.abs(balanceOf(y))])),
  );
  // A narrow chart's legend takes two rows (see inlineLegend).
  const [legendY, unitY] = [14, 36 + (isNarrow(options.width) ? LEGEND_ROW : 0)];
  const plotTop = unitY + 12;
  const plotBottom = plotTop + Math.max(120, (options.height ?? 320) - 130);
  const axis = valueAxis(years, plotTop, plotBottom);
  const plotX0 = axis.axisWidth + GAP;
  // One slot per calendar year from the first to the last: a year missing from the store keeps
  // its place in time, empty.
  const first = years[0]?.year ?? 0;
  const slots = years.length > 0 ? years[years.length - 1]!.year - first + 1 : 0;
  const missing = Array.from({ length: slots }, (_, k) => first + k).filter((yr) => !years.some((x) => x.year === yr));
  const group = slots > 0 ? (width - plotX0) / slots : 0;
  // Too many years for their labels: one label every `step` years, the latest always labelled.
  const widest = Math.max(0, ...years.flatMap(yearLines).map((l) => measureText(l, LABEL_SIZE, 600)));
  const step = group > 0 ? Math.max(1, Math.ceil((widest + 6) / group)) : 1;
  const labelRows = Math.max(1, ...years.map((yr) => yearLines(yr).length));
  const yearTop = plotBottom + 6;
  const partial = years.filter((yr) => isPartial(yr.quarters));
  const breaks = shownBreaks(input);
  const noteText = [partialNote(partial), beforeNote(partial, dec), ...breaks.map((b) => b.note), missingNote(missing)]
    .filter(Boolean)
    .join(' ');
  // Enough lines for every note on a phone: a note is never cut.
  const noteLines = noteText ? wrapText(noteText, width, LABEL_SIZE, 400, 12) : [];
  const noteTop = yearTop + blockHeight(labelRows, LABEL_SIZE, LINE) + 10;
  const contentHeight =
    years.length === 0
      ? plotTop + 60
      : noteTop + (noteLines.length ? blockHeight(noteLines.length, LABEL_SIZE, LINE) + 4 : 0);
  return {
    ...axis,
    width,
    height: Math.max(options.height ?? 0, contentHeight),
    dec,
    legendY,
    unitY,
    plotTop,
    plotX0,
    plotX1: width,
    centre: (yr) => plotX0 + group * (yr - first + 0.5),
    group,
    barWidth: Math.min(32, group * 0.34),
    yearTop,
    labelled: (yr) => (first + slots - 1 - yr) % step === 0,
    missing,
    noteLines,
    noteTop,
  };
}
