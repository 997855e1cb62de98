// Evolution chart: for every year in the store, the exports and imports as two bars side by side
// on one value axis, and the balance (exports − imports) as ▲/▼ markers joined by a line on the
// same axis, so that a deficit sits below zero. A partial year (fewer than four quarters) is drawn
// lighter with a dashed outline and labelled with its quarters: it is not comparable with a whole
// year, and colour is not the only cue.

import { scaleLinear } from 'd3-scale';
import { formatMEur, formatSignedMEur, NBSP } from '../format/fr.js';
import { ofName, theName } from '../format/article.js';
import { EXPORTS, IMPORTS, type Direction } from '../model/direction.js';
import { chartOutput, mEurDecimals } from './common.js';
import { blockHeight, measureText, wrapText } from './font.js';
import { isPartial, millionsTickFormat, quarterSpan, yearLabel } from './evolution-labels.js';
import { inlineLegend } from './legend.js';
import { rectMark } from './mark.js';
import { balanceMarker } from './marker.js';
import { noticeLines } from './notice.js';
import { palette } from './palette.js';
import { el, num, textEl, titleEl } from './svg.js';
import { textLines } from './text-lines.js';
import type { ChartOptions, ChartOutput, ChartSubject } from './types.js';

/** One year of the chart. */
export interface EvolutionYear {
  year: number;
  exports_eur: number;
  imports_eur: number;
  /** The quarters the year's amounts cover (1–4); fewer than four is a partial year. */
  quarters: number[];
}

export interface EvolutionInput {
  subject: Omit<ChartSubject, 'year'>;
  /** Ascending years. */
  years: EvolutionYear[];
}

const LABEL_SIZE = 11;
const LINE = 14;
const GAP = 8;
/** Opacity of a partial year's bars. */
const PARTIAL_OPACITY = 0.45;

/** The chart's balance of one year. */
const balanceOf = (y: EvolutionYear) => y.exports_eur - y.imports_eur;

/** 'Loire (2019–2025)': the territory and the years shown. */
function span(input: EvolutionInput): string {
  const ys = input.years;
  if (ys.length === 0) return input.subject.name;
  const [a, b] = [ys[0]!.year, ys[ys.length - 1]!.year];
  return `${input.subject.name} (${a === b ? a : `${a}\u2013${b}`})`;
}

export function renderEvolutionChart(input: EvolutionInput, options: ChartOptions = {}): ChartOutput {
  const { subject, years } = input;
  const width = options.width ?? 800;
  const id = options.idPrefix ?? `evolution-${subject.slug}`;
  const title = options.title ?? `Exportations, importations et solde commercial par année, ${span(input)}`;
  const dec = mEurDecimals(
    Math.max(0, ...years.flatMap((y) => [y.exports_eur, y.imports_eur, Math.abs(balanceOf(y))])),
  );

  // Value axis: zero always shown, a deficit below it.
  const lo = Math.min(0, ...years.map(balanceOf));
  const hi = Math.max(0, ...years.flatMap((y) => [y.exports_eur, y.imports_eur, balanceOf(y)]));
  const legendY = 14;
  const unitY = 36;
  const plotTop = unitY + 12;
  const plotHeight = Math.max(120, (options.height ?? 320) - 130);
  const plotBottom = plotTop + plotHeight;
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
  const plotX0 = axisWidth + GAP;
  const plotX1 = width;
  // One slot per calendar year from the first to the last: a year missing from the store keeps
  // its place in time, empty.
  const first = years[0]?.year ?? 0;
  const slots = years.length > 0 ? years[years.length - 1]!.year - first + 1 : 0;
  const missing = Array.from({ length: slots }, (_, k) => first + k).filter((yr) => !years.some((x) => x.year === yr));
  const group = slots > 0 ? (plotX1 - plotX0) / slots : 0;
  const centre = (yr: number) => plotX0 + group * (yr - first + 0.5);
  const barWidth = Math.min(32, group * 0.34);
  const yearTop = plotBottom + 6;
  const linesOf = (yr: EvolutionYear) =>
    isPartial(yr.quarters) ? [String(yr.year), `(${quarterSpan(yr.quarters)})`] : [String(yr.year)];
  // Too many years for their labels: one label every `step` years, the latest always labelled.
  const widest = Math.max(0, ...years.flatMap(linesOf).map((l) => measureText(l, LABEL_SIZE, 600)));
  const step = group > 0 ? Math.max(1, Math.ceil((widest + 6) / group)) : 1;
  const labelled = (yr: number) => (first + slots - 1 - yr) % step === 0;
  const labelRows = Math.max(1, ...years.map((yr) => linesOf(yr).length));
  const partial = years.filter((yr) => isPartial(yr.quarters));
  const noteText = [partialNote(partial), missingNote(missing)].filter(Boolean).join(' ');
  const noteLines = noteText ? wrapText(noteText, width, LABEL_SIZE, 400, 3) : [];
  const noteTop = yearTop + blockHeight(labelRows, LABEL_SIZE, LINE) + 10;
  const contentHeight =
    years.length === 0
      ? plotTop + 60
      : noteTop + (noteLines.length ? blockHeight(noteLines.length, LABEL_SIZE, LINE) + 4 : 0);
  const height = Math.max(options.height ?? 0, contentHeight);

  const body: string[] = [
    inlineLegend(
      [
        { key: { swatch: palette.exports, cls: 'export' }, label: EXPORTS.title, fill: palette.text },
        { key: { swatch: palette.imports, cls: 'import' }, label: IMPORTS.title, fill: palette.text },
        { key: { marker: 'surplus' }, label: 'Solde excédentaire', fill: palette.surplus },
        { key: { marker: 'deficit' }, label: 'Solde déficitaire', fill: palette.deficit },
      ],
      legendY,
      LABEL_SIZE,
    ),
  ];

  if (years.length === 0) {
    body.push(...noticeLines('Aucune année enregistrée pour ce territoire.', 0, plotTop + 6, width, 12, 'start'));
    return output(input, { width, height, id, title, dec }, body);
  }

  // Grid, tick labels and the unit above them.
  body.push(
    el(
      'g',
      { class: 'grid' },
      ...ticks.map((t) =>
        el('line', {
          x1: plotX0,
          x2: plotX1,
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
      textEl(axisWidth, unitY, 'M€', { size: LABEL_SIZE, weight: 600, anchor: 'end', fill: palette.muted }),
      ...ticks.map((t) =>
        textEl(axisWidth, y(t) + LABEL_SIZE * 0.35, tickText(t), {
          size: LABEL_SIZE,
          anchor: 'end',
          fill: palette.muted,
          className: 'tick',
        }),
      ),
    ),
  );

  const zero = y(0);
  // The balance line first, so that bars and markers stay on top of it. It joins consecutive whole
  // years only: a partial year is not compared with a whole one, a missing year breaks it.
  for (const run of wholeRuns(years)) {
    const points = run.map((yr) => `${num(centre(yr.year))},${num(y(balanceOf(yr)))}`).join(' ');
    body.push(
      el('polyline', { class: 'balance-line', points, fill: 'none', stroke: palette.neutralDark, 'stroke-width': 1.5 }),
    );
  }
  for (const yr of missing) {
    if (labelled(yr))
      body.push(
        el(
          'g',
          { class: 'label year-label missing' },
          ...textLines([String(yr)], centre(yr), yearTop, LINE, {
            size: LABEL_SIZE,
            anchor: 'middle',
            fill: palette.muted,
          }),
        ),
      );
  }

  years.forEach((yr) => {
    const cx = centre(yr.year);
    const label = yearLabel(yr.year, yr.quarters);
    const part = isPartial(yr.quarters);
    const bar = (d: Direction, value: number, x: number) => {
      const top = y(Math.max(0, value));
      const tooltip = `${label} – ${d.plural}${NBSP}: ${formatMEur(value, dec)}${part ? ' (année incomplète)' : ''}`;
      // A partial year: lighter, with a dashed outline in the same colour.
      const partialStyle = part
        ? { stroke: d.colour, strokeWidth: 1, fillOpacity: PARTIAL_OPACITY, strokeDasharray: '3 2' }
        : {};
      return rectMark(
        {
          cls: `bar bar-${d.short}${part ? ' partial' : ''}`,
          value,
          x,
          y: top,
          width: barWidth,
          height: Math.max(0, zero - top),
          fill: d.colour,
          ...partialStyle,
        },
        tooltip,
      );
    };
    const b = balanceOf(yr);
    const word = b > 0 ? 'excédent' : b < 0 ? 'déficit' : 'équilibre';
    body.push(
      el(
        'g',
        { class: `year${part ? ' partial' : ''}`, 'data-year': yr.year },
        bar(EXPORTS, yr.exports_eur, cx - barWidth - 1),
        bar(IMPORTS, yr.imports_eur, cx + 1),
        el(
          'g',
          { class: `balance ${b >= 0 ? 'surplus' : 'deficit'}`, 'data-value': b },
          titleEl(`${label} – solde commercial${NBSP}: ${formatSignedMEur(b, dec)} (${word})`),
          balanceMarker(cx, y(b), b >= 0, 'marker'),
        ),
        ...(labelled(yr.year)
          ? [
              el(
                'g',
                { class: 'label year-label' },
                ...textLines(linesOf(yr), cx, yearTop, LINE, {
                  size: LABEL_SIZE,
                  weight: part ? 400 : 600,
                  anchor: 'middle',
                  fill: part ? palette.muted : palette.text,
                }),
              ),
            ]
          : []),
      ),
    );
  });
  if (noteLines.length)
    body.push(
      el(
        'g',
        { class: 'label note' },
        ...textLines(noteLines, 0, noteTop, LINE, { size: LABEL_SIZE, fill: palette.muted }),
      ),
    );
  return output(input, { width, height, id, title, dec }, body);
}

/** Under the chart: which years are partial, and why they are not compared with whole ones. */
function partialNote(partial: EvolutionYear[]): string {
  if (partial.length === 0) return '';
  const names = partial.map((yr) => yearLabel(yr.year, yr.quarters));
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
  return `Barres claires${NBSP}: ${list}, année${partial.length > 1 ? 's' : ''} incomplète${partial.length > 1 ? 's' : ''}, non comparable${partial.length > 1 ? 's' : ''} à une année entière.`;
}

/** Under the chart: the years the store lacks between the first and the last. */
function missingNote(missing: number[]): string {
  if (missing.length === 0) return '';
  const list =
    missing.length === 1 ? String(missing[0]) : `${missing.slice(0, -1).join(', ')} et ${missing[missing.length - 1]}`;
  return `Aucune donnée pour ${list}.`;
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

function output(
  input: EvolutionInput,
  o: { width: number; height: number; id: string; title: string; dec: number },
  body: string[],
): ChartOutput {
  return chartOutput(
    {
      width: o.width,
      height: o.height,
      idPrefix: o.id,
      source: input.subject.source,
      className: 'chart chart-evolution',
      title: o.title,
      description: describe(input, o.dec),
    },
    body,
    {
      columns: [
        ['Année', 'text'],
        ['Trimestres couverts', 'text'],
        ['Exportations (euros)', 'euros'],
        ['Importations (euros)', 'euros'],
        ['Solde commercial (euros)', 'euros'],
      ],
      rows: input.years.map((yr) => [
        String(yr.year),
        quarterSpan(yr.quarters),
        yr.exports_eur,
        yr.imports_eur,
        balanceOf(yr),
      ]),
    },
  );
}

function describe(input: EvolutionInput, dec: number): string {
  const { subject, years } = input;
  if (years.length === 0) return `Aucune année n'est enregistrée pour ${theName(subject)}.`;
  const whole = years.filter((yr) => !isPartial(yr.quarters));
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const partial = years.filter((yr) => isPartial(yr.quarters));
  const peak = (key: 'exports_eur' | 'imports_eur') =>
    whole.reduce<EvolutionYear | null>((best, yr) => (best === null || yr[key] > best[key] ? yr : best), null);
  const [pe, pi] = [peak('exports_eur'), peak('imports_eur')];
  const peaks =
    pe && pi
      ? ` Années entières les plus hautes${NBSP}: ${pe.year} à l'export (${formatMEur(pe.exports_eur, dec)}), ${pi.year} à l'import (${formatMEur(pi.imports_eur, dec)}).`
      : '';
  return (
    `Barres groupées${NBSP}: exportations et importations ${ofName(subject)} pour chaque année de ${first.year} à ${last.year}, en millions d'euros, et solde commercial (marqueurs reliés par une ligne, sous zéro en cas de déficit).` +
    (partial.length ? ` ${partialNote(partial)}` : '') +
    peaks +
    ` Dernière année${NBSP}: ${yearLabel(last.year, last.quarters)}, exportations ${formatMEur(last.exports_eur, dec)}, importations ${formatMEur(last.imports_eur, dec)}, solde ${formatSignedMEur(balanceOf(last), dec)}.`
  );
}
