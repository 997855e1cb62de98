// The fiche's own HTML pieces (sections, prose paragraphs, links) on the shared builder.
import { frenchTypography } from '../../format/fr.js';
import { escapeHtml, tag } from '../html.js';

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
