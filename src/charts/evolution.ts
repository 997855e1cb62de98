// Evolution chart: for every year in the store, the exports and imports as two bars side by side
// on one value axis, and the balance (exports − imports) as ▲/▼ markers joined by a line on the
// same axis, so that a deficit sits below zero. A partial year (fewer than four quarters) is drawn
// lighter with a dashed outline and labelled with its quarters: it is not comparable with a whole
// year, and colour is not the only cue. Layout in evolution-layout.ts, words in evolution-text.ts.

import { formatMEur, formatSignedMEur, NBSP } from '../format/fr.js';
import { EXPORTS, IMPORTS, type Direction } from '../model/direction.js';
import { chartOutput, defaultIdPrefix } from './common.js';
import {
  balanceOf,
  isPartial,
  quarterSpan,
  shownBreaks,
  yearLabel,
  type EvolutionBreak,
  type EvolutionInput,
  type EvolutionYear,
} from './evolution-labels.js';
import { evolutionLayout, LABEL_SIZE, LINE, yearLines, type EvolutionLayout } from './evolution-layout.js';
import { describeEvolution, evolutionTable } from './evolution-text.js';
import { measureText } from './font.js';
import { inlineLegend } from './legend.js';
import { rectMark } from './mark.js';
import { balanceMarker } from './marker.js';
import { noticeLines } from './notice.js';
import { palette } from './palette.js';
import type { SceneNode } from './scene.js';
import { el, num, textEl, titleEl } from './svg.js';
import { textLines } from './text-lines.js';
import type { ChartOptions, ChartOutput } from './types.js';

export type { EvolutionBreak, EvolutionInput, EvolutionYear } from './evolution-labels.js';

/** Opacity of a partial year's bars. */
const PARTIAL_OPACITY = 0.45;

/** 'Loire (2019–2025)': the territory and the years shown. */
function span(input: EvolutionInput): string {
  const ys = input.years;
  if (ys.length === 0) return input.subject.name;
  const [a, b] = [ys[0]!.year, ys[ys.length - 1]!.year];
  return `${input.subject.name} (${a === b ? a : `${a}\u2013${b}`})`;
}

export function renderEvolutionChart(input: EvolutionInput, options: ChartOptions = {}): ChartOutput {
  const layout = evolutionLayout(input, options);
  const body = [legend(layout)];
  if (input.years.length === 0) {
    body.push(
      ...noticeLines('Aucune année enregistrée pour ce territoire.', 0, layout.plotTop + 6, layout.width, 12, 'start'),
    );
  } else {
    body.push(...axisMarks(layout), ...balanceLines(input.years, layout), ...missingYears(layout));
    body.push(...shownBreaks(input).map((b) => breakMarks(b, layout)));
    body.push(...input.years.map((yr) => yearMarks(yr, layout)));
    if (layout.noteLines.length) body.push(note(layout));
  }
  return chartOutput(
    {
      width: layout.width,
      height: layout.height,
      idPrefix: options.idPrefix ?? defaultIdPrefix('evolution', input.subject, options.width),
      source: input.subject.source,
      className: 'chart chart-evolution',
      title: options.title ?? `Exportations, importations et solde commercial par année, ${span(input)}`,
      description: describeEvolution(input, layout.dec),
    },
    body,
    evolutionTable(input),
  );
}

function legend(l: EvolutionLayout): SceneNode {
  return inlineLegend(
    [
      { key: { swatch: palette.exports, cls: 'export' }, label: EXPORTS.title, fill: palette.text },
      { key: { swatch: palette.imports, cls: 'import' }, label: IMPORTS.title, fill: palette.text },
      { key: { marker: 'surplus' }, label: 'Solde excédentaire', fill: palette.surplus },
      { key: { marker: 'deficit' }, label: 'Solde déficitaire', fill: palette.deficit },
    ],
    l.legendY,
    LABEL_SIZE,
    400,
    l.width,
  );
}

/** Grid, tick labels and the unit above them. */
function axisMarks(l: EvolutionLayout): SceneNode[] {
  const { y, ticks } = l;
  return [
    el(
      'g',
      { class: 'grid' },
      ...ticks.map((t) =>
        el('line', {
          x1: l.plotX0,
          x2: l.plotX1,
          y1: y(t),
          y2: y(t),
          stroke: t === 0 ? palette.axis : palette.rule,
          'stroke-width': t === 0 ? 1 : 0.5,
        }),
      ),
    ),
    el(
      'g',
      { class: 'axis-labels' },
      textEl(l.axisWidth, l.unitY, 'M€', { size: LABEL_SIZE, weight: 600, anchor: 'end', fill: palette.muted }),
      ...ticks.map((t) =>
        textEl(l.axisWidth, y(t) + LABEL_SIZE * 0.35, l.tickText(t), {
          size: LABEL_SIZE,
          anchor: 'end',
          fill: palette.muted,
          className: 'tick',
        }),
      ),
    ),
  ];
}

/**
 * The balance line, drawn first so that bars and markers stay on top of it. It joins
 * consecutive whole years only: a partial year is not compared with a whole one, a missing
 * year breaks it.
 */
function balanceLines(years: EvolutionYear[], l: EvolutionLayout): SceneNode[] {
  return wholeRuns(years).map((run) => {
    const points = run.map((yr) => `${num(l.centre(yr.year))},${num(l.y(balanceOf(yr)))}`).join(' ');
    return el('polyline', {
      class: 'balance-line',
      points,
      fill: 'none',
      stroke: palette.neutralDark,
      'stroke-width': 1.5,
    });
  });
}

/** The labels of the years the store lacks, in their places. */
function missingYears(l: EvolutionLayout): SceneNode[] {
  return l.missing
    .filter((yr) => l.labelled(yr))
    .map((yr) =>
      el(
        'g',
        { class: 'label year-label missing' },
        ...textLines([String(yr)], l.centre(yr), l.yearTop, LINE, {
          size: LABEL_SIZE,
          anchor: 'middle',
          fill: palette.muted,
        }),
      ),
    );
}

/** One year's bar of one flow; a partial year's lighter, with a dashed outline in its colour. */
function bar(yr: EvolutionYear, d: Direction, value: number, x: number, l: EvolutionLayout): SceneNode {
  const part = isPartial(yr.quarters);
  const top = l.y(Math.max(0, value));
  const tooltip = `${yearLabel(yr.year, yr.quarters)} – ${d.plural}${NBSP}: ${formatMEur(value, l.dec)}${part ? ' (année incomplète)' : ''}`;
  const partialStyle = part
    ? { stroke: d.colour, strokeWidth: 1, fillOpacity: PARTIAL_OPACITY, strokeDasharray: '3 2' }
    : {};
  return rectMark(
    {
      cls: `bar bar-${d.short}${part ? ' partial' : ''}`,
      value,
      x,
      y: top,
      width: l.barWidth,
      height: Math.max(0, l.y(0) - top),
      fill: d.colour,
      ...partialStyle,
    },
    tooltip,
  );
}

/** The centre of a year's label: under its bars, moved in when it would pass the chart's right edge. */
function labelX(lines: string[], cx: number, width: number): number {
  const half = Math.max(0, ...lines.map((t) => measureText(t, LABEL_SIZE, 600))) / 2;
  return Math.min(cx, width - half);
}

/** A year's two bars, its balance marker and its label. */
function yearMarks(yr: EvolutionYear, l: EvolutionLayout): SceneNode {
  const cx = l.centre(yr.year);
  const part = isPartial(yr.quarters);
  const b = balanceOf(yr);
  const word = b > 0 ? 'excédent' : b < 0 ? 'déficit' : 'équilibre';
  const label = el(
    'g',
    { class: 'label year-label' },
    ...textLines(yearLines(yr), labelX(yearLines(yr), cx, l.width), l.yearTop, LINE, {
      size: LABEL_SIZE,
      weight: part ? 400 : 600,
      anchor: 'middle',
      fill: part ? palette.muted : palette.text,
    }),
  );
  return el(
    'g',
    { class: `year${part ? ' partial' : ''}`, 'data-year': yr.year },
    bar(yr, EXPORTS, yr.exports_eur, cx - l.barWidth - 1, l),
    bar(yr, IMPORTS, yr.imports_eur, cx + 1, l),
    ...(part && yr.before
      ? [
          beforeMark(yr, EXPORTS, yr.before.exports_eur, cx - l.barWidth - 1, l),
          beforeMark(yr, IMPORTS, yr.before.imports_eur, cx + 1, l),
        ]
      : []),
    el(
      'g',
      { class: `balance ${b >= 0 ? 'surplus' : 'deficit'}`, 'data-value': b },
      titleEl(`${yearLabel(yr.year, yr.quarters)} – solde commercial${NBSP}: ${formatSignedMEur(b, l.dec)} (${word})`),
      balanceMarker(cx, l.y(b), b >= 0, 'marker'),
    ),
    ...(l.labelled(yr.year) ? [label] : []),
  );
}

/** A partial year's same quarters a year earlier: a dark stroke across its bar at that height. */
function beforeMark(yr: EvolutionYear, d: Direction, value: number, x: number, l: EvolutionLayout): SceneNode {
  const y = l.y(Math.max(0, value));
  const words = `${quarterSpan(yr.quarters)}${NBSP}${yr.year - 1} – ${d.plural}${NBSP}: ${formatMEur(value, l.dec)} (mêmes trimestres un an plus tôt)`;
  return el(
    'g',
    { class: `before before-${d.short}`, 'data-value': value },
    titleEl(words),
    el('line', { x1: x - 2, x2: x + l.barWidth + 2, y1: y, y2: y, stroke: palette.neutralDark, 'stroke-width': 2 }),
  );
}

/** A change in how the data are collected: a dashed rule between two years, named above the plot. */
function breakMarks(b: EvolutionBreak, l: EvolutionLayout): SceneNode {
  const x = l.centre(b.year) - l.group / 2;
  return el(
    'g',
    { class: 'break' },
    titleEl(b.note),
    el('line', {
      x1: x,
      x2: x,
      y1: l.plotTop - 4,
      y2: l.y(l.y.domain()[0]!),
      stroke: palette.muted,
      'stroke-width': 1,
      'stroke-dasharray': '4 3',
    }),
    textEl(x, l.unitY, b.label, { size: LABEL_SIZE, anchor: 'middle', fill: palette.muted, className: 'label' }),
  );
}

function note(l: EvolutionLayout): SceneNode {
  return el(
    'g',
    { class: 'label note' },
    ...textLines(l.noteLines, 0, l.noteTop, LINE, { size: LABEL_SIZE, fill: palette.muted }),
  );
}

/** Runs of consecutive whole years, of two years at least (what the balance line joins). */
function wholeRuns(years: EvolutionYear[]): EvolutionYear[][] {
  const runs: EvolutionYear[][] = [];
  let run: EvolutionYear[] = [];
  for (const yr of years) {
    const prev = run[run.length - 1];
    if (isPartial(yr.quarters) || (prev && yr.year !== prev.year + 1)) {
      if (run.length > 1) runs.push(run);
      run = isPartial(yr.quarters) ? [] : [yr];
    } else run.push(yr);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}
