// Minimal HTML string building for the fiche: escaping and a tag helper. Output is one element
// per line where it helps golden diffs stay readable.
import { frenchTypography } from '../../format/fr.js';

/** Escapes text for HTML; text gets French typography (apostrophes, no-break spaces) on the way. */
export function escapeHtml(raw: string): string {
  return frenchTypography(raw)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
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

/** A `<section>` labelled by its own `<h2 id="<id>-titre">` heading, which comes first. */
export function headedSection(id: string, title: string, className: string | undefined, ...children: string[]): string {
  return tag(
    'section',
    { class: className, 'aria-labelledby': `${id}-titre` },
    '\n',
    tag('h2', { id: `${id}-titre` }, title),
    '\n',
    ...children,
  );
}

/**
 * The fiche's own HTML prose (sentences with inline markup, names already escaped) with French
 * typography, as escaped text gets it: a sentence written around its markup with a straight
 * apostrophe (`<strong>Dépendances à l'import.</strong>`) prints a typographic one.
 */
export function prose(html: string): string {
  return frenchTypography(html);
}

/** A paragraph of the fiche's own HTML prose (see prose). */
export function p(html: string, className?: string): string {
  return tag('p', { class: className }, prose(html));
}

/** A link, or plain text when there is no target. */
export function link(href: string | null, text: string): string {
  return href ? tag('a', { href }, escapeHtml(text)) : escapeHtml(text);
}

/** Like parts.join(separator), but as a rope (see tag): the parts hold whole SVG charts. */
export function joinHtml(parts: string[], separator = ''): string {
  let out = '';
  parts.forEach((part, i) => {
    out += i === 0 ? part : separator + part;
  });
  return out;
}
