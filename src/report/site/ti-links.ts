// Where the pages of the Territoires d'industrie go in out/, and what the index shows of them:
// a list of links and the search items that lead to them.
import { normalizeName, tiSlug } from '../../reference/slug.js';
import type { SearchItem } from '../../browser/search.js';
import { blockTag, escapeHtml as esc, tag } from '../html.js';

export interface TiPageLink {
  id: string;
  name: string;
  /** Relative to out/: 'territoires-industrie/ti-8417-roannais-forez.html'. */
  href: string;
  /** 'Loire (42)', 'Loire (42), Puy-de-Dôme (63)'. */
  departements: string;
}

/** 'territoires-industrie/ti-8417-roannais-forez.html'. */
export function tiPagePath(t: { id: string; name: string }): string {
  return `territoires-industrie/${tiSlug(t.id, t.name)}.html`;
}

/** One search item per territory, leading to its page. */
export function tiSearchItems(pages: readonly TiPageLink[]): SearchItem[] {
  return pages.map((p) => ({
    k: [normalizeName(p.name)],
    c: [normalizeName(p.id)],
    l: p.name,
    d: `Territoire d’industrie — ${p.departements}`,
    h: p.href,
    o: 3,
  }));
}

/** The index's list of the territories' pages, folded. */
export function tiIndexSection(pages: readonly TiPageLink[]): string {
  const sorted = [...pages].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return blockTag('section', { class: 'panneau', 'aria-labelledby': 'ti-titre' }, [
    tag('h2', { id: 'ti-titre' }, esc("Territoires d'industrie")),
    tag(
      'details',
      {},
      tag('summary', {}, `Les ${pages.length} territoires, chacun avec les chiffres de ses départements`),
      '\n',
      blockTag(
        'ul',
        { class: 'liste-ti' },
        sorted.map((p) => tag('li', {}, tag('a', { href: p.href }, esc(p.name)), esc(` — ${p.departements}`))),
      ),
      '\n',
    ),
  ]);
}
