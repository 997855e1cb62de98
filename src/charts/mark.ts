// A rectangle mark (bar, treemap cell, Sankey node) with its tooltip. Attributes are written in
// one fixed order so that every chart's marks read alike in the SVG and its golden files.
import { mergeable, type PaperMerge, type SceneNode } from './scene.js';
import { el, titleEl } from './svg.js';
import { rectPath } from './write-paper.js';

export interface RectMark {
  cls: string;
  /** Code of what the mark stands for (`data-code`). */
  code?: string;
  /** Value in euros (`data-value`), for scripts and tests. */
  value?: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  /** A mark drawn lighter with a dashed outline (a partial year). */
  fillOpacity?: number;
  strokeDasharray?: string;
}

/** The rectangle with its tooltip; `merge`: how paper merges it with its kind (see write-paper.ts). */
export function rectMark(m: RectMark, tooltip: string, merge?: Omit<PaperMerge, 'd'>): SceneNode {
  const node = el(
    'rect',
    {
      class: m.cls,
      'data-code': m.code,
      'data-value': m.value,
      x: m.x,
      y: m.y,
      width: m.width,
      height: m.height,
      fill: m.fill,
      stroke: m.stroke,
      'stroke-width': m.strokeWidth,
      'fill-opacity': m.fillOpacity,
      'stroke-dasharray': m.strokeDasharray,
    },
    titleEl(tooltip),
  );
  return merge ? mergeable(node, merge, rectPath(m.x, m.y, m.width, m.height)) : node;
}
