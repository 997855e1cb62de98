// The search of the index page, as browser JavaScript source. It is the only implementation:
// the page inlines it, and the unit tests evaluate this very source (test/report/site/search.test.ts)
// to check it against the server-side name normalisation and on real queries.
//
// `normalize` must stay equivalent to normalizeName() in src/reference/slug.ts, which computes the
// items' keys on the server: accents, case and punctuation ignored.
//
// Items: { k: normalised keys, c: codes (normalised), l: label, d: detail, h: href, o: kind order }.
// Score: exact code 0, key equal 1, key starts with the query 2, a word of the key starts with it 3,
// key contains it 4; ties keep kind order (département, région, France, Territoire d'industrie),
// then the items' order.
export const CLIENT_SEARCH_SOURCE = String.raw`function normalize(text) {
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-/g, ' ');
}
function scoreOf(item, q) {
  if (item.c.indexOf(q) >= 0) return 0;
  var best = 9;
  for (var i = 0; i < item.k.length; i++) {
    var k = item.k[i];
    var s = k === q ? 1 : k.indexOf(q) === 0 ? 2 : k.indexOf(' ' + q) >= 0 ? 3 : k.indexOf(q) >= 0 ? 4 : 9;
    if (s < best) best = s;
  }
  return best;
}
function search(items, query, limit) {
  var q = normalize(query);
  if (q === '') return [];
  var found = [];
  for (var i = 0; i < items.length; i++) {
    var s = scoreOf(items[i], q);
    if (s < 9) found.push({ s: s, i: i });
  }
  found.sort(function (a, b) { return a.s - b.s || items[a.i].o - items[b.i].o || a.i - b.i; });
  return found.slice(0, limit).map(function (f) { return items[f.i]; });
}`;

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
  /** Kind order: 0 département, 1 région, 2 France, 3 Territoire d'industrie. */
  o: number;
}
