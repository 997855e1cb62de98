// The period `figures`, `compare` and `rank` read: the one asked for (a year, the last quarters)
// over quarters both flows cover, and what the store holds for it (quarters, demo flag, sources).
import { UserError } from '../errors.js';
import {
  chosenYear,
  flowGapNotice,
  lacksQuarters,
  lastQuartersPeriod,
  oneFlowQuarters,
  quartersByFlow,
  type storedQuarters,
  yearPeriod,
} from '../figures/period.js';
import type { Period } from '../model/period.js';
import type { QuarterTotal } from '../model/trade.js';
import { yearsInfo, type YearInfo } from '../store/queries.js';
import type { Store } from '../store/store.js';
import type { FiguresSelection } from './figures.js';

/** The period asked for, over quarters both flows cover; the ones it left out are told. */
export function choosePeriod(
  selection: FiguresSelection,
  stored: ReturnType<typeof storedQuarters>,
  totals: QuarterTotal[],
): Period {
  const period = askedPeriod(selection, stored, totals);
  const gap = flowGapNotice(totals, period);
  if (gap) selection.notify?.(gap);
  return period;
}

function askedPeriod(
  selection: FiguresSelection,
  stored: ReturnType<typeof storedQuarters>,
  totals: QuarterTotal[],
): Period {
  if (selection.lastQuarters === undefined) {
    const year = chosenYear(totals, selection.year);
    const period = yearPeriod(year, stored);
    if (period.quarters.length > 0) return period;
    throw new UserError(
      `${year} : aucun trimestre n'a à la fois les exportations et les importations (${oneFlowQuarters(totals, year).join(' ; ')}) ; importez le flux manquant, ou choisissez une autre année.`,
    );
  }
  if (selection.year !== undefined)
    throw new UserError(
      '--year et --last-quarters ne vont pas ensemble : choisissez une année ou les derniers trimestres.',
    );
  return lastQuartersPeriod(selection.lastQuarters, stored);
}

/** What the store holds for the period's years (and the compared ones, for the demo flag). */
export async function periodInfo(
  store: Store,
  period: Period,
  previous: Period | null,
  totals: QuarterTotal[],
): Promise<YearInfo> {
  const years = [...new Set(period.quarters.map((q) => q.year))];
  const comparedYears = [...new Set(previous?.quarters.map((q) => q.year) ?? [])];
  // One reading for both: the compared years only say whether they are demo data.
  const read = await yearsInfo(store, [...years, ...comparedYears]);
  if (period.year !== null && !previous) return read[0]!;
  const infos = read.slice(0, years.length);
  const compared = read.slice(years.length);
  const demo = [...infos, ...compared].some((i) => i.demo);
  if (period.year !== null) return { ...infos[0]!, demo };
  const quarters = quartersByFlow(totals, period);
  const sources = infos.flatMap((i) => i.sources).filter((s, i, all) => all.findIndex((t) => t.id === s.id) === i);
  return {
    year: period.quarters[period.quarters.length - 1]!.year,
    quarters,
    partial: lacksQuarters(totals, period),
    demo,
    rows: infos.reduce((n, i) => n + i.rows, 0),
    sources,
  };
}
