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

/** Ascending by year; `depts` null means every département (France). */
export function history(totals: Iterable<QuarterTotal>, depts: ReadonlySet<string> | null): YearTotals[] {
  const years = new Map<number, YearTotals & { held: Set<number> }>();
  for (const t of totals) {
    let y = years.get(t.year);
    if (!y) years.set(t.year, (y = { year: t.year, exports_eur: 0, imports_eur: 0, quarters: 0, held: new Set() }));
    y.held.add(t.quarter);
    if (depts !== null && !depts.has(t.dept)) continue;
    if (t.flow === 'E') y.exports_eur += t.value;
    else y.imports_eur += t.value;
  }
  return [...years.values()]
    .sort((a, b) => a.year - b.year)
    .map(({ year, exports_eur, imports_eur, held }) => ({ year, exports_eur, imports_eur, quarters: held.size }));
}
