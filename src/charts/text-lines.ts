// A block of text lines set from its top edge: baselines from the font's ascent, so that the
// block's box (what the tests and the layout measure) starts exactly at `top`.
import { verticalMetrics } from './font.js';
import { textEl, type TextOptions } from './svg.js';
import { shortened, type SceneNode } from './scene.js';

/**
 * One `<text>` per line, the first line's box starting at `top`, `lineHeight` px apart; a line
 * ending with an ellipsis is marked as shortened from `full` (see scene.ts `shortened`).
 */
export function textLines(
  lines: readonly string[],
  x: number,
  top: number,
  lineHeight: number,
  o: TextOptions,
  full?: string,
): SceneNode[] {
  const { ascent } = verticalMetrics();
  return lines.map((line, k) => {
    const text = textEl(x, top + ascent * o.size + k * lineHeight, line, o);
    return full === undefined ? text : shortened(text, full);
  });
}
