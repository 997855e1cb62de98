// The input of every indicator: a territory's trade for one year, summed over quarters, at the
// finest level the fiche needs (flow × A129 activity × partner country). Rows may repeat a key
// (a région is fed its départements' rows): every indicator aggregates by key itself.
import { ascending, descending } from 'd3-array';
import type { CubeRow, Flow } from '../model/trade.js';

export type { CubeRow } from '../model/trade.js';

/** Names the indicators need, looked up once per year (store labels, reference fallbacks). */
export interface Labels {
  activity(code: string): { name: string; a17: string; a17_name: string };
  country(code: string): string;
}

/** Sums of the rows by `key`, only of those `keep` accepts (all when absent), in first-seen order. */
export function sumBy<K>(
  rows: Iterable<CubeRow>,
  key: (r: CubeRow) => K,
  keep?: (r: CubeRow) => boolean,
): Map<K, number> {
  const sums = new Map<K, number>();
  for (const r of rows) {
    if (keep && !keep(r)) continue;
    const k = key(r);
    sums.set(k, (sums.get(k) ?? 0) + r.value);
  }
  return sums;
}

export function totalOf(rows: Iterable<CubeRow>, flow: Flow): number {
  let total = 0;
  for (const r of rows) if (r.flow === flow) total += r.value;
  return total;
}

/** Entries sorted by value descending, then code ascending, so ties never depend on input order. */
export function sortedByValue<K extends string>(sums: Map<K, number>): [K, number][] {
  return [...sums].sort((a, b) => descending(a[1], b[1]) || ascending(a[0], b[0]));
}
