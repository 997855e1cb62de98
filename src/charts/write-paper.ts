// The paper writer. Chromium lays out, paints and tags every SVG element of a printed page one
// by one, so the print SVG keeps the drawing and drops what only the screen uses: the marks'
// tooltips, the grouping <g> elements, the class and data-* attributes; and inside a layer it
// draws marks of one kind as one <path> of several shapes. Same pixels, far fewer elements.
import type { PaperMerge, SceneNode } from './scene.js';
import { type Attrs, el, num } from './svg.js';
import { writeNode } from './write-screen.js';

/** A rectangle as path data (to be merged with others of the same style). */
export function rectPath(x: number, y: number, width: number, height: number): string {
  return `M${num(x)},${num(y)}h${num(width)}v${num(height)}h${num(-width)}Z`;
}

/** Attributes that only scripts, styles and tests read: none of them changes the drawing. */
const isScreenAttr = (name: string) => name === 'class' || name.startsWith('data-');

/** A <g> that only groups (class, data-*, pointer events): its children can stand without it. */
function isPlainGroup(node: SceneNode): boolean {
  if (node.tag !== 'g') return false;
  for (const name in node.attrs) if (!isScreenAttr(name) && name !== 'pointer-events') return false;
  return true;
}

function drawnAttrs(a: Attrs): Attrs {
  const out: Attrs = {};
  for (const name in a) if (!isScreenAttr(name)) out[name] = a[name];
  return out;
}

/** The paper nodes standing for `node`: none for a tooltip, its children for a plain group. */
function paperNodes(node: SceneNode, out: SceneNode[]): void {
  if (node.tag === 'title') return;
  if (node.layer) {
    out.push(...layerNodes(node.children));
    return;
  }
  if (node.tag === '' || isPlainGroup(node)) {
    for (const child of node.children) paperNodes(child, out);
    return;
  }
  const children: SceneNode[] = [];
  for (const child of node.children) paperNodes(child, children);
  out.push({ tag: node.tag, attrs: drawnAttrs(node.attrs), children, text: node.text });
}

/**
 * A layer on paper: its mergeable marks as one path per key (in rank order, then first
 * appearance), then everything else in order on top. Callers merge only marks that do not
 * overlap, or opaque ones whose overlaps look the same either way, and keep in a layer only
 * texts and shapes that never lie under a merged mark of a later rank.
 */
function layerNodes(children: readonly SceneNode[]): SceneNode[] {
  const merged = new Map<string, { merge: PaperMerge; shapes: string[] }>();
  const others: SceneNode[] = [];
  const visit = (node: SceneNode): void => {
    if (node.merge) {
      const bucket = merged.get(node.merge.key) ?? { merge: node.merge, shapes: [] };
      if (bucket.shapes.length === 0) merged.set(node.merge.key, bucket);
      bucket.shapes.push(node.merge.d);
    } else if (node.tag === '' || isPlainGroup(node) || node.layer) {
      node.children.forEach(visit);
    } else {
      paperNodes(node, others);
    }
  };
  children.forEach(visit);
  const paths = [...merged.values()]
    .sort((a, b) => a.merge.rank - b.merge.rank)
    .map((b) => el('path', { d: b.shapes.join(''), ...b.merge.style }));
  return [...paths, ...others];
}

/** The print form of a chart's root node: the root keeps its class, title and description. */
export function paperSvg(root: SceneNode): string {
  const [title, desc, ...body] = root.children;
  const children: SceneNode[] = [title!, desc!];
  for (const child of body) paperNodes(child, children);
  const out: string[] = [];
  writeNode({ ...root, children }, out);
  return out.join('\n') + '\n';
}
