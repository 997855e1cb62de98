// Minimal SVG building: escaping, fixed-precision numbers (so output is byte-identical across
// runs and platforms), element helpers that make scene nodes (see scene.ts; the writers put one
// element per line, which keeps golden diffs readable).

import { FONT_FAMILY_ATTR, type FontWeight, type TextAnchor } from './font.js';
import { palette } from './palette.js';
import { frenchTypography } from '../format/fr.js';
import type { SceneNode } from './scene.js';

const XML_SPECIAL = /[&<>"']/;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text and attribute values for XML; text gets French typography (apostrophes, no-break spaces). */
export function escapeXml(raw: string): string {
  const text = frenchTypography(raw);
  return XML_SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!) : text;
}

/** A coordinate rounded to `decimals` (default 2), without trailing zeros and never '-0'. */
export function num(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) throw new Error(`coordonnée non finie : ${value}`);
  const f = decimals === 2 ? 100 : 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? '0' : String(r);
}

/** Rounds a coordinate the way `num` writes it. */
export function round(value: number, decimals = 2): number {
  return Number(num(value, decimals));
}

export type AttrValue = string | number | undefined | null | false;
export type Attrs = Record<string, AttrValue>;

/** Attributes in insertion order; numbers are rounded with `num`, empty values skipped. */
export function attrs(a: Attrs): string {
  let out = '';
  // for…in rather than Object.entries: no array per element (this is the hot loop).
  for (const k in a) {
    const v = a[k];
    if (v === undefined || v === null || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

/** An element and its children. */
export function el(tag: string, a: Attrs, ...children: SceneNode[]): SceneNode {
  return { tag, attrs: a, children };
}

/** An element holding text (escaped here). */
export function textContentEl(tag: string, a: Attrs, text: string): SceneNode {
  return { tag, attrs: a, children: [], text: escapeXml(text) };
}

/** A `<title>` tooltip (also read by screen readers on focusable marks; paper drops it). */
export function titleEl(text: string): SceneNode {
  return textContentEl('title', {}, text);
}

export interface TextOptions {
  size: number;
  weight?: FontWeight;
  anchor?: TextAnchor;
  fill: string;
  className?: string;
}

/** Defaults set once on the `<svg>` root and inherited by every `<text>`. */
export const TEXT_DEFAULTS = { size: 12, weight: 400, anchor: 'start', fill: palette.text } as const;

/** One line of text at (x, baseline y); attributes equal to the root's defaults are omitted. */
export function textEl(x: number, y: number, text: string, o: TextOptions): SceneNode {
  return textContentEl(
    'text',
    {
      class: o.className,
      x,
      y,
      'font-size': o.size !== TEXT_DEFAULTS.size && o.size,
      'font-weight': o.weight !== undefined && o.weight !== TEXT_DEFAULTS.weight && o.weight,
      'text-anchor': o.anchor !== undefined && o.anchor !== TEXT_DEFAULTS.anchor && o.anchor,
      fill: o.fill !== TEXT_DEFAULTS.fill && o.fill,
    },
    text,
  );
}

/** Keeps an id prefix to XML-name characters so that several charts can share a page. */
export function safeIdPrefix(prefix: string): string {
  const cleaned = prefix.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

export interface RootOptions {
  width: number;
  height: number;
  idPrefix: string;
  className: string;
  title: string;
  description: string;
}

/** The accessible `<svg>` root: role img, labelled by its own `<title>` and `<desc>`. */
export function svgRoot(o: RootOptions, body: SceneNode[]): SceneNode {
  const id = safeIdPrefix(o.idPrefix);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: o.className,
      width: o.width,
      height: o.height,
      viewBox: `0 0 ${num(o.width)} ${num(o.height)}`,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-family': FONT_FAMILY_ATTR,
      'font-size': TEXT_DEFAULTS.size,
      'font-weight': TEXT_DEFAULTS.weight,
      'text-anchor': TEXT_DEFAULTS.anchor,
      fill: TEXT_DEFAULTS.fill,
    },
    textContentEl('title', { id: `${id}-title` }, o.title),
    textContentEl('desc', { id: `${id}-desc` }, o.description),
    ...body,
  );
}
