// A chart's scene: the tree of marks it draws, computed once by its layout and written out by
// the writers (write-screen.ts for the web, write-paper.ts for print). Nodes are SVG elements
// with their attributes unformatted; a mark also says how paper may merge it with its kind.
import type { Attrs } from './svg.js';

/** How paper draws a shape merged with the others of the same key in its layer (see write-paper.ts). */
export interface PaperMerge {
  /** Shapes of one key become one path: same style, and they never overlap (or look the same if they do). */
  key: string;
  /** Merged paths are drawn in rank order, then by first appearance. */
  rank: number;
  /** The shape as path data. */
  d: string;
  /** The merged path's paint. */
  style: Attrs;
}

export interface SceneNode {
  /** SVG tag; '' for a fragment (its children stand in its place). */
  tag: string;
  attrs: Attrs;
  children: SceneNode[];
  /** Text content, already escaped. */
  text?: string;
  /** Set on a mark that paper may merge with its kind. */
  merge?: PaperMerge;
  /** Set on a fragment or plain group inside which paper merges marks (see write-paper.ts). */
  layer?: boolean;
  /** Set on a text shortened with an ellipsis: the full label, not escaped (see `shortened`). */
  full?: string;
}

/** Children standing in their parent's place (a fragment writes no tag of its own). */
export function fragment(children: SceneNode[], layer = false): SceneNode {
  return layer ? { tag: '', attrs: {}, children, layer } : { tag: '', attrs: {}, children };
}

/** The node marked as a paper layer: its marks with a `merge` are merged by key on paper. */
export function asLayer(node: SceneNode): SceneNode {
  return { ...node, layer: true };
}

/** The node with a paper merge. */
export function mergeable(node: SceneNode, merge: Omit<PaperMerge, 'd'>, d: string): SceneNode {
  return { ...node, merge: { ...merge, d } };
}

/** The text node, marked as shortened when it ends with an ellipsis: `full` is the whole label. */
export function shortened(node: SceneNode, full: string): SceneNode {
  return node.text?.endsWith('…') ? { ...node, full } : node;
}

/** The full labels of the shortened texts under `nodes`, once each, in drawing order. */
function fullLabels(nodes: readonly SceneNode[], out: Set<string>): Set<string> {
  for (const node of nodes) {
    if (node.full !== undefined) out.add(node.full);
    fullLabels(node.children, out);
  }
  return out;
}

/** The full labels of the texts of `body` shortened with an ellipsis, once each, in drawing order. */
export function shortenedLabels(body: readonly SceneNode[]): string[] {
  return [...fullLabels(body, new Set())];
}

/**
 * The sentence that a chart's description ends with when texts of `body` are shortened: their
 * full labels, so that a label cut on the drawing is read whole by a screen reader and on paper
 * ('' when nothing is shortened).
 */
export function fullLabelsNote(body: readonly SceneNode[]): string {
  const labels = shortenedLabels(body);
  if (labels.length === 0) return '';
  const quoted = labels.map((l) => `«\u00a0${l}\u00a0»`).join(', ');
  return ` Textes abrégés sur le graphique, en entier\u00a0: ${quoted}.`;
}
