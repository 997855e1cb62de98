// Specialisation chart: for the activities in which a territory is most specialised, a dot for
// the activity's share in the territory's flow and a ring for its share in France's, joined by a
// line (a dumbbell chart), with both shares and the index written in columns so that position is
// not the only cue. A reading key under the chart spells out the first row.

import { scaleLinear } from 'd3-scale';
import { formatNumber, formatPercent, formatShare, frenchTypography, NBSP } from '../format/fr.js';
import { ofName } from '../format/article.js';
import { DIRECTION_BY_KEY, type DirectionKey } from '../model/direction.js';
import { duringPeriod } from '../model/period.js';
import { blockHeight, measureText, truncateText, verticalMetrics, wrapText } from './font.js';
import { palette } from './palette.js';
import { el, num, svgRoot, textEl, titleEl } from './svg.js';
import { paperSvg } from './paper.js';
import { sourceLine } from './source-line.js';
import type { ChartOptions, ChartOutput, ChartSubject } from './types.js';

export interface SpecialisationRow {
  /** A129 code. */
  code: string;
  name: string;
  /** Fraction 0–1 of the territory's flow. */
  share: number;
  /** Fraction 0–1 of France's flow. */
  france_share: number;
  /** share / france_share. */
  index: number;
}

export interface SpecialisationInput {
  subject: ChartSubject;
  flow: DirectionKey;
  /** In drawing order (top to bottom). */
  rows: SpecialisationRow[];
}

const NAME_SIZE = 12;
const VALUE_SIZE = 11;
const HEAD_SIZE = 12;
const KEY_SIZE = 11;
const LINE = 14;
const GAP = 8;
const DOT = 5.5;
const RING = 4.5;

/** The index as written in the chart and its texts: '9,0'. */
export function formatIndex(index: number): string {
  return formatNumber(index, 1);
}

/** Tick labels with as many decimals as the tick step needs: '10 %', '2,5 %', '0,5 %'. */
function tickFormat(step: number): (v: number) => string {
  const decimals = Math.max(0, Math.min(3, -Math.floor(Math.log10(step * 100) + 1e-9)));
  return (v) => formatPercent(v, decimals);
}

/** 'Lecture : …': the first row in words, written under the chart. */
export function readingKey(input: SpecialisationInput): string {
  const first = input.rows[0];
  if (!first) return '';
  const words = DIRECTION_BY_KEY[input.flow].plural;
  return (
    `Lecture${NBSP}: «${NBSP}${first.name}${NBSP}» représente ${formatShare(first.share)} des ${words} ${ofName(input.subject)} ${duringPeriod(input.subject.year)}, ` +
    `contre ${formatShare(first.france_share)} de celles de la France${NBSP}: l'indice de spécialisation vaut ${formatIndex(first.index)}. ` +
    `Au-dessus de 1, l'activité pèse plus dans le territoire que dans l'ensemble du pays.`
  );
}

export function renderSpecialisationChart(input: SpecialisationInput, options: ChartOptions = {}): ChartOutput {
  const { subject, rows, flow } = input;
  const width = options.width ?? 800;
  const id = options.idPrefix ?? `specialisation-${flow}-${subject.slug}`;
  const { plural: words, colour } = DIRECTION_BY_KEY[flow];
  const title = options.title ?? `Activités surreprésentées dans les ${words}, ${subject.name} (${subject.year})`;

  // Columns: names | plot | territory share | France share | index.
  const nameWidth = Math.min(
    Math.max(60, ...rows.map((r) => measureText(r.name, NAME_SIZE, 600))),
    Math.round(width * 0.3),
  );
  const wrapped = rows.map((r) => wrapText(r.name, nameWidth, NAME_SIZE, 600, 2));
  const shareTexts = rows.map(
    (r) => [formatShare(r.share), formatShare(r.france_share), formatIndex(r.index)] as const,
  );
  const colWidth = (k: 0 | 1 | 2, head: string, headWeight: 400 | 600 = 600) =>
    Math.max(
      measureText(head, HEAD_SIZE, headWeight),
      ...shareTexts.map((t) => measureText(t[k], VALUE_SIZE, k === 2 ? 600 : 400)),
    );
  const territoryHead = truncateText(subject.name, 110, HEAD_SIZE, 600) || 'Territoire';
  const cols = [colWidth(0, territoryHead), colWidth(1, 'France'), colWidth(2, 'Indice')];
  const colRight = [width - cols[2]! - cols[1]! - GAP * 4, width - cols[2]! - GAP * 2, width];
  const plotX0 = nameWidth + GAP * 2;
  const plotX1 = colRight[0]! - cols[0]! - GAP * 3;
  const maxShare = Math.max(0, ...rows.flatMap((r) => [r.share, r.france_share]));
  const x = scaleLinear()
    .domain([0, maxShare > 0 ? maxShare : 1])
    .range([plotX0 + DOT, plotX1 - DOT])
    .nice(4);
  const ticks = x.ticks(4);
  const tickText = tickFormat(ticks.length > 1 ? ticks[1]! - ticks[0]! : 1);

  const { ascent } = verticalMetrics();
  const twoLines = wrapped.some((l) => l.length > 1);
  const rowHeight = Math.max(twoLines ? 34 : 24, blockHeight(twoLines ? 2 : 1, NAME_SIZE, LINE) + 8);
  // Legend: what the dot and the ring stand for, on two lines when one is too narrow.
  const legendY = 14;
  const territoryLabel = truncateText(`Part dans les ${words} ${ofName(subject)}`, width - 16, VALUE_SIZE);
  const franceLabel = 'Part dans celles de la France';
  const oneLine =
    16 + measureText(territoryLabel, VALUE_SIZE) + 18 + 16 + measureText(franceLabel, VALUE_SIZE) <= width;
  const franceX = oneLine ? 16 + measureText(territoryLabel, VALUE_SIZE) + 18 : 0;
  const franceY = oneLine ? legendY : legendY + 18;
  const headY = franceY + 26;
  const top = headY + 10;
  const plotBottom = top + rows.length * rowHeight;
  const keyLines = wrapText(readingKey(input), width, KEY_SIZE, 400, 4);
  const keyTop = plotBottom + 28;
  const contentBottom = rows.length === 0 ? top + 54 : keyTop + blockHeight(keyLines.length, KEY_SIZE, LINE);
  const source = sourceLine(subject.source, contentBottom, width);
  const height = Math.max(options.height ?? 0, contentBottom + source.height);

  const body: string[] = [];
  body.push(
    el(
      'g',
      { class: 'legend' },
      el('circle', { class: 'legend-dot territory', cx: DOT, cy: legendY - 4, r: DOT, fill: colour }),
      textEl(16, legendY, territoryLabel, { size: VALUE_SIZE, fill: palette.text }),
      el('circle', {
        class: 'legend-dot france',
        cx: franceX + DOT,
        cy: franceY - 4,
        r: RING,
        fill: palette.background,
        stroke: palette.neutralDark,
        'stroke-width': 1.5,
      }),
      textEl(franceX + 16, franceY, franceLabel, { size: VALUE_SIZE, fill: palette.text }),
    ),
  );
  body.push(
    el(
      'g',
      { class: 'headers' },
      textEl(0, headY, 'Activité', { size: HEAD_SIZE, weight: 600, fill: palette.muted }),
      textEl(colRight[0]!, headY, territoryHead, { size: HEAD_SIZE, weight: 600, anchor: 'end', fill: colour }),
      textEl(colRight[1]!, headY, 'France', { size: HEAD_SIZE, weight: 600, anchor: 'end', fill: palette.muted }),
      textEl(colRight[2]!, headY, 'Indice', { size: HEAD_SIZE, weight: 600, anchor: 'end', fill: palette.muted }),
    ),
  );

  if (rows.length === 0) {
    const notice = `Aucune activité ne pèse plus dans les ${words} ${ofName(subject)} que dans celles de la France.`;
    const lines = wrapText(notice, width, NAME_SIZE, 400, 3);
    body.push(
      el(
        'g',
        { class: 'label empty' },
        ...lines.map((line, i) =>
          textEl(0, top + 6 + ascent * NAME_SIZE + i * LINE, line, { size: NAME_SIZE, fill: palette.muted }),
        ),
      ),
    );
  } else {
    // Grid and tick labels under the rows.
    body.push(
      el(
        'g',
        { class: 'grid' },
        ...ticks.flatMap((t) => [
          el('line', {
            x1: x(t),
            x2: x(t),
            y1: top,
            y2: plotBottom,
            stroke: palette.rule,
            'stroke-width': t === 0 ? 1 : 0.5,
          }),
          textEl(x(t), plotBottom + 14, tickText(t), { size: VALUE_SIZE, anchor: 'middle', fill: palette.muted }),
        ]),
      ),
    );
  }

  rows.forEach((r, i) => {
    const y0 = top + i * rowHeight;
    const cy = y0 + rowHeight / 2;
    const lines = wrapped[i]!;
    const texts = shareTexts[i]!;
    const out: string[] = [];
    if (i > 0)
      out.push(
        el('line', { class: 'row-rule', x1: 0, x2: width, y1: y0, y2: y0, stroke: palette.rule, 'stroke-width': 0.5 }),
      );
    const nameTop = cy - blockHeight(lines.length, NAME_SIZE, LINE) / 2;
    out.push(
      el(
        'g',
        { class: 'label' },
        ...lines.map((line, k) =>
          textEl(0, nameTop + ascent * NAME_SIZE + k * LINE, line, {
            size: NAME_SIZE,
            weight: 600,
            fill: palette.text,
            className: 'name',
          }),
        ),
      ),
    );
    const xs = x(r.share);
    const xf = x(r.france_share);
    const baseline = cy - blockHeight(1, VALUE_SIZE, LINE) / 2 + ascent * VALUE_SIZE;
    const tooltip = `${r.name}${NBSP}: ${texts[0]} des ${words} ${ofName(subject)}, contre ${texts[1]} pour la France (indice ${texts[2]})`;
    out.push(
      el(
        'g',
        { class: 'mark dumbbell', 'data-index': num(r.index, 4) },
        titleEl(tooltip),
        el('line', {
          class: 'link',
          x1: Math.min(xs, xf),
          x2: Math.max(xs, xf),
          y1: cy,
          y2: cy,
          stroke: palette.neutral,
          'stroke-width': 2,
        }),
        el('circle', {
          class: 'dot france',
          'data-value': num(r.france_share, 6),
          cx: xf,
          cy,
          r: RING,
          fill: palette.background,
          stroke: palette.neutralDark,
          'stroke-width': 1.5,
        }),
        el('circle', { class: 'dot territory', 'data-value': num(r.share, 6), cx: xs, cy, r: DOT, fill: colour }),
      ),
      textEl(colRight[0]!, baseline, texts[0], {
        size: VALUE_SIZE,
        anchor: 'end',
        fill: palette.text,
        className: 'value',
      }),
      textEl(colRight[1]!, baseline, texts[1], {
        size: VALUE_SIZE,
        anchor: 'end',
        fill: palette.muted,
        className: 'value',
      }),
      textEl(colRight[2]!, baseline, texts[2], {
        size: VALUE_SIZE,
        weight: 600,
        anchor: 'end',
        fill: palette.text,
        className: 'value index',
      }),
    );
    body.push(el('g', { class: 'row', 'data-code': r.code }, ...out));
  });
  if (keyLines.length > 0) {
    body.push(
      el(
        'g',
        { class: 'reading-key label' },
        ...keyLines.map((line, k) =>
          textEl(0, keyTop + ascent * KEY_SIZE + k * LINE, line, { size: KEY_SIZE, fill: palette.muted }),
        ),
      ),
    );
  }

  body.push(source.svg);

  const first = rows[0];
  const description = first
    ? `Points reliés${NBSP}: pour les ${rows.length} activités au plus fort indice de spécialisation des ${words} ${ofName(subject)} ${duringPeriod(subject.year)}, ` +
      `part de l'activité dans ses ${words} (point plein) et dans celles de la France (cercle). ` +
      `Premier écart${NBSP}: ${first.name}, ${formatShare(first.share)} contre ${formatShare(first.france_share)} (indice ${formatIndex(first.index)}).`
    : `Aucune activité ne pèse plus dans les ${words} ${ofName(subject)} que dans celles de la France ${duringPeriod(subject.year)}.`;

  const svg = svgRoot(
    { width, height, idPrefix: id, className: `chart chart-specialisation ${flow}`, title, description },
    body,
  );
  return {
    svg,
    print: paperSvg(svg),
    title: frenchTypography(title),
    description: frenchTypography(description),
    table: {
      caption: frenchTypography(`${title}, parts en pourcentage`),
      columns: [
        'Activité',
        'Code A129',
        `Part dans les ${words} ${ofName(subject)}`,
        `Part dans les ${words} de la France`,
        'Indice de spécialisation',
      ],
      kinds: ['text', 'text', 'share', 'share', 'number'],
      rows: rows.map((r) => [r.name, r.code, r.share, r.france_share, r.index]),
    },
  };
}
