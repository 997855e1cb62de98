// Choosing the period the figures are computed over, from the quarters the store holds.
import { compareQuarters, type Period, type YearQuarter } from '../model/period.js';
import type { QuarterTotal } from '../model/trade.js';

/** Every quarter with at least one line (either flow), ascending. */
export function storedQuarters(totals: Iterable<QuarterTotal>): YearQuarter[] {
  const seen = new Map<number, YearQuarter>();
  for (const t of totals) seen.set(t.year * 10 + t.quarter, { year: t.year, quarter: t.quarter });
  return [...seen.values()].sort(compareQuarters);
}

/** The quarters of `year` the store holds (possibly fewer than four). */
export function yearPeriod(year: number, stored: readonly YearQuarter[]): Period {
  return { year, quarters: stored.filter((q) => q.year === year) };
}

/** Quarters of a period, by flow, that have lines: a flow lacking some is a partial year. */
export function quartersByFlow(totals: Iterable<QuarterTotal>, period: Period): { E: number[]; I: number[] } {
  const inPeriod = new Set(period.quarters.map((q) => q.year * 10 + q.quarter));
  const found = { E: new Set<number>(), I: new Set<number>() };
  for (const t of totals) if (inPeriod.has(t.year * 10 + t.quarter)) found[t.flow].add(t.quarter);
  return { E: [...found.E].sort(), I: [...found.I].sort() };
}
