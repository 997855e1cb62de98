// The items the index page's search looks through, computed on the server.
import { departements } from '../../reference/territories.js';
import { normalizeName } from '../../reference/slug.js';
import type { SearchItem } from './client-search.js';
import { tiSearchItems, type TiPageLink } from './ti-links.js';
import type { SiteEntry } from './types.js';

/** 'Corse (2A, 2B)' → 'Corse'. */
export function baseName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}

/** 'Loire (42)'; a name that already carries its codes ('Corse (2A, 2B)') is kept as is. */
export function nameWithCode(entry: SiteEntry): string {
  const { name, code } = entry.territory;
  return entry.territory.kind === 'departement' && !name.includes('(') ? `${name} (${code})` : name;
}

/** The INSEE codes a département entry answers to: its display code and, for Corse, 2A and 2B. */
export function codesOf(entry: SiteEntry): string[] {
  const dept = departements().find((d) => d.code === entry.territory.code);
  return [...new Set([entry.territory.code, ...(dept?.inseeCodes ?? [])])];
}

function keys(...names: string[]): string[] {
  return [...new Set(names.map(normalizeName).filter((k) => k !== ''))];
}

/**
 * Départements (by name and code), régions, France, then each Territoire d'industrie: to its page
 * when the build writes them, else once per département it spans, to that département's fiche.
 */
export function searchItems(entries: readonly SiteEntry[], tiPages?: readonly TiPageLink[]): SearchItem[] {
  const depts = entries.filter((e) => e.territory.kind === 'departement');
  const items: SearchItem[] = [];
  for (const e of depts) {
    items.push({
      k: keys(e.territory.name, baseName(e.territory.name)),
      c: codesOf(e).map(normalizeName),
      l: nameWithCode(e),
      d: e.region ? `Département — ${e.region.name}` : 'Département',
      h: e.href,
      o: 0,
    });
  }
  for (const e of entries.filter((x) => x.territory.kind === 'region')) {
    items.push({ k: keys(e.territory.name), c: [], l: e.territory.name, d: 'Région', h: e.href, o: 1 });
  }
  for (const e of entries.filter((x) => x.territory.kind === 'france')) {
    items.push({ k: keys(e.territory.name, 'France entière'), c: [], l: e.territory.name, d: 'France entière', h: e.href, o: 2 });
  }
  if (tiPages) return [...items, ...tiSearchItems(tiPages)];
  const names = [...new Set(depts.flatMap((e) => e.territoires_industrie))].sort((a, b) => a.localeCompare(b, 'fr'));
  for (const ti of names) {
    for (const e of depts.filter((d) => d.territoires_industrie.includes(ti))) {
      items.push({ k: keys(ti), c: [], l: ti, d: `Territoire d’industrie — ${nameWithCode(e)}`, h: e.href, o: 3 });
    }
  }
  return items;
}
