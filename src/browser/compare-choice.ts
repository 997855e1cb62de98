// The « Comparer » page's logic, free of the DOM (run by the page and by the unit tests): which
// territories a query proposes, the choice kept in the address, and the comparison as a CSV file
// in the layout of `territrade compare --csv`.
import { BOM, csvHeader, csvLine, EXCEL_FR, type CsvKind, type CsvValue } from '../format/csv.js';
import { normalizeName } from '../reference/slug.js';

// The page's data, embedded by report/site/compare-data.ts: short keys keep the JSON small.
export interface CompareRow {
  /** Label, as in `compare`. */
  l: string;
  k: CsvKind;
  /** Small multiple: 0 none, 1 bars, 2 bars with France's value as a reference line. */
  c: 0 | 1 | 2;
}

export interface CompareTerritory {
  /** What `territrade compare` takes for it: '42', 'region:84', 'france'. */
  q: string;
  /** Its code and kind as `compare --csv` writes them: '42', 'département'. */
  c: string;
  t: string;
  /** Display name: 'Loire (42)', 'Auvergne-Rhône-Alpes (région)', 'France'; and the name alone, as `compare --csv` writes it. */
  n: string;
  m: string;
  /** Normalised names and codes the page's search matches, computed like the index's. */
  h: string;
  /** Its fiche, relative to out/. */
  f: string;
  /** Raw values and French texts, one per row. */
  v: CsvValue[];
  x: string[];
}

export interface CompareData {
  rows: CompareRow[];
  territories: CompareTerritory[];
  /** The period in words, for the CSV's last column; the CSV's file name. */
  p: string;
  file: string;
}

export const MAX_CHOSEN = 6;

/**
 * Up to `limit` territories for a query, best first: its code or 'region:NN' exactly, then a name
 * or code starting with it, then a word starting with it, then containing it; chosen ones left out.
 */
export function proposals(data: CompareData, query: string, chosen: readonly string[], limit = 8): CompareTerritory[] {
  const q = normalizeName(query);
  if (q === '') return [];
  const exact = query.trim().toLowerCase();
  const score = (t: CompareTerritory): number => {
    if (t.q.toLowerCase() === exact || t.c.toLowerCase() === exact) return 0;
    if (t.h.startsWith(` ${q}`) || normalizeName(t.n).startsWith(q)) return 1;
    if (t.h.includes(` ${q}`)) return 2;
    return t.h.includes(q) ? 3 : 9;
  };
  return data.territories
    .map((t, i) => ({ t, i, s: score(t) }))
    .filter((x) => x.s < 9 && !chosen.includes(x.t.q))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.t);
}

/** The choice kept in the address ('?t=42,region:84'): known territories, each once, six at most. */
export function choiceFromSearch(search: string, data: CompareData): string[] {
  const wanted = new URLSearchParams(search).get('t') ?? '';
  const known = new Set(data.territories.map((t) => t.q));
  const out: string[] = [];
  for (const q of wanted.split(',').map((s) => s.trim())) {
    if (known.has(q) && !out.includes(q) && out.length < MAX_CHOSEN) out.push(q);
  }
  return out;
}

export function searchOfChoice(chosen: readonly string[]): string {
  return chosen.length ? `?t=${chosen.join(',')}` : '';
}

/** The chosen territories, then France as the reference unless chosen. */
export function comparedTerritories(
  data: CompareData,
  chosen: readonly string[],
): { t: CompareTerritory; reference: boolean }[] {
  const byQ = new Map(data.territories.map((t) => [t.q, t]));
  const list = chosen.flatMap((q) => (byQ.has(q) ? [{ t: byQ.get(q)!, reference: false }] : []));
  const france = byQ.get('france');
  if (france && !chosen.includes('france') && list.length > 0) list.push({ t: france, reference: true });
  return list;
}

/** The CSV of `territrade compare --csv`: BOM, ';', decimal comma, codes as text, one line per territory. */
export function comparisonCsv(data: CompareData, chosen: readonly string[]): string {
  const kinds: CsvKind[] = ['code', 'text', 'text', 'text', ...data.rows.map((r) => r.k)];
  const head = csvHeader(['code', 'nom', 'type', 'référence', ...data.rows.map((r) => r.l)], EXCEL_FR);
  const lines = comparedTerritories(data, chosen).map(({ t, reference }) =>
    csvLine([t.c, t.m, t.t, reference ? 'oui' : 'non', ...t.v], kinds, EXCEL_FR),
  );
  return BOM + head + lines.join('');
}
