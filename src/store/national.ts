// France's trade of a period by activity and by partner: what a single territory's position is
// compared with, read from the summaries of totals.ts, without loading France's detailed rows.
import { quarterNumber, type Period } from '../model/period.js';
import type { Flow } from '../model/trade.js';
import type { Store } from './store.js';

export interface CodeSum {
  flow: Flow;
  code: string;
  value: number;
}

export interface NationalSums {
  byActivity: CodeSum[];
  byCountry: CodeSum[];
}

async function sumsBy(store: Store, column: 'a129' | 'country', period: Period): Promise<CodeSum[]> {
  // Quarter numbers are integers we made (year * 10 + quarter): safe to inline.
  const quarters = period.quarters.map((q) => String(Math.trunc(quarterNumber(q)))).join(', ');
  const years = [...new Set(period.quarters.map((q) => Math.trunc(q.year)))].join(', ');
  // Only codes with trade: values are never negative, so a zero sum means only zero lines.
  const [flow, code, value] = (await store.columns(
    `SELECT flow, ${column}, CAST(sum(value_eur) AS DOUBLE) FROM ${column === 'a129' ? 'activity_totals' : 'country_totals'}
     WHERE year IN (${years}) AND year * 10 + quarter IN (${quarters}) GROUP BY ALL HAVING sum(value_eur) > 0`,
  )) as [string[], string[], number[]];
  return flow.map((f, i) => ({ flow: f as Flow, code: code[i]!, value: value[i]! }));
}

export async function loadNationalSums(store: Store, period: Period): Promise<NationalSums> {
  if (period.quarters.length === 0) return { byActivity: [], byCountry: [] };
  // One connection runs one statement at a time.
  const byActivity = await sumsBy(store, 'a129', period);
  const byCountry = await sumsBy(store, 'country', period);
  return { byActivity, byCountry };
}
