// A territory's exports and imports quarter by quarter, and over rolling four-quarter windows, for
// every quarter in the store that both flows cover (a quarter one flow lacks would read as zero).
import { quarterLabel, quarterNumber, type YearQuarter } from '../model/period.js';
import type { QuarterTotal } from '../model/trade.js';

export interface QuarterValues {
  /** '2024-T1'. */
  period: string;
  exports_eur: number;
  imports_eur: number;
}

export interface RollingValues {
  /** The window's last quarter ('2024-T4'): the window is it and the three before it. */
  period: string;
  /** The window's first quarter ('2024-T1'). */
  from: string;
  exports_eur: number;
  imports_eur: number;
}

export interface QuarterSeries {
  quarters: QuarterValues[];
  /** One per quarter whose three predecessors are held too: no window spans a gap. */
  rolling: RollingValues[];
}

/** The series over `held` quarters (ascending); `depts` null means every département (France). */
export function quarterSeries(
  totals: Iterable<QuarterTotal>,
  depts: ReadonlySet<string> | null,
  held: readonly YearQuarter[],
): QuarterSeries {
  const sums = new Map(held.map((q) => [quarterNumber(q), { E: 0, I: 0 }]));
  for (const t of totals) {
    const sum = sums.get(quarterNumber(t));
    if (sum && (depts === null || depts.has(t.dept))) sum[t.flow] += t.value;
  }
  const quarters = held.map((q) => {
    const sum = sums.get(quarterNumber(q))!;
    return { period: quarterLabel(q), exports_eur: sum.E, imports_eur: sum.I };
  });
  return { quarters, rolling: rollingWindows(held, quarters) };
}

/** Consecutive quarters have consecutive indexes (quarterNumber jumps from T4 to the next T1). */
function quarterIndex(q: YearQuarter): number {
  return q.year * 4 + q.quarter - 1;
}

function rollingWindows(held: readonly YearQuarter[], quarters: QuarterValues[]): RollingValues[] {
  const rolling: RollingValues[] = [];
  for (let i = 3; i < held.length; i++) {
    // Four held quarters in a row span exactly three quarter steps.
    if (quarterIndex(held[i]!) - quarterIndex(held[i - 3]!) !== 3) continue;
    const window = quarters.slice(i - 3, i + 1);
    rolling.push({
      period: quarters[i]!.period,
      from: quarters[i - 3]!.period,
      exports_eur: window.reduce((s, q) => s + q.exports_eur, 0),
      imports_eur: window.reduce((s, q) => s + q.imports_eur, 0),
    });
  }
  return rolling;
}
