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
