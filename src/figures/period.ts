// Choosing the period the figures are computed over, and the one they are compared with, from
// the quarters the store holds.
import { UserError } from '../errors.js';
import { compareQuarters, quarterLabel, quarterNumber, type Period, type YearQuarter } from '../model/period.js';
import type { QuarterTotal } from '../model/trade.js';

/** Every quarter with at least one line (either flow), ascending. */
export function storedQuarters(totals: Iterable<QuarterTotal>): YearQuarter[] {
  const seen = new Map<number, YearQuarter>();
  for (const t of totals) seen.set(quarterNumber(t), { year: t.year, quarter: t.quarter });
  return [...seen.values()].sort(compareQuarters);
}

/** The quarters each flow holds, and every quarter held by either, keyed by quarterNumber. */
function flowIndex(totals: Iterable<QuarterTotal>) {
  const held = { E: new Set<number>(), I: new Set<number>() };
  const all = new Map<number, YearQuarter>();
  for (const t of totals) {
    held[t.flow].add(quarterNumber(t));
    all.set(quarterNumber(t), { year: t.year, quarter: t.quarter });
  }
  return { held, all };
}

/** The quarters `keep` accepts that only one flow holds, ascending, each named with the flow it lacks. */
function oneFlowOnly({ held, all }: ReturnType<typeof flowIndex>, keep: (q: YearQuarter) => boolean): string[] {
  return [...all.values()]
    .filter((q) => keep(q) && held.E.has(quarterNumber(q)) !== held.I.has(quarterNumber(q)))
    .sort(compareQuarters)
    .map(
      (q) => `T${q.quarter} ${q.year} n'a pas les ${held.E.has(quarterNumber(q)) ? 'importations' : 'exportations'}`,
    );
}

/**
 * Quarters that both flows cover, ascending: the only ones a period may take, so that a flow
 * missing a quarter is never counted as zero there. A store holding one flow only (an export
 * file alone) keeps all its quarters: nothing there is compared across flows.
 */
export function bothFlowQuarters(totals: readonly QuarterTotal[]): YearQuarter[] {
  const { held, all } = flowIndex(totals);
  if (held.E.size === 0 || held.I.size === 0) return storedQuarters(totals);
  return [...all.values()]
    .filter((q) => held.E.has(quarterNumber(q)) && held.I.has(quarterNumber(q)))
    .sort(compareQuarters);
}

/** Quarters of `year` that only one flow covers, with the flow that lacks them ('T1 2025 n'a pas les importations'). */
export function oneFlowQuarters(totals: Iterable<QuarterTotal>, year: number): string[] {
  return oneFlowOnly(flowIndex(totals), (q) => q.year === year);
}

/**
 * What a period left out because only one flow holds it: the quarters of its year (a calendar
 * year), or after its last quarter (a window), that one flow lacks, named with that flow; or
 * that the store holds one flow only; null when there is none of these. Said beside the figures,
 * so that a shorter period or a flow counted as zero is never silent.
 */
export function flowGapNotice(totals: readonly QuarterTotal[], period: Period): string | null {
  const last = period.quarters[period.quarters.length - 1];
  if (!last) return null;
  const index = flowIndex(totals);
  if (index.held.E.size === 0 || index.held.I.size === 0) return oneFlowStore(index.held);
  const left = oneFlowOnly(index, (q) =>
    period.year !== null ? q.year === period.year : quarterNumber(q) > quarterNumber(last),
  );
  if (left.length === 0) return null;
  const taken = period.quarters.map((q) => `T${q.quarter} ${q.year}`).join(', ');
  return `${left.join(' ; ')} : la période ne prend que les trimestres que les deux flux couvrent (${taken}).`;
}

/** A store holding one flow only: the other counts as zero everywhere, which must be said. */
function oneFlowStore(held: { E: Set<number>; I: Set<number> }): string | null {
  if (held.E.size === held.I.size) return null;
  const missing = held.E.size === 0 ? 'exportation' : 'importation';
  return `la base ne contient aucune ${missing} : elles sont comptées comme nulles, et le solde n'a pas de sens ; importez le fichier des ${missing}s.`;
}

/**
 * The year asked for, or else the latest complete one (all four quarters of both flows: the
 * latest publication's partial year is not the default), or the latest one; French error when
 * the store holds none.
 */
export function chosenYear(totals: Iterable<QuarterTotal>, year?: number): number {
  const held = new Map<number, Set<string>>();
  for (const t of totals) {
    const list = held.get(t.year) ?? new Set<string>();
    held.set(t.year, list.add(`${t.flow}${t.quarter}`));
  }
  const years = [...held.keys()].sort((a, b) => a - b);
  if (years.length === 0)
    throw new UserError(
      'la base ne contient aucune donnée : lancez « territrade demo » ou « territrade import FICHIER… ».',
    );
  if (year === undefined) return years.filter((y) => held.get(y)!.size === 8).pop() ?? years[years.length - 1]!;
  if (!years.includes(year))
    throw new UserError(`aucune donnée pour ${year} dans la base (années disponibles : ${years.join(', ')}).`);
  return year;
}

/** The quarters of `year` the store holds (possibly fewer than four). */
export function yearPeriod(year: number, stored: readonly YearQuarter[]): Period {
  return { year, quarters: stored.filter((q) => q.year === year) };
}

/** True when a flow lacks lines in one of the period's quarters (a partial year or window). */
export function lacksQuarters(totals: Iterable<QuarterTotal>, period: Period): boolean {
  const held = { E: new Set<number>(), I: new Set<number>() };
  for (const t of totals) held[t.flow].add(quarterNumber(t));
  return period.quarters.some((q) => !held.E.has(quarterNumber(q)) || !held.I.has(quarterNumber(q)));
}

/** Quarters of a period, by flow, that have lines: a flow lacking some is a partial year. */
export function quartersByFlow(totals: Iterable<QuarterTotal>, period: Period): { E: number[]; I: number[] } {
  const inPeriod = new Set(period.quarters.map(quarterNumber));
  const found = { E: new Set<number>(), I: new Set<number>() };
  for (const t of totals) if (inPeriod.has(quarterNumber(t))) found[t.flow].add(t.quarter);
  return { E: [...found.E].sort(), I: [...found.I].sort() };
}

/** '2024-T1' → '2024-T4' and the number of quarters, as the JSON gives a period. */
export function periodRef(period: Period): { from: string; to: string } {
  const first = period.quarters[0];
  const last = period.quarters[period.quarters.length - 1];
  return { from: first ? quarterLabel(first) : '', to: last ? quarterLabel(last) : '' };
}

/**
 * The latest `n` consecutive quarters, ending with the latest one the store holds (they may span
 * two years). A French error names the quarters missing in between.
 */
export function lastQuartersPeriod(n: number, stored: readonly YearQuarter[]): Period {
  const last = stored[stored.length - 1];
  if (!last)
    throw new UserError(
      'la base ne contient aucune donnée : lancez « territrade demo » ou « territrade import FICHIER… ».',
    );
  const quarters: YearQuarter[] = [];
  for (let k = n - 1; k >= 0; k--) {
    const index = last.year * 4 + (last.quarter - 1) - k;
    quarters.push({ year: Math.floor(index / 4), quarter: (index % 4) + 1 });
  }
  const held = new Set(stored.map(quarterNumber));
  const missing = quarters.filter((q) => !held.has(quarterNumber(q)));
  if (missing.length > 0) {
    throw new UserError(
      `impossible de prendre les ${n} derniers trimestres (${quarterLabel(quarters[0]!)} à ${quarterLabel(last)}) : la base n'a pas ${missing.map(quarterLabel).join(', ')}.`,
    );
  }
  return { year: null, quarters };
}

/**
 * The same quarters one year earlier, when the store holds every one of them; else null, so that
 * a partial year is never compared with a full one, nor a year with a missing one.
 */
export function previousPeriod(period: Period, stored: readonly YearQuarter[]): Period | null {
  if (period.quarters.length === 0) return null;
  const held = new Set(stored.map(quarterNumber));
  const quarters = period.quarters.map((q) => ({ year: q.year - 1, quarter: q.quarter }));
  if (!quarters.every((q) => held.has(quarterNumber(q)))) return null;
  return { year: period.year === null ? null : period.year - 1, quarters };
}

/** 'T1 2024', as messages name a quarter. */
function quarterWords(q: YearQuarter): string {
  return `T${q.quarter} ${q.year}`;
}

/**
 * The same quarters in an earlier `year` (--compare-to): the changes and movers are then measured
 * from there. A window across two years ('T3 2024 – T2 2025') is dated by its last quarter. Every
 * quarter must be held, else a French error names the missing ones.
 */
export function basePeriod(period: Period, stored: readonly YearQuarter[], year: number): Period {
  const last = period.quarters[period.quarters.length - 1];
  if (!last) return period;
  const shift = (period.year ?? last.year) - year;
  if (shift <= 0)
    throw new UserError(
      `--compare-to ${year} : choisissez une année antérieure à la période étudiée (${period.year ?? `${quarterWords(period.quarters[0]!)} à ${quarterWords(last)}`}).`,
    );
  const held = new Set(stored.map(quarterNumber));
  const quarters = period.quarters.map((q) => ({ year: q.year - shift, quarter: q.quarter }));
  const missing = quarters.filter((q) => !held.has(quarterNumber(q)));
  if (missing.length > 0)
    throw new UserError(
      `--compare-to ${year} : la base n'a pas ${missing.map(quarterWords).join(', ')} pour les deux flux ; importez ces trimestres ou choisissez une autre année (territrade status).`,
    );
  return { year: period.year === null ? null : period.year - shift, quarters };
}
