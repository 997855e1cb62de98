// The search of the index page, run in the browser (bundled into the page by scripts/build-browser.mjs)
// and by the unit tests: the items' keys are computed on the server with the very same
// normalizeName() (reference/slug.ts) that normalises the query here.
//
// Before matching, the query's common abbreviations are spelled out ('st' → 'saint').
// Score (lower is better): exact code 0, key equal 1, key starts with the query or a code starts
// with a query of digits ('97' → the DROM) 2, a word of the key starts with it 3, key contains it
// 4, every word of the query within a small edit distance of a word of the key (typos: 'lorie'
// → Loire) 5 and more. Territoires d'industrie not named exactly score 3 more, communes 4 more, so
// that the territories with their own fiche come first.
// Ties keep kind order (département, région, France, Territoire d'industrie, commune), then the
// items' order.
import { editDistance, normalizeName } from '../reference/slug.js';

/** One search entry as embedded in the page (short keys keep the JSON small). */
export interface SearchItem {
  /** Normalised names to match. */
  k: string[];
  /** Normalised codes matched exactly ('42', '2a', '971'). */
  c: string[];
  /** Link text. */
  l: string;
  /** What the result is, e.g. « Département — Auvergne-Rhône-Alpes ». */
  d: string;
  h: string;
  /** Kind order: 0 département, 1 région, 2 France, 3 Territoire d'industrie, 4 commune. */
  o: number;
}

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
  mt: 'mont',
};

/** No match: higher than any score. */
const NONE = 99;

function expandQuery(q: string): string {
  return q
    .split(' ')
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ');
}

/** Typos allowed in a word: none under 4 letters, one up to 7, two beyond. */
function tolerance(word: string): number {
  return word.length < 4 ? 0 : word.length <= 7 ? 1 : 2;
}

/** Sum of the edit distances of each query word to its closest key word, or -1 when one is too far. */
function typoDistance(key: string, words: readonly string[]): number {
  const keyWords = key.split(' ');
  let total = 0;
  for (const w of words) {
    const max = tolerance(w);
    let best = max + 1;
    for (let j = 0; j < keyWords.length && best > 0; j++) best = Math.min(best, editDistance(w, keyWords[j]!, max));
    if (best > max) return -1;
    total += best;
  }
  return total;
}

/** How one key matches the query (see the scores above), NONE when it does not. */
function keyScore(k: string, q: string, words: readonly string[]): number {
  const s = k === q ? 1 : k.startsWith(q) ? 2 : k.includes(' ' + q) ? 3 : k.includes(q) ? 4 : NONE;
  if (s !== NONE) return s;
  // Fewer typos first, then keys with fewer words besides the query's ('loire' before 'indre et loire').
  const d = typoDistance(k, words);
  return d >= 0 ? 5 + d / 10 + Math.max(0, k.split(' ').length - words.length) / 100 : NONE;
}

function scoreOf(item: SearchItem, q: string, words: readonly string[]): number {
  if (item.c.includes(q)) return 0;
  let best = NONE;
  if (/^[0-9]{2,}$/.test(q) && item.c.some((c) => c.startsWith(q))) best = 2;
  for (const k of item.k) best = Math.min(best, keyScore(k, q, words));
  if (best === NONE) return best;
  // Territoires d'industrie and communes lead to a département's fiche: unless named exactly, they
  // come after the territories matched by name, even with a typo ('lorie': Loire before « Pays de Lorient »).
  if (item.o === 3 && best >= 2) return best + 3;
  return item.o === 4 ? best + 4 : best;
}

/** The `limit` best items for the query, best first. */
export function search(items: readonly SearchItem[], query: string, limit: number): SearchItem[] {
  const q = expandQuery(normalizeName(query));
  if (q === '') return [];
  const words = q.split(' ');
  const found: { s: number; i: number }[] = [];
  items.forEach((item, i) => {
    const s = scoreOf(item, q, words);
    if (s < NONE) found.push({ s, i });
  });
  found.sort((a, b) => a.s - b.s || items[a.i]!.o - items[b.i]!.o || a.i - b.i);
  return found.slice(0, limit).map((f) => items[f.i]!);
}

/** Items for the packed communes ('Roanne;42|…'): each leads to its département's fiche. */
export function communeItems(packed: string, items: readonly SearchItem[]): SearchItem[] {
  const byCode = new Map<string, SearchItem>();
  for (const item of items) if (item.o === 0 && item.c[0] !== undefined) byCode.set(item.c[0], item);
  const out: SearchItem[] = [];
  for (const entry of packed.split('|')) {
    const [name = '', code = ''] = entry.split(';');
    const dept = byCode.get(code);
    if (!dept || name === '') continue;
    out.push({
      k: [normalizeName(name)],
      c: [],
      l: name,
      d: 'Commune — fiche du département ' + dept.l,
      h: dept.h,
      o: 4,
    });
  }
  return out;
}
