// Specialisation chart: for the activities in which a territory is most specialised, a dot for
// the activity's share in the territory's flow and a ring for its share in France's, joined by a
// line (a dumbbell chart), with both shares and the index written in columns so that position is
// not the only cue. A reading key under the chart spells out the first row. Layout in
// specialisation-layout.ts, words in specialisation-text.ts.

import { frenchTypography, NBSP } from '../format/fr.js';
import { ofName } from '../format/article.js';
import { DIRECTION_BY_KEY } from '../model/direction.js';
import { blockHeight, verticalMetrics } from './font.js';
import { defaultIdPrefix } from './common.js';
import { palette } from './palette.js';
import { fullLabelsNote, shortened, shortenedLabels, type SceneNode } from './scene.js';
import { sourceLine } from './source-line.js';
import {
  DOT,
  HEAD_LINE,
  HEAD_SIZE,
  KEY_SIZE,
  LINE,
  NAME_SIZE,
  RING,
  specialisationLayout,
  VALUE_SIZE,
  type SpecialisationLayout,
} from './specialisation-layout.js';
import {
  describeSpecialisation,
  specialisationTable,
  type SpecialisationInput,
  type SpecialisationRow,
} from './specialisation-text.js';
import { el, num, svgRoot, textEl, titleEl } from './svg.js';
import { HALO, rowsNotice, valueGrid } from './value-rows.js';
import type { ChartOptions, ChartOutput } from './types.js';
import { paperSvg } from './write-paper.js';
import { screenSvg } from './write-screen.js';

export { formatIndex, readingKey, type SpecialisationInput, type SpecialisationRow } from './specialisation-text.js';

export function renderSpecialisationChart(input: SpecialisationInput, options: ChartOptions = {}): ChartOutput {
  const { subject, rows, flow } = input;
  const l = specialisationLayout(input, options);
  const colour = DIRECTION_BY_KEY[flow].colour;
  const body: SceneNode[] = [legend(l, colour), headers(l, colour, subject.name)];
  body.push(rows.length === 0 ? emptyNotice(input, l) : valueGrid(l, 12, VALUE_SIZE));
  body.push(...rows.map((r, i) => rowMarks(input, r, i, l, colour)));
  if (l.keyLines.length > 0) {
    const { ascent } = verticalMetrics();
    const lines = l.keyLines.map((line, k) =>
      textEl(0, l.keyTop + ascent * KEY_SIZE + k * LINE, line, { size: KEY_SIZE, fill: palette.muted }),
    );
    body.push(el('g', { class: 'reading-key label' }, ...lines));
  }
  const source = sourceLine(subject.source, l.contentBottom, l.width);
  body.push(source.svg);
  const title =
    options.title ??
    `Activités surreprésentées dans les ${DIRECTION_BY_KEY[flow].plural}, ${subject.name} (${subject.year})`;
  const description = describeSpecialisation(input) + fullLabelsNote(body);
  const height = Math.max(options.height ?? 0, l.contentBottom + source.height);
  const root = svgRoot(
    {
      width: l.width,
      height,
      idPrefix: options.idPrefix ?? defaultIdPrefix(`specialisation-${flow}`, subject, options.width),
      className: `chart chart-specialisation ${flow}`,
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
    source: frenchTypography(subject.source),
    width: l.width,
    height,
    table: specialisationTable(input, frenchTypography(`${title}, parts en pourcentage`)),
  };
}

function legend(l: SpecialisationLayout, colour: string): SceneNode {
  const g = l.legend;
  return el(
    'g',
    { class: 'legend' },
    el('circle', { class: 'legend-dot territory', cx: DOT, cy: g.y - 4, r: DOT, fill: colour }),
    shortened(textEl(16, g.y, g.territoryLabel, { size: VALUE_SIZE, fill: palette.text }), g.territoryFull),
    el('circle', {
      class: 'legend-dot france',
      cx: g.franceX + DOT,
      cy: g.franceY - 4,
      r: RING,
      fill: palette.background,
      stroke: palette.neutralDark,
      'stroke-width': 1.5,
    }),
    textEl(g.franceX + 16, g.franceY, g.franceLabel, { size: VALUE_SIZE, fill: palette.text }),
  );
}

function headers(l: SpecialisationLayout, colour: string, subjectName: string): SceneNode {
  const head = { size: HEAD_SIZE, weight: 600, anchor: 'end', fill: palette.muted } as const;
  return el(
    'g',
    { class: 'headers' },
    textEl(0, l.headY, 'Activité', { size: HEAD_SIZE, weight: 600, fill: palette.muted }),
    // The territory's name, on as many lines as it needs (up to three), the last one level with the others.
    el(
      'g',
      { class: 'label territory-head' },
      ...l.territoryHead.map((line, k) =>
        shortened(
          textEl(l.colRight[0], l.headY - (l.territoryHead.length - 1 - k) * HEAD_LINE, line, {
            ...head,
            fill: colour,
          }),
          subjectName,
        ),
      ),
    ),
    textEl(l.colRight[1], l.headY, 'France', head),
    textEl(l.colRight[2], l.headY, 'Indice', head),
  );
}

function emptyNotice({ subject, flow }: SpecialisationInput, l: SpecialisationLayout): SceneNode {
  const words = DIRECTION_BY_KEY[flow].plural;
  const notice = `Aucune activité ne pèse plus dans les ${words} ${ofName(subject)} que dans celles de la France.`;
  return rowsNotice(notice, l.width, l.top, NAME_SIZE, LINE);
}

/** The dot (territory), the ring (France) and the line joining them, with the row's tooltip. */
function dumbbell(r: SpecialisationRow, cy: number, tooltip: string, l: SpecialisationLayout, colour: string) {
  const [xs, xf] = [l.x(r.share), l.x(r.france_share)];
  return el(
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
  );
}

function rowMarks(
  input: SpecialisationInput,
  r: SpecialisationRow,
  i: number,
  l: SpecialisationLayout,
  colour: string,
) {
  const y0 = l.top + i * l.rowHeight;
  // Narrow: the name on top of the row, the dots and values in the 20 px below it.
  const cy = l.namesAbove ? y0 + l.rowHeight - 13 : y0 + l.rowHeight / 2;
  const lines = l.wrapped[i]!;
  const texts = l.shareTexts[i]!;
  const { ascent } = verticalMetrics();
  const out: SceneNode[] = [];
  if (i > 0)
    out.push(
      el('line', { class: 'row-rule', x1: 0, x2: l.width, y1: y0, y2: y0, stroke: palette.rule, 'stroke-width': 0.5 }),
    );
  const nameTop = l.namesAbove ? y0 + 4 : cy - blockHeight(lines.length, NAME_SIZE, LINE) / 2;
  const name = { size: NAME_SIZE, weight: 600, fill: palette.text, className: 'name' } as const;
  out.push(
    el(
      'g',
      l.namesAbove ? { class: 'label', ...HALO } : { class: 'label' },
      ...lines.map((line, k) => shortened(textEl(0, nameTop + ascent * NAME_SIZE + k * LINE, line, name), r.name)),
    ),
  );
  const baseline = cy - blockHeight(1, VALUE_SIZE, LINE) / 2 + ascent * VALUE_SIZE;
  const words = DIRECTION_BY_KEY[input.flow].plural;
  const tooltip = `${r.name}${NBSP}: ${texts[0]} des ${words} ${ofName(input.subject)}, contre ${texts[1]} pour la France (indice ${texts[2]})`;
  const value = { size: VALUE_SIZE, anchor: 'end', className: 'value' } as const;
  out.push(
    dumbbell(r, cy, tooltip, l, colour),
    textEl(l.colRight[0], baseline, texts[0], { ...value, fill: palette.text }),
    textEl(l.colRight[1], baseline, texts[1], { ...value, fill: palette.muted }),
    textEl(l.colRight[2], baseline, texts[2], { ...value, weight: 600, fill: palette.text, className: 'value index' }),
  );
  return el('g', { class: 'row', 'data-code': r.code }, ...out);
}
