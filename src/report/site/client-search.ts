// The search of the index page, as browser JavaScript source. It is the only implementation:
// the page inlines it, and the unit tests evaluate this very source (test/report/site/search.test.ts)
// to check it against the server-side name normalisation and on real queries.
//
// `normalize` must stay equivalent to normalizeName() in src/reference/slug.ts, which computes the
// items' keys on the server: accents, case and punctuation ignored.
//
// Items: { k: normalised keys, c: codes (normalised), l: label, d: detail, h: href, o: kind order }.
// Before matching, the query's common abbreviations are spelled out ('st' → 'saint').
// Score (lower is better): exact code 0, key equal 1, key starts with the query or a code starts
// with a query of digits ('97' → the DROM) 2, a word of the key starts with it 3, key contains it
// 4, every word of the query within a small edit distance of a word of the key (typos: 'lorie'
// → Loire) 5 and more. Territoires d'industrie not named exactly score 3 more, communes 4 more, so
// that the territories with their own fiche come first.
// Ties keep kind order (département, région, France, Territoire d'industrie, commune), then the
// items' order.
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
var ABBREVIATIONS = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes', mt: 'mont' };
function expandQuery(q) {
  return q.split(' ').map(function (w) { return ABBREVIATIONS[w] || w; }).join(' ');
}
/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits), or max + 1 once it exceeds max. */
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  var prev2 = [], prev = [], cur;
  for (var j = 0; j <= b.length; j++) prev[j] = j;
  for (var i = 1; i <= a.length; i++) {
    cur = [i];
    var best = i;
    for (var j2 = 1; j2 <= b.length; j2++) {
      var cost = a[i - 1] === b[j2 - 1] ? 0 : 1;
      var v = Math.min(prev[j2] + 1, cur[j2 - 1] + 1, prev[j2 - 1] + cost);
      if (i > 1 && j2 > 1 && a[i - 1] === b[j2 - 2] && a[i - 2] === b[j2 - 1]) v = Math.min(v, prev2[j2 - 2] + 1);
      cur[j2] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
/** Typos allowed in a word: none under 4 letters, one up to 7, two beyond. */
function tolerance(word) {
  return word.length < 4 ? 0 : word.length <= 7 ? 1 : 2;
}
/** Sum of the edit distances of each query word to its closest key word, or -1 when one is too far. */
function typoDistance(key, words) {
  var keyWords = key.split(' ');
  var total = 0;
  for (var i = 0; i < words.length; i++) {
    var w = words[i], max = tolerance(w), best = max + 1;
    for (var j = 0; j < keyWords.length && best > 0; j++) {
      var d = editDistance(w, keyWords[j], max);
      if (d < best) best = d;
    }
    if (best > max) return -1;
    total += best;
  }
  return total;
}
function scoreOf(item, q, words) {
  if (item.c.indexOf(q) >= 0) return 0;
  var best = 99;
  if (/^[0-9]{2,}$/.test(q)) {
    for (var c = 0; c < item.c.length; c++) if (item.c[c].indexOf(q) === 0) best = 2;
  }
  for (var i = 0; i < item.k.length; i++) {
    var k = item.k[i];
    var s = k === q ? 1 : k.indexOf(q) === 0 ? 2 : k.indexOf(' ' + q) >= 0 ? 3 : k.indexOf(q) >= 0 ? 4 : 99;
    if (s === 99) {
      // Fewer typos first, then keys with fewer words besides the query's ('loire' before 'indre et loire').
      var d = typoDistance(k, words);
      if (d >= 0) s = 5 + d / 10 + Math.max(0, k.split(' ').length - words.length) / 100;
    }
    if (s < best) best = s;
  }
  if (best === 99) return best;
  // Territoires d'industrie and communes lead to a département's fiche: unless named exactly, they
  // come after the territories matched by name, even with a typo ('lorie': Loire before « Pays de Lorient »).
  if (item.o === 3 && best >= 2) return best + 3;
  return item.o === 4 ? best + 4 : best;
}
function search(items, query, limit) {
  var q = expandQuery(normalize(query));
  if (q === '') return [];
  var words = q.split(' ');
  var found = [];
  for (var i = 0; i < items.length; i++) {
    var s = scoreOf(items[i], q, words);
    if (s < 99) found.push({ s: s, i: i });
  }
  found.sort(function (a, b) { return a.s - b.s || items[a.i].o - items[b.i].o || a.i - b.i; });
  return found.slice(0, limit).map(function (f) { return items[f.i]; });
}
/** Items for the packed communes ('Roanne;42|…'): each leads to its département's fiche. */
function communeItems(packed, items) {
  var byCode = {};
  items.forEach(function (item) { if (item.o === 0) byCode[item.c[0]] = item; });
  var out = [];
  packed.split('|').forEach(function (entry) {
    var parts = entry.split(';');
    var dept = byCode[parts[1]];
    if (!dept || parts[0] === '') return;
    out.push({ k: [normalize(parts[0])], c: [], l: parts[0], d: 'Commune — fiche du département ' + dept.l, h: dept.h, o: 4 });
  });
  return out;
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
  /** Kind order: 0 département, 1 région, 2 France, 3 Territoire d'industrie, 4 commune. */
  o: number;
}
