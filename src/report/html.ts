// The one HTML builder of the fiche and the site: escaping (with French typography) and elements
// built from attributes, so that no page writes a tag or escapes a value by hand.
import { frenchTypography } from '../format/fr.js';

/** Escapes text for HTML; text gets French typography (apostrophes, no-break spaces) on the way. */
export function escapeHtml(raw: string): string {
  return escapeVerbatim(frenchTypography(raw));
}

/** Escapes text for HTML and leaves it as written (a web address, which typography would break). */
export function escapeVerbatim(raw: string): string {
  return raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type HtmlAttrs = Record<string, string | number | boolean | undefined | null>;

function attributes(a: HtmlAttrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    out += v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`;
  }
  return out;
}

/** `<tag attrs>children</tag>`; children are already-escaped HTML. */
export function tag(name: string, a: HtmlAttrs, ...children: string[]): string {
  // '+' builds a rope that V8 flattens once, where join() would copy the (large) SVG children
  // again at every level of nesting.
  let out = `<${name}${attributes(a)}>`;
  for (const child of children) out += child;
  return out + `</${name}>`;
}

/** An element without content or end tag (`<input …>`, `<meta …>`, `<link …>`). */
export function voidTag(name: string, a: HtmlAttrs): string {
  return `<${name}${attributes(a)}>`;
}

/** Like parts.join(separator), but as a rope (see tag): the parts hold whole SVG charts. */
export function joinHtml(parts: readonly string[], separator = ''): string {
  let out = '';
  parts.forEach((part, i) => {
    out += i === 0 ? part : separator + part;
  });
  return out;
}

/** An element whose children each stand on their own line (`<ul>\n<li>…</li>\n</ul>`): readable golden diffs. */
export function blockTag(name: string, a: HtmlAttrs, children: readonly string[]): string {
  return tag(name, a, '\n', joinHtml(children, '\n'), children.length ? '\n' : '');
}
