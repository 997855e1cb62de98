// What the evolution chart reads and its words and numbers: a year's label (partial years say
// which quarters they cover), its balance, and the value axis' tick labels.
import { formatNumber } from '../format/fr.js';
import type { ChartSubject } from './types.js';

/** One year of the chart. */
export interface EvolutionYear {
  year: number;
  exports_eur: number;
  imports_eur: number;
  /** The quarters the year's amounts cover (1–4); fewer than four is a partial year. */
  quarters: number[];
  /**
   * A partial year's same quarters one year earlier, when the store holds them all: drawn on its
   * bars so that half-height bars do not read as a collapse.
   */
  before?: { exports_eur: number; imports_eur: number } | null;
}

/** A change in how the data are collected, marked between the year before and `year`. */
export interface EvolutionBreak {
  year: number;
  /** A word above the rule ('EMEBI'). */
  label: string;
  /** The sentence under the chart that says what changed. */
  note: string;
}

export interface EvolutionInput {
  subject: Omit<ChartSubject, 'year'>;
  /** Ascending years. */
  years: EvolutionYear[];
  /** Drawn only when years on both sides are shown. */
  breaks?: EvolutionBreak[];
}

/** The breaks with shown years on both sides. */
export function shownBreaks(input: EvolutionInput): EvolutionBreak[] {
  const years = input.years.map((y) => y.year);
  return (input.breaks ?? []).filter((b) => years.some((y) => y < b.year) && years.some((y) => y >= b.year));
}

/** The chart's balance of one year. */
export const balanceOf = (y: EvolutionYear) => y.exports_eur - y.imports_eur;

/** 'T1–T2', 'T3', 'T1, T3': the quarters of a partial year, a run written as a range. */
export function quarterSpan(quarters: readonly number[]): string {
  const q = [...quarters].sort((a, b) => a - b);
  if (q.length === 0) return '';
  const run = q.every((v, i) => i === 0 || v === q[i - 1]! + 1);
  if (q.length === 1) return `T${q[0]}`;
  return run ? `T${q[0]}\u2013T${q[q.length - 1]}` : q.map((v) => `T${v}`).join(', ');
}

/** A year covering fewer than four quarters. */
export function isPartial(quarters: readonly number[]): boolean {
  return quarters.length < 4;
}

/** '2024', or '2025 (T1–T2)' for a partial year. */
export function yearLabel(year: number, quarters: readonly number[]): string {
  return isPartial(quarters) ? `${year} (${quarterSpan(quarters)})` : String(year);
}

/** Tick labels in millions of euros with as many decimals as the step needs: '1 000', '2,5', '0,05'. */
export function millionsTickFormat(stepEur: number): (eur: number) => string {
  const step = stepEur / 1e6;
  const decimals = step > 0 ? Math.max(0, Math.min(3, -Math.floor(Math.log10(step) + 1e-9))) : 0;
  return (eur) => formatNumber(eur / 1e6, decimals);
}
