// The short notice a chart shows instead of marks when it has nothing to draw.
import { wrapText, type TextAnchor } from './font.js';
import { palette } from './palette.js';
import { el } from './svg.js';
import { textLines } from './text-lines.js';
import type { SceneNode } from './scene.js';

/** A notice (e.g. "Aucune importation…") wrapped to `maxWidth`, at most three lines. */
export function noticeLines(
  text: string,
  x: number,
  top: number,
  maxWidth: number,
  size: number,
  anchor: TextAnchor,
): SceneNode[] {
  const lines = wrapText(text, maxWidth, size, 400, 3);
  return [
    el('g', { class: 'label empty' }, ...textLines(lines, x, top, size * 1.25, { size, anchor, fill: palette.muted })),
  ];
}
