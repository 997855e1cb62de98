// Name labels set in a column beside the marks (partners' countries, Sankey nodes): one text
// style, a width that fits the longest name up to a cap, names wrapped on at most two lines.
import { blockHeight } from './font.js';
import { wrapLabel } from './hyphenate.js';
import { palette } from './palette.js';
import type { SceneNode } from './scene.js';
import { el } from './svg.js';
import { textLines } from './text-lines.js';

/** Size, weight and line height of the names. */
export const NAME = { size: 12, weight: 600, line: 14 } as const;

/** The column's width: the widest label, at least `min`, at most `cap`. */
export function columnWidth(widths: readonly number[], min: number, cap: number): number {
  return Math.min(Math.max(min, ...widths), cap);
}

/** A name wrapped to `width` on at most two lines (the last cut with an ellipsis). */
export function wrapName(name: string, width: number): string[] {
  return wrapLabel(name, width, NAME.size, NAME.weight, 2);
}

/** Height of a block of `lines` names. */
export function nameBlockHeight(lines: number): number {
  return blockHeight(lines, NAME.size, NAME.line);
}

/** A name's lines from `top`, in the names' style; `full` is the name before any shortening. */
export function nameLabel(lines: readonly string[], top: number, full: string): SceneNode {
  const style = { size: NAME.size, weight: NAME.weight, fill: palette.text, className: 'name' };
  return el('g', { class: 'label' }, ...textLines(lines, 0, top, NAME.line, style, full));
}
