// The items the index page's search looks through, computed on the server.
import { searchCommunes, type SearchCommune } from '../../reference/communes.js';
import { baseName, departements } from '../../reference/territories.js';
import { normalizeName } from '../../reference/slug.js';
import type { SearchItem } from '../../browser/search.js';
import { curlyApostrophes } from '../../format/fr.js';
import { tiSearchItems, type TiPageLink } from './ti-links.js';
import type { SiteEntry } from './types.js';

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

/** Common short forms and former names of the régions, by INSEE code. */
export const REGION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '11': ['IDF'],
  '24': ['CVL', 'Centre'],
  '27': ['BFC', 'Bourgogne', 'Franche-Comté'],
  '32': ['HDF', 'Nord-Pas-de-Calais', 'Picardie'],
  '44': ['Alsace', 'Lorraine', 'Champagne-Ardenne', 'Alsace-Champagne-Ardenne-Lorraine'],
  '52': ['PDL'],
  '75': ['Aquitaine', 'Limousin', 'Poitou-Charentes'],
  '76': ['Languedoc-Roussillon', 'Midi-Pyrénées'],
  '84': ['ARA', 'AURA', 'Auvergne'],
  '93': ['PACA', 'Région Sud'],
};

/** Other names a département answers to: Corse's two départements, the DROM as a group. */
function departementAliases(e: SiteEntry): string[] {
  if (e.territory.code === '20') return ['Corse-du-Sud', 'Haute-Corse'];
  if (e.territory.code.startsWith('97')) return ['DROM', 'Outre-mer', 'DOM'];
  return [];
}

function keys(...names: string[]): string[] {
  return [...new Set(names.map(normalizeName).filter((k) => k !== ''))];
}

/**
 * Départements (by name and code), régions, France, then each Territoire d'industrie: to its page
 * when the build writes them, else once per département it spans, to that département's fiche.
 */
export function searchItems(entries: readonly SiteEntry[], tiPages?: readonly TiPageLink[]): SearchItem[] {
  // What the reader sees is typeset (« Côte-d’Or »); the keys stay normalised.
  return rawSearchItems(entries, tiPages).map((item) => ({
    ...item,
    l: curlyApostrophes(item.l),
    d: curlyApostrophes(item.d),
  }));
}

function rawSearchItems(entries: readonly SiteEntry[], tiPages?: readonly TiPageLink[]): SearchItem[] {
  const depts = entries.filter((e) => e.territory.kind === 'departement');
  const items: SearchItem[] = [];
  for (const e of depts) {
    items.push({
      k: keys(e.territory.name, baseName(e.territory.name), ...departementAliases(e)),
      c: codesOf(e).map(normalizeName),
      l: nameWithCode(e),
      d: `${e.territory.code === '99' ? 'Principauté' : 'Département'}${e.region ? ` — ${e.region.name}` : ''}`,
      h: e.href,
      o: 0,
    });
  }
  for (const e of entries.filter((x) => x.territory.kind === 'region')) {
    items.push({
      k: keys(e.territory.name, ...(REGION_ALIASES[e.territory.code] ?? [])),
      c: [],
      l: e.territory.name,
      d: 'Région',
      h: e.href,
      o: 1,
    });
  }
  for (const e of entries.filter((x) => x.territory.kind === 'france')) {
    items.push({
      k: keys(e.territory.name, 'France entière'),
      c: [],
      l: e.territory.name,
      d: 'France entière',
      h: e.href,
      o: 2,
    });
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

/**
 * The communes of the search, packed as 'Roanne;42|Saint-Étienne;42|…' (a tenth of the size of
 * items): only those of a département of the page; the page's script turns them into items.
 */
export function packedCommunes(
  entries: readonly SiteEntry[],
  communes: readonly SearchCommune[] = searchCommunes(),
): string {
  const codes = new Set(entries.filter((e) => e.territory.kind === 'departement').map((e) => e.territory.code));
  return communes
    .filter((c) => codes.has(c.departement) && !/[;|]/.test(c.name))
    .map((c) => `${curlyApostrophes(c.name)};${c.departement}`)
    .join('|');
}
