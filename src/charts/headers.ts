// The row of column headers above a chart's columns (partners, Sankey diagrams).
import type { TextAnchor } from './font.js';
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
