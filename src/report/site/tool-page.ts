// The frame shared by the site's tool pages (« Comparer », « Classements »): a header leading back
// to the index, the page's own main part, the source footer, then its data and script inline.
import { DEFAULT_TITLE } from '../../model/publication.js';
import { blockTag, escapeHtml as esc, tag } from '../html.js';
import { bandeau, demoNote, producedBy, siteDocument, skipLink, sourceNote } from './document.js';
import { fontFaceCss, SITE_CSS } from './style.js';

export interface ToolPageOptions {
  year: number | string;
  demo: boolean;
  generatedAt: string;
  toolVersion: string;
  /** The index page, relative to this one. */
  indexHref: string;
  fontHref?: string;
  /** The edition's title (settings file), in the page's title; DEFAULT_TITLE when absent. */
  editionTitle?: string;
}

/** What one tool page puts in the shared frame. */
export interface ToolPageContent {
  /** « Comparer les territoires »: the heading, and the start of the window's title. */
  name: string;
  /** One sentence under the heading saying what the page does. */
  lead: string;
  css: string;
  main: readonly string[];
  /** Id of the inline JSON the page's script reads, and the data. */
  dataId: string;
  data: unknown;
  script: string;
}

/** The complete page. Same content and options → same bytes. */
export function toolPage(c: ToolPageContent, o: ToolPageOptions): string {
  const year = String(o.year);
  const json = JSON.stringify(c.data).replace(/</g, '\\u003c');
  return siteDocument({
    toolVersion: o.toolVersion,
    title: `${c.name} — ${o.editionTitle ?? DEFAULT_TITLE} ${year}${o.demo ? ' (démonstration)' : ''}`,
    css: [fontFaceCss(o.fontHref), SITE_CSS.trim(), c.css.trim()],
    body: [
      skipLink(),
      blockTag('header', {}, [
        ...(o.demo ? [demoNote()] : []),
        bandeau([
          tag('p', {}, tag('a', { href: o.indexHref }, esc('← Toutes les fiches'))),
          tag('h1', {}, esc(`${c.name} — ${year}`)),
          tag('p', {}, esc(c.lead)),
        ]),
      ]),
      blockTag('main', { id: 'contenu' }, c.main),
      blockTag('footer', {}, [sourceNote(o.demo, year), producedBy(o.toolVersion, o.generatedAt)]),
      tag('script', { type: 'application/json', id: c.dataId }, json),
      blockTag('script', {}, [c.script]),
    ],
  });
}
