// A block of text lines set from its top edge: baselines from the font's ascent, so that the
// block's box (what the tests and the layout measure) starts exactly at `top`.
import { verticalMetrics } from './font.js';
import { textEl, type TextOptions } from './svg.js';
import type { SceneNode } from './scene.js';

/** One `<text>` per line, the first line's box starting at `top`, `lineHeight` px apart. */
export function textLines(
  lines: readonly string[],
  x: number,
  top: number,
  lineHeight: number,
  o: TextOptions,
): SceneNode[] {
  const { ascent } = verticalMetrics();
  return lines.map((line, k) => textEl(x, top + ascent * o.size + k * lineHeight, line, o));
}
