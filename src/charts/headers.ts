// The row of column headers above a chart's columns (partners, Sankey diagrams), and a header
// too long for its column set on several lines (specialisation and « Pistes d'action » charts).
import { wrapText, type TextAnchor } from './font.js';
import { wrapHyphenated } from './hyphenate.js';
import { el, textEl } from './svg.js';
import type { SceneNode } from './scene.js';

export interface Header {
  x: number;
  text: string;
  fill: string;
  anchor?: TextAnchor;
}

export function columnHeaders(baseline: number, size: number, headers: readonly Header[]): SceneNode {
  return el(
    'g',
    { class: 'headers' },
    ...headers.map((h) => textEl(h.x, baseline, h.text, { size, weight: 600, anchor: h.anchor, fill: h.fill })),
  );
}

/**
 * A column header (a territory's name) within `width` px: wrapped at spaces, or between syllables
 * and after hyphens when a word is too wide (« Auvergne-Rhône- / Alpes »), on up to three lines;
 * cut with « … » after a word only when even that does not fit.
 */
export function headLines(name: string, width: number, size: number): string[] {
  const hyphenated = wrapHyphenated(name, width, size, 600);
  if (hyphenated && hyphenated.length <= 3) return hyphenated;
  const wrapped = wrapText(name, width, size, 600, 3);
  // Not even a first word fits: the syllables on more lines, or the name whole, never a cut word.
  return wrapped.length > 0 ? wrapped : (hyphenated ?? [name]);
}
