// One pass over a territory's rows gives every sum the position indicators need, so that each
// indicator reads maps instead of going through the rows again.
import type { CubeRow } from '../../model/trade.js';

export type FlowCode = CubeRow['flow'];

export interface FlowSums {
  /** Sum of the flow's positive values. */
  total: number;
  byCountry: Map<string, number>;
  byActivity: Map<string, number>;
  /** A129 activity → partner code → value. */
  byActivityCountry: Map<string, Map<string, number>>;
}

export type TradeSums = Record<FlowCode, FlowSums>;

function emptyFlow(): FlowSums {
  return { total: 0, byCountry: new Map(), byActivity: new Map(), byActivityCountry: new Map() };
}

function add<K>(map: Map<K, number>, key: K, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** Sums by flow, partner, activity and activity × partner. Rows may repeat a key; values ≤ 0 are left out. */
export function tradeSums(rows: Iterable<CubeRow>): TradeSums {
  const sums: TradeSums = { E: emptyFlow(), I: emptyFlow() };
  for (const r of rows) {
    if (!(r.value > 0)) continue;
    const f = sums[r.flow];
    f.total += r.value;
    add(f.byCountry, r.country, r.value);
    add(f.byActivity, r.a129, r.value);
    let countries = f.byActivityCountry.get(r.a129);
    if (!countries) f.byActivityCountry.set(r.a129, (countries = new Map()));
    add(countries, r.country, r.value);
  }
  return sums;
}

/** Each rows array's sums, or how to get them without going through the rows (sumsLater). */
const shared = new WeakMap<readonly CubeRow[], TradeSums | (() => TradeSums)>();

/**
 * tradeSums of a rows array, computed once for that array (a territory's rows are summed by its
 * partners, activities and position, and France's also as the base of every other): read only.
 */
export function rowSums(rows: readonly CubeRow[]): TradeSums {
  const known = shared.get(rows);
  if (typeof known === 'object') return known;
  const sums = known ? known() : tradeSums(rows);
  shared.set(rows, sums);
  return sums;
}

/**
 * Tells rowSums how to get the sums of `rows` when first asked: `sums` must give what
 * tradeSums(rows) would (same values, same Map order), e.g. idSums of the ids they came from.
 */
export function sumsLater(rows: readonly CubeRow[], sums: () => TradeSums): void {
  shared.set(rows, sums);
}

/** Code order that never depends on the locale. */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
