// Quarterly chart of the « Évolution » section: a territory's exports and imports quarter by quarter
// (top panel) and summed over rolling windows of four quarters (bottom panel, which smooths out the
// seasons), one line per flow on a shared time axis; each panel has its own value axis (a
// four-quarter sum is about four quarters' worth). Imports are dashed: colour is not the only cue.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatMEur, NBSP } from '../format/fr.js';
import { ofName } from '../format/article.js';
import { EXPORTS, IMPORTS, type Direction } from '../model/direction.js';
import { chartOutput, defaultIdPrefix, isNarrow, mEurDecimals, type Column } from './common.js';
import { millionsTickFormat } from './evolution-labels.js';
import { measureText } from './font.js';
import { inlineLegend, LEGEND_ROW } from './legend.js';
import { noticeLines } from './notice.js';
import { palette } from './palette.js';
import type { SceneNode } from './scene.js';
import { el, num, textEl, titleEl } from './svg.js';
import type { ChartOptions, ChartOutput, ChartSubject } from './types.js';

const SIZE = 11;
const PANEL = 110;

export interface QuarterPoint {
  /** '2024-T1'. */
  period: string;
  exports_eur: number;
  imports_eur: number;
}

export interface QuartersInput {
  subject: Omit<ChartSubject, 'year'>;
  quarters: QuarterPoint[];
  /** Sums over the four quarters from `from` to `period`: only where the four are held. */
  rolling: (QuarterPoint & { from: string })[];
}

/** The data table's columns (also the CSV « series-trimestrielles »). */
export const QUARTER_COLUMNS: Column[] = [
  ['Trimestre', 'text'],
  ['Exportations (euros)', 'euros'],
  ['Importations (euros)', 'euros'],
  ['Exportations sur quatre trimestres glissants (euros)', 'euros'],
  ['Importations sur quatre trimestres glissants (euros)', 'euros'],
];

/** One row per quarter; the rolling sums are empty until four quarters in a row are held. */
export function quarterRows(input: {
  quarters: readonly QuarterPoint[];
  rolling: readonly QuarterPoint[];
}): (string | number)[][] {
  const rolling = new Map(input.rolling.map((r) => [r.period, r]));
  return input.quarters.map((q) => {
    const r = rolling.get(q.period);
    return [q.period, q.exports_eur, q.imports_eur, r?.exports_eur ?? '', r?.imports_eur ?? ''];
  });
}

/** '2024-T1' → 'T1 2024'. */
const words = (period: string) => period.replace(/^(\d{4})-(T\d)$/, `$2${NBSP}$1`);

interface Panel {
  top: number;
  y: ScaleLinear<number, number>;
  ticks: number[];
  tick: (eur: number) => string;
}

function panel(points: readonly QuarterPoint[], top: number): Panel {
  const hi = Math.max(0, ...points.flatMap((p) => [p.exports_eur, p.imports_eur]));
  const y = scaleLinear()
    .domain([0, hi > 0 ? hi : 1])
    .range([top + PANEL, top])
    .nice(3);
  const ticks = y.ticks(3);
  return { top, y, ticks, tick: millionsTickFormat(ticks.length > 1 ? ticks[1]! - ticks[0]! : 1e6) };
}

export function renderQuartersChart(input: QuartersInput, options: ChartOptions = {}): ChartOutput {
  const width = options.width ?? 800;
  const narrow = isNarrow(options.width);
  const n = input.quarters.length;
  const dec = mEurDecimals(Math.max(0, ...input.rolling.flatMap((p) => [p.exports_eur, p.imports_eur])));
  const first = 40 + (narrow ? LEGEND_ROW : 0);
  const panels = [panel(input.quarters, first + 16), panel(input.rolling, first + PANEL + 56)];
  const axisWidth = Math.max(...panels.flatMap((p) => p.ticks.map((t) => measureText(p.tick(t), SIZE)))) + 6;
  const step = n > 0 ? (width - axisWidth - 4) / n : 0;
  const x = (period: string) => axisWidth + 4 + step * (input.quarters.findIndex((q) => q.period === period) + 0.5);
  const bottom = panels[1]!.top + PANEL;
  const legend = inlineLegend(
    [
      { key: { swatch: palette.exports, cls: 'export' }, label: EXPORTS.title, fill: palette.text },
      { key: { swatch: palette.imports, cls: 'import' }, label: `${IMPORTS.title} (tirets)`, fill: palette.text },
    ],
    14,
    SIZE,
    400,
    width,
  );
  const body: SceneNode[] = [legend];
  if (n === 0)
    body.push(...noticeLines('Aucun trimestre enregistré pour ce territoire.', 0, first + 16, width, 12, 'start'));
  else {
    const titles = ['Par trimestre, en M€', 'Sur quatre trimestres glissants, en M€'];
    panels.forEach((p, k) => body.push(panelMarks(p, titles[k]!, axisWidth, width)));
    body.push(seriesMarks(input.quarters, panels[0]!, x, dec, ''));
    body.push(seriesMarks(input.rolling, panels[1]!, x, dec, ' (quatre trimestres glissants)'));
    body.push(yearLabels(input.quarters, x, bottom + 14, step));
  }
  const [a, b] = [input.quarters[0], input.quarters[n - 1]];
  return chartOutput(
    {
      width,
      height: n === 0 ? first + 40 : bottom + 20,
      idPrefix: options.idPrefix ?? defaultIdPrefix('trimestres', input.subject, options.width),
      source: input.subject.source,
      className: 'chart chart-trimestres',
      title:
        options.title ??
        `Exportations et importations par trimestre et sur quatre trimestres glissants, ${input.subject.name}${a && b ? ` (${words(a.period)} – ${words(b.period)})` : ''}`,
      description: describe(input, dec),
    },
    body,
    { columns: QUARTER_COLUMNS, rows: quarterRows(input) },
  );
}

/** A panel's title, grid and tick labels. */
function panelMarks(p: Panel, title: string, axisWidth: number, width: number): SceneNode {
  return el(
    'g',
    { class: 'panel' },
    textEl(0, p.top - 14, title, { size: SIZE, weight: 600, fill: palette.muted, className: 'label' }),
    ...p.ticks.map((t) =>
      el('line', {
        x1: axisWidth + 4,
        x2: width,
        y1: p.y(t),
        y2: p.y(t),
        stroke: t === 0 ? palette.axis : palette.rule,
        'stroke-width': t === 0 ? 1 : 0.5,
      }),
    ),
    ...p.ticks.map((t) =>
      textEl(axisWidth, p.y(t) + SIZE * 0.35, p.tick(t), { size: SIZE, anchor: 'end', fill: palette.muted }),
    ),
  );
}

/** Both flows' lines in a panel, with a point per quarter whose tooltip gives the value. */
function seriesMarks(
  points: readonly QuarterPoint[],
  p: Panel,
  x: (period: string) => number,
  dec: number,
  what: string,
): SceneNode {
  const line = (d: Direction, value: (q: QuarterPoint) => number) =>
    el(
      'g',
      { class: `series series-${d.short}` },
      el('polyline', {
        points: points.map((q) => `${num(x(q.period))},${num(p.y(value(q)))}`).join(' '),
        fill: 'none',
        stroke: d.colour,
        'stroke-width': 2,
        ...(d === IMPORTS ? { 'stroke-dasharray': '5 3' } : {}),
      }),
      ...points.map((q) =>
        el(
          'g',
          { class: 'point', 'data-value': value(q) },
          titleEl(`${words(q.period)}${what} – ${d.plural}${NBSP}: ${formatMEur(value(q), dec)}`),
          el('circle', { cx: x(q.period), cy: p.y(value(q)), r: 2.5, fill: d.colour }),
        ),
      ),
    );
  return el(
    'g',
    { class: 'panel-series' },
    line(EXPORTS, (q) => q.exports_eur),
    line(IMPORTS, (q) => q.imports_eur),
  );
}

/** Each year's label under its first quarter held; fewer when they would touch. */
function yearLabels(quarters: readonly QuarterPoint[], x: (period: string) => number, y: number, step: number) {
  const starts = quarters.filter((q, i) => i === 0 || q.period.slice(0, 4) !== quarters[i - 1]!.period.slice(0, 4));
  const every = Math.max(1, Math.ceil(measureText('2024', SIZE, 600) / (step * 4 - 6)));
  return el(
    'g',
    { class: 'label year-label' },
    ...starts
      .filter((_, k) => (starts.length - 1 - k) % every === 0)
      .map((q) =>
        textEl(x(q.period) - step / 2, y, q.period.slice(0, 4), { size: SIZE, weight: 600, fill: palette.text }),
      ),
  );
}

function describe(input: QuartersInput, dec: number): string {
  const [q0, q1] = [input.quarters[0], input.quarters[input.quarters.length - 1]];
  if (!q0 || !q1) return `Aucun trimestre enregistré pour ${input.subject.name}.`;
  const last = input.rolling[input.rolling.length - 1];
  const sum = last
    ? ` Sur les quatre trimestres de ${words(last.from)} à ${words(last.period)}${NBSP}: exportations ${formatMEur(last.exports_eur, dec)}, importations ${formatMEur(last.imports_eur, dec)}.`
    : '';
  return `Exportations et importations ${ofName(input.subject)}, trimestre par trimestre de ${words(q0.period)} à ${words(q1.period)}, et sommées sur quatre trimestres glissants. Dernier trimestre, ${words(q1.period)}${NBSP}: exportations ${formatMEur(q1.exports_eur, dec)}, importations ${formatMEur(q1.imports_eur, dec)}.${sum}`;
}
