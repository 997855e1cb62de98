// A territory's exports and imports for every year in the store, from the départements' quarter
// totals (a year partly held says how many quarters it has).
import type { QuarterTotal } from '../model/trade.js';

export interface YearTotals {
  year: number;
  exports_eur: number;
  imports_eur: number;
  /** Quarters the store holds for that year (1–4), whatever the territory. */
  quarters: number;
}

interface YearSums {
  E: number;
  I: number;
}

/** The quarter totals by year: quarters held, and sums of every département and of each. */
interface TotalsIndex {
  /** Ascending years, each with the number of quarters held. */
  years: { year: number; quarters: number }[];
  all: Map<number, YearSums>;
  byDept: Map<string, Map<number, YearSums>>;
}

function yearSums(map: Map<number, YearSums>, year: number): YearSums {
  let sums = map.get(year);
  if (!sums) map.set(year, (sums = { E: 0, I: 0 }));
  return sums;
}

function indexTotals(totals: Iterable<QuarterTotal>): TotalsIndex {
  const held = new Map<number, Set<number>>();
  const all = new Map<number, YearSums>();
  const byDept = new Map<string, Map<number, YearSums>>();
  for (const t of totals) {
    let quarters = held.get(t.year);
    if (!quarters) held.set(t.year, (quarters = new Set()));
    quarters.add(t.quarter);
    const flow = t.flow === 'E' ? 'E' : 'I';
    yearSums(all, t.year)[flow] += t.value;
    let dept = byDept.get(t.dept);
    if (!dept) byDept.set(t.dept, (dept = new Map()));
    yearSums(dept, t.year)[flow] += t.value;
  }
  const years = [...held]
    .map(([year, quarters]) => ({ year, quarters: quarters.size }))
    .sort((a, b) => a.year - b.year);
  return { years, all, byDept };
}

// Every territory of a run reads the same totals: indexed once per array.
const indexes = new WeakMap<readonly QuarterTotal[], TotalsIndex>();

/**
 * Ascending by year; `depts` null means every département (France). A set of départements is
 * summed département by département: the values are whole euros (the store's BIGINT sums), whose
 * sums are exact in any order.
 */
export function history(totals: Iterable<QuarterTotal>, depts: ReadonlySet<string> | null): YearTotals[] {
  let index = Array.isArray(totals) ? indexes.get(totals) : undefined;
  if (!index) {
    index = indexTotals(totals);
    if (Array.isArray(totals)) indexes.set(totals, index);
  }
  const { years, all, byDept } = index;
  return years.map(({ year, quarters }) => {
    let sums: YearSums = { E: 0, I: 0 };
    if (depts === null) sums = all.get(year) ?? sums;
    else
      for (const d of depts) {
        const own = byDept.get(d)?.get(year);
        if (own) {
          sums.E += own.E;
          sums.I += own.I;
        }
      }
    return { year, exports_eur: sums.E, imports_eur: sums.I, quarters };
  });
}
