// A tiny parser for the charts' own SVG output (well-formed, no CDATA, no comments), and the
// geometry the tests check: text boxes measured with the charts' font metrics.
import { expect } from 'vitest';
import { textBox, type Box, type FontWeight, type TextAnchor } from '../../src/charts/font.js';

export interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
  parent: Node | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

export function parseSvg(svg: string): Node {
  const root: Node = { tag: '#root', attrs: {}, children: [], text: '', parent: null };
  let current = root;
  const re = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (let m = re.exec(svg); m; m = re.exec(svg)) {
    if (m[5] !== undefined) {
      current.text += unescape(m[5]);
      continue;
    }
    const [, closing, tag, rawAttrs, selfClosing] = m;
    if (closing) {
      if (current.tag !== tag) throw new Error(`</${tag}> ferme <${current.tag}>`);
      current = current.parent!;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs!.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]!] = unescape(a[2]!);
    const node: Node = { tag: tag!, attrs, children: [], text: '', parent: current };
    current.children.push(node);
    if (!selfClosing) current = node;
  }
  if (current !== root) throw new Error(`<${current.tag}> non fermé`);
  return root.children[0]!;
}

export function all(node: Node, pred: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (pred(node)) out.push(node);
  for (const c of node.children) all(c, pred, out);
  return out;
}

export const hasClass = (n: Node, cls: string) => (n.attrs.class ?? '').split(' ').includes(cls);
export const byClass = (root: Node, tag: string, cls: string) => all(root, (n) => n.tag === tag && hasClass(n, cls));

export function viewBox(root: Node): { width: number; height: number } {
  const [, , w, h] = root.attrs.viewBox!.split(' ').map(Number);
  return { width: w!, height: h! };
}

/** An attribute of the node or, as SVG presentation attributes are, inherited from an ancestor. */
export function inherited(n: Node, name: string): string | undefined {
  for (let c: Node | null = n; c; c = c.parent) if (c.attrs[name] !== undefined) return c.attrs[name];
  return undefined;
}

export function textElementBox(t: Node): Box {
  return textBox(
    Number(t.attrs.x),
    Number(t.attrs.y),
    t.text,
    Number(inherited(t, 'font-size')),
    Number(inherited(t, 'font-weight') ?? 400) as FontWeight,
    (inherited(t, 'text-anchor') ?? 'start') as TextAnchor,
  );
}

const union = (boxes: Box[]): Box => ({
  x0: Math.min(...boxes.map((b) => b.x0)),
  y0: Math.min(...boxes.map((b) => b.y0)),
  x1: Math.max(...boxes.map((b) => b.x1)),
  y1: Math.max(...boxes.map((b) => b.y1)),
});

/** One box per label: a `<g class="label">` (several lines) or a lone `<text>`. */
export function labelBoxes(root: Node): { box: Box; text: string }[] {
  const out: { box: Box; text: string }[] = [];
  const visit = (n: Node) => {
    if (n.tag === 'g' && hasClass(n, 'label')) {
      const texts = all(n, (c) => c.tag === 'text');
      out.push({ box: union(texts.map(textElementBox)), text: texts.map((t) => t.text).join(' / ') });
      return;
    }
    if (n.tag === 'text') {
      out.push({ box: textElementBox(n), text: n.text });
      return;
    }
    n.children.forEach(visit);
  };
  visit(root);
  return out;
}

export const overlaps = (a: Box, b: Box, tolerance = 0.5) =>
  a.x0 < b.x1 - tolerance && b.x0 < a.x1 - tolerance && a.y0 < b.y1 - tolerance && b.y0 < a.y1 - tolerance;

export function inside(b: Box, width: number, height: number, tolerance = 0.5): boolean {
  return b.x0 >= -tolerance && b.y0 >= -tolerance && b.x1 <= width + tolerance && b.y1 <= height + tolerance;
}

/** A Sankey ribbon's thickness at its source: its last point's y minus its first's (src/charts/sankey-links.ts draws the upper edge, then the lower one back). */
export function ribbonThickness(d: string): number {
  const ys = [...d.matchAll(/[-\d.]+,([-\d.]+)/g)].map((m) => Number(m[1]));
  return ys[ys.length - 1]! - ys[0]!;
}

/**
 * The one layout assertion of every chart test: the chart has text, and every label lies inside
 * the viewBox without overlapping another. Returns the parsed tree and its size for further checks.
 */
export function expectLabelsLaidOut(svg: string): { root: Node; width: number; height: number } {
  const root = parseSvg(svg);
  const { width, height } = viewBox(root);
  const labels = labelBoxes(root);
  // Without this guard, a chart that lost all its labels would pass every check below.
  if (labels.length === 0) throw new Error('aucun texte dans le graphique');
  for (const l of labels) if (!inside(l.box, width, height)) throw new Error(`hors du cadre : ${l.text}`);
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (overlaps(labels[i]!.box, labels[j]!.box))
        throw new Error(`étiquettes superposées : ${labels[i]!.text} ⟂ ${labels[j]!.text}`);
  return { root, width, height };
}

/** Expects the SVG to be an image named by its own <title> and <desc> (role, aria-labelledby); returns its tree. */
export function expectLabelledImage(out: { svg: string; title: string; description: string }): Node {
  const root = parseSvg(out.svg);
  expect(root.attrs.role).toBe('img');
  const [titleId, descId] = root.attrs['aria-labelledby']!.split(' ');
  expect(root.children.find((c) => c.tag === 'title')).toMatchObject({ attrs: { id: titleId }, text: out.title });
  expect(root.children.find((c) => c.tag === 'desc')).toMatchObject({ attrs: { id: descId }, text: out.description });
  return root;
}
