// The « Pistes d'action » charts, one per block: for each row (an activity, and its country for
// markets and suppliers) a dot and a ring joined by a line when the row compares two values (sales
// and those expected; the territory's dependency and France's), a bar otherwise (the density of a
// related activity), with the values written in columns so that position is not the only cue and
// a reading key that spells out the first row. Words in leads-text.ts, layout in leads-layout.ts.
import { frenchTypography } from '../format/fr.js';
import { defaultIdPrefix } from './common.js';
import { blockHeight, verticalMetrics } from './font.js';
import {
  BAR,
  DOT,
  HEAD_SIZE,
  KEY_SIZE,
  HEAD_LINE,
  LINE,
  leadsLayout,
  NAME_SIZE,
  RING,
  VALUE_SIZE,
  type LeadsLayout,
} from './leads-layout.js';
import { leadsModel, type LeadsInput, type LeadsModel, type LeadsRowModel } from './leads-text.js';
import { palette } from './palette.js';
import { fullLabelsNote, shortened, shortenedLabels, type SceneNode } from './scene.js';
import { sourceLine } from './source-line.js';
import { el, num, svgRoot, textEl, titleEl } from './svg.js';
import { HALO, rowsNotice, valueGrid } from './value-rows.js';
import type { ChartOptions, ChartOutput } from './types.js';
import { paperSvg } from './write-paper.js';
import { screenSvg } from './write-screen.js';

export type { LeadsInput, LeadsKind, MarketLeadRow, RelatedLeadRow, SupplierLeadRow } from './leads-text.js';

export function renderLeadsChart(input: LeadsInput, options: ChartOptions = {}): ChartOutput {
  const m = leadsModel(input);
  const l = leadsLayout(m, options);
  const body: SceneNode[] = [legend(m, l), headers(m, l)];
  body.push(m.rows.length === 0 ? rowsNotice(m.empty, l.width, l.top, NAME_SIZE, LINE) : valueGrid(l, 30, VALUE_SIZE));
  body.push(...m.rows.map((r, i) => rowMarks(m, r, i, l)));
  if (l.keyLines.length > 0) {
    const { ascent } = verticalMetrics();
    const lines = l.keyLines.map((line, k) =>
      textEl(0, l.keyTop + ascent * KEY_SIZE + k * LINE, line, { size: KEY_SIZE, fill: palette.muted }),
    );
    body.push(el('g', { class: 'reading-key label' }, ...lines));
  }
  const source = sourceLine(input.subject.source, l.contentBottom, l.width);
  body.push(source.svg);
  const title = options.title ?? m.title;
  const description = m.description + fullLabelsNote(body);
  const height = Math.max(options.height ?? 0, l.contentBottom + source.height);
  const root = svgRoot(
    {
      width: l.width,
      height,
      idPrefix: options.idPrefix ?? defaultIdPrefix(`pistes-${input.kind}`, input.subject, options.width),
      className: `chart chart-leads ${input.kind}`,
      title,
      description,
    },
    body,
  );
  return {
    svg: screenSvg(root),
    print: paperSvg(root),
    title: frenchTypography(title),
    description: frenchTypography(description),
    shortened: shortenedLabels(body),
    source: frenchTypography(input.subject.source),
    width: l.width,
    height,
    table: { ...m.table, caption: frenchTypography(m.table.caption) },
  };
}

function legend(m: LeadsModel, l: LeadsLayout): SceneNode {
  const g = l.legend;
  const items: SceneNode[] =
    m.legend.reference === null
      ? [el('rect', { class: 'legend-bar', x: 0, y: g.y - 9, width: 11, height: 10, fill: m.colour })]
      : [el('circle', { class: 'legend-dot value', cx: DOT, cy: g.y - 4, r: DOT, fill: m.colour })];
  const lines = (x: number, y: number, texts: string[], full: string) =>
    texts.map((t, k) => shortened(textEl(x, y + k * g.line, t, { size: VALUE_SIZE, fill: palette.text }), full));
  items.push(...lines(16, g.y, g.value, m.legend.value));
  if (g.reference !== null)
    items.push(
      el('circle', {
        class: 'legend-dot reference',
        cx: g.referenceX + DOT,
        cy: g.referenceY - 4,
        r: RING,
        fill: palette.background,
        stroke: palette.neutralDark,
        'stroke-width': 1.5,
      }),
      ...lines(g.referenceX + 16, g.referenceY, g.reference, m.legend.reference!),
    );
  return el('g', { class: 'legend' }, ...items);
}

function headers(m: LeadsModel, l: LeadsLayout): SceneNode {
  const last = l.heads.length - 1;
  return el(
    'g',
    { class: 'headers' },
    textEl(0, l.headY, 'Activité', { size: HEAD_SIZE, weight: 600, fill: palette.muted }),
    // A long header (a territory's name) on as many lines as it needs, the last one level with « Activité ».
    ...l.heads.flatMap((lines, k) =>
      lines.map((line, j) =>
        shortened(
          textEl(l.colRight[k]!, l.headY - (lines.length - 1 - j) * HEAD_LINE, line, {
            size: HEAD_SIZE,
            weight: 600,
            anchor: 'end',
            fill: k === last ? palette.text : palette.muted,
          }),
          m.heads[k]!,
        ),
      ),
    ),
  );
}

/** The row's mark with its tooltip: a dot, a ring and the line joining them, or a bar from 0. */
function mark(m: LeadsModel, r: LeadsRowModel, cy: number, l: LeadsLayout): SceneNode {
  const xv = l.x(r.value);
  if (r.reference === null) {
    const x0 = l.x(0);
    return el(
      'g',
      { class: 'mark bar' },
      titleEl(r.tooltip),
      el('rect', {
        class: 'bar value',
        'data-value': num(r.value, 6),
        x: x0,
        y: cy - BAR / 2,
        width: Math.max(0, xv - x0),
        height: BAR,
        fill: m.colour,
      }),
    );
  }
  const xr = l.x(r.reference);
  return el(
    'g',
    { class: 'mark dumbbell' },
    titleEl(r.tooltip),
    el('line', {
      class: 'link',
      x1: Math.min(xv, xr),
      x2: Math.max(xv, xr),
      y1: cy,
      y2: cy,
      stroke: palette.neutral,
      'stroke-width': 2,
    }),
    el('circle', {
      class: 'dot reference',
      'data-value': num(r.reference, 6),
      cx: xr,
      cy,
      r: RING,
      fill: palette.background,
      stroke: palette.neutralDark,
      'stroke-width': 1.5,
    }),
    el('circle', { class: 'dot value', 'data-value': num(r.value, 6), cx: xv, cy, r: DOT, fill: m.colour }),
  );
}

function names(l: LeadsLayout, i: number, top: number, r: LeadsRowModel): SceneNode {
  const { ascent } = verticalMetrics();
  const lines = l.names[i]!;
  const detail = l.details[i];
  const out = lines.map((line, k) =>
    shortened(
      textEl(0, top + ascent * NAME_SIZE + k * LINE, line, {
        size: NAME_SIZE,
        weight: 600,
        fill: palette.text,
        className: 'name',
      }),
      r.name,
    ),
  );
  if (detail)
    out.push(
      shortened(
        textEl(0, top + ascent * NAME_SIZE + lines.length * LINE, detail, {
          size: VALUE_SIZE,
          fill: palette.muted,
          className: 'detail',
        }),
        r.detail!,
      ),
    );
  return el('g', l.namesAbove ? { class: 'label', ...HALO } : { class: 'label' }, ...out);
}

function rowMarks(m: LeadsModel, r: LeadsRowModel, i: number, l: LeadsLayout): SceneNode {
  const y0 = l.top + i * l.rowHeight;
  // Narrow: the names on top of the row, the marks and values in the 20 px below them.
  const cy = l.namesAbove ? y0 + l.rowHeight - 13 : y0 + l.rowHeight / 2;
  const lineCount = l.names[i]!.length + (l.details[i] ? 1 : 0);
  const nameTop = l.namesAbove ? y0 + 4 : cy - blockHeight(lineCount, NAME_SIZE, LINE) / 2;
  const { ascent } = verticalMetrics();
  const baseline = cy - blockHeight(1, VALUE_SIZE, LINE) / 2 + ascent * VALUE_SIZE;
  const last = r.texts.length - 1;
  const out: SceneNode[] = [];
  if (i > 0)
    out.push(
      el('line', { class: 'row-rule', x1: 0, x2: l.width, y1: y0, y2: y0, stroke: palette.rule, 'stroke-width': 0.5 }),
    );
  out.push(
    names(l, i, nameTop, r),
    mark(m, r, cy, l),
    ...r.texts.map((t, k) =>
      textEl(l.colRight[k]!, baseline, t, {
        size: VALUE_SIZE,
        anchor: 'end',
        weight: k === last ? 600 : 400,
        fill: k === last ? palette.text : palette.muted,
        className: 'value',
      }),
    ),
  );
  return el('g', { class: 'row', 'data-code': r.code }, ...out);
}
