// Pieces shared by the charts drawn as rows over one value axis, names on the left or, on a
// narrow screen, above the row (specialisation, « Pistes d'action »).
import { verticalMetrics, wrapText } from './font.js';
import { palette } from './palette.js';
import type { SceneNode } from './scene.js';
import { el, textEl } from './svg.js';

/** Stroke painted under names drawn over the grid (narrow layout). */
export const HALO = {
  stroke: palette.background,
  'stroke-width': 3,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
} as const;

/** What the grid needs of a chart's layout. */
export interface ValueAxis {
  x: (v: number) => number;
  ticks: readonly number[];
  tickText: (v: number) => string;
  top: number;
  plotBottom: number;
}

/**
 * Grid lines and tick labels under the rows. A tick closer than `edge` to the chart's left side
 * is written from it, not centred on it (it would be cut).
 */
export function valueGrid(a: ValueAxis, edge: number, size: number): SceneNode {
  const { x } = a;
  return el(
    'g',
    { class: 'grid' },
    ...a.ticks.flatMap((t) => [
      el('line', {
        x1: x(t),
        x2: x(t),
        y1: a.top,
        y2: a.plotBottom,
        stroke: palette.rule,
        'stroke-width': t === 0 ? 1 : 0.5,
      }),
      textEl(x(t) < edge ? 0 : x(t), a.plotBottom + 14, a.tickText(t), {
        size,
        anchor: x(t) < edge ? 'start' : 'middle',
        fill: palette.muted,
      }),
    ]),
  );
}

/** The notice written where the rows would be when there are none, on at most three lines. */
export function rowsNotice(text: string, width: number, top: number, size: number, line: number): SceneNode {
  const { ascent } = verticalMetrics();
  return el(
    'g',
    { class: 'label empty' },
    ...wrapText(text, width, size, 400, 3).map((l, i) =>
      textEl(0, top + 6 + ascent * size + i * line, l, { size, fill: palette.muted }),
    ),
  );
}
