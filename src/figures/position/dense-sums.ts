// tradeSums (sums.ts) of rows given as ids, summed in dense arrays indexed by id instead of one
// Map update per row and sum: the same additions in the same row order (so the same
// floating-point results), then the same Maps, their keys in the same first-seen order.
import type { FlowSums, TradeSums } from './sums.js';

/**
 * Rows as columns: the rows are at[0], at[1]… (positions in the columns, in row order); row i is an
 * export when exports[i] is 1, a129[i] and country[i] are ids into the codes, value[i] its value.
 */
export interface IdRows {
  at: Int32Array;
  exports: Uint8Array;
  a129: Int32Array;
  country: Int32Array;
  value: Float64Array;
}

/** What the ids stand for; each code once (ids of the same code would be summed apart). */
export interface IdCodes {
  a129: readonly string[];
  country: readonly string[];
}

/** Sums by id, reused from call to call (a few hundred kB) and left all zero after each. */
let scratch = { byCountry: new Float64Array(0), byActivity: new Float64Array(0), pairs: new Float64Array(0) };

function scratchFor(activities: number, countries: number): typeof scratch {
  if (
    scratch.pairs.length < 2 * activities * countries ||
    scratch.byCountry.length < 2 * countries ||
    scratch.byActivity.length < 2 * activities
  )
    scratch = {
      byCountry: new Float64Array(2 * countries),
      byActivity: new Float64Array(2 * activities),
      pairs: new Float64Array(2 * activities * countries),
    };
  return scratch;
}

/** The keys of one flow in first-seen order: dense indices into the scratch arrays. */
interface Seen {
  total: number;
  countries: number[];
  activities: number[];
  pairs: number[];
}

type Scratch = typeof scratch;

// Each loop below is a function of its own that returns right after it: V8 optimises a long loop
// while it runs, and code after it that never ran yet would throw that away at every call.

/** Adds each row with a positive value to its flow's sums, noting each key when first seen. */
function accumulate(rows: IdRows, activities: number, countries: number, sums: Scratch, seen: Seen[]): void {
  const { byCountry, byActivity, pairs } = sums;
  for (let k = 0; k < rows.at.length; k++) {
    const i = rows.at[k]!;
    const value = rows.value[i]!;
    if (!(value > 0)) continue;
    const flow = rows.exports[i]!;
    const s = seen[flow]!;
    s.total += value;
    // A sum of positive values is never 0 again: 0 means the key was not seen yet.
    const c = flow * countries + rows.country[i]!;
    if (byCountry[c] === 0) s.countries.push(c);
    byCountry[c] = byCountry[c]! + value;
    const a = flow * activities + rows.a129[i]!;
    if (byActivity[a] === 0) s.activities.push(a);
    byActivity[a] = byActivity[a]! + value;
    const pair = a * countries + rows.country[i]!;
    if (pairs[pair] === 0) s.pairs.push(pair);
    pairs[pair] = pairs[pair]! + value;
  }
}

/** The sums of `keys` (dense indices, minus `offset` for the code) as a Map, left at zero in `sums`. */
function mapOf(
  keys: readonly number[],
  sums: Float64Array,
  codes: readonly string[],
  offset: number,
): Map<string, number> {
  const map = new Map<string, number>();
  for (const k of keys) {
    map.set(codes[k - offset]!, sums[k]!);
    sums[k] = 0;
  }
  return map;
}

/** activity → partner → sum; an activity's first pair comes with its first row, so the outer Map has byActivity's order. */
function pairsMap(
  keys: readonly number[],
  pairs: Float64Array,
  codes: IdCodes,
  flow: number,
): Map<string, Map<string, number>> {
  const activities = codes.a129.length;
  const countries = codes.country.length;
  const outer = new Map<string, Map<string, number>>();
  const inner: (Map<string, number> | undefined)[] = [];
  for (const pair of keys) {
    const a = Math.floor(pair / countries);
    let m = inner[a];
    if (!m) {
      inner[a] = m = new Map();
      outer.set(codes.a129[a - flow * activities]!, m);
    }
    m.set(codes.country[pair - a * countries]!, pairs[pair]!);
    pairs[pair] = 0;
  }
  return outer;
}

/** tradeSums of the rows: rows may repeat a key; values ≤ 0 (and NaN) are left out, as there. */
export function idSums(rows: IdRows, codes: IdCodes): TradeSums {
  const activities = codes.a129.length;
  const countries = codes.country.length;
  const sums = scratchFor(activities, countries);
  const seen: Seen[] = [0, 1].map(() => ({ total: 0, countries: [], activities: [], pairs: [] }));
  accumulate(rows, activities, countries, sums, seen);
  const flowSums = (flow: number): FlowSums => ({
    total: seen[flow]!.total,
    byCountry: mapOf(seen[flow]!.countries, sums.byCountry, codes.country, flow * countries),
    byActivity: mapOf(seen[flow]!.activities, sums.byActivity, codes.a129, flow * activities),
    byActivityCountry: pairsMap(seen[flow]!.pairs, sums.pairs, codes, flow),
  });
  return { E: flowSums(1), I: flowSums(0) };
}

/**
 * Rows summed by flow × activity × partner, in the first-seen order of their keys, each sum
 * starting from its first row's value: a région's or France's rows from its départements'.
 */
export function mergedIds(rows: IdRows, codes: IdCodes): IdRows {
  const activities = codes.a129.length;
  const countries = codes.country.length;
  const first = new Int32Array(2 * activities * countries).fill(-1);
  const size = rows.at.length;
  const merged = {
    exports: new Uint8Array(size),
    a129: new Int32Array(size),
    country: new Int32Array(size),
    value: new Float64Array(size),
  };
  let length = 0;
  for (let k = 0; k < size; k++) {
    const i = rows.at[k]!;
    const key = (rows.exports[i]! * activities + rows.a129[i]!) * countries + rows.country[i]!;
    const m = first[key]!;
    if (m >= 0) {
      merged.value[m] = merged.value[m]! + rows.value[i]!;
      continue;
    }
    first[key] = length;
    merged.exports[length] = rows.exports[i]!;
    merged.a129[length] = rows.a129[i]!;
    merged.country[length] = rows.country[i]!;
    merged.value[length] = rows.value[i]!;
    length++;
  }
  return { at: Int32Array.from({ length }, (_, k) => k), ...merged };
}
