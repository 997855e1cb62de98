// Invented but plausible trajectories of French trade around the reference year (index 1 in
// 2024): the general cycle of each flow (a 2020 slump, the 2021–2022 recovery), activities with
// their own shape (the 2022 energy import peak, aerospace's long 2020 trough, pharmacy growing
// through it, cars shrinking), partners that gain or lose share (Brexit, Russia after 2022,
// Asia growing), and the quarterly shape of the unusual years. Loosely follows the published
// national series' shape; every number is invented.
import type { Flow } from '../calibrate.js';

/** First year of the tables below; earlier years extrapolate backwards. */
const FIRST = 2015;

/** A yearly index from FIRST on (2024 must be 1). */
type Series = readonly number[];

// 2015 … 2025
const GENERAL: Record<Flow, Series> = {
  exports: [0.8, 0.8, 0.84, 0.87, 0.88, 0.75, 0.86, 0.97, 1.0, 1, 0.99],
  imports: [0.8, 0.81, 0.85, 0.88, 0.89, 0.79, 0.9, 1.03, 1.0, 1, 0.98],
};

/** Yearly growth used beyond the tables (backwards before FIRST, forwards after the last year). */
const GROWTH_OUTSIDE = 0.02;

const ENERGY_IMPORTS: Series = [0.7, 0.58, 0.66, 0.76, 0.72, 0.47, 0.8, 1.6, 1.15, 1, 0.9];

/** Activities (A129 codes) whose index differs from the general cycle of their flow. */
const ACTIVITIES: Record<Flow, Readonly<Record<string, Series>>> = {
  exports: {
    // Aerospace: a deep 2020 trough and a slow climb back.
    C30C: [0.95, 0.95, 1.0, 1.05, 1.12, 0.62, 0.64, 0.74, 0.88, 1, 1.02],
    // Pharmacy grows through the crisis.
    C21Z: [0.68, 0.7, 0.73, 0.76, 0.8, 0.84, 0.86, 0.93, 0.97, 1, 1.03],
    // Cars shrink.
    C29A: [1.22, 1.22, 1.24, 1.25, 1.2, 0.9, 0.98, 1.02, 1.06, 1, 0.94],
    // Beverages and cosmetics grow strongly.
    C11Z: [0.7, 0.7, 0.77, 0.8, 0.85, 0.72, 0.95, 1.05, 1.02, 1, 0.97],
    C20B: [0.66, 0.68, 0.72, 0.76, 0.8, 0.7, 0.82, 0.92, 0.98, 1, 1.02],
    // Electricity exports collapse in 2022 (reactors stopped), back in 2023–2024.
    D35A: [0.8, 0.75, 0.75, 0.9, 0.85, 0.7, 0.8, 0.45, 0.85, 1, 1.05],
    C19Z: [0.8, 0.7, 0.75, 0.85, 0.85, 0.5, 0.8, 1.45, 1.15, 1, 0.92],
    C13Z: [1.2, 1.18, 1.17, 1.16, 1.12, 0.95, 1.05, 1.06, 1.02, 1, 0.96],
    C14Z: [0.85, 0.86, 0.88, 0.9, 0.92, 0.75, 0.88, 0.98, 1.01, 1, 0.99],
  },
  imports: {
    // Energy drives the 2022 import peak.
    B06Z: ENERGY_IMPORTS,
    C19Z: ENERGY_IMPORTS,
    D35A: [0.5, 0.5, 0.55, 0.5, 0.45, 0.4, 0.9, 2.2, 1.2, 1, 0.95],
    B05Z: [0.9, 0.8, 0.85, 0.9, 0.85, 0.7, 0.95, 1.6, 1.2, 1, 0.95],
    C30C: [0.95, 0.95, 1.0, 1.05, 1.1, 0.65, 0.66, 0.78, 0.9, 1, 1.02],
    C21Z: [0.7, 0.72, 0.74, 0.77, 0.8, 0.85, 0.88, 0.94, 0.98, 1, 1.02],
    C29A: [0.95, 0.97, 1.02, 1.05, 1.05, 0.82, 0.9, 0.95, 1.08, 1, 0.97],
    // Electronics and clothing imports grow.
    C26A: [0.65, 0.67, 0.7, 0.74, 0.78, 0.75, 0.86, 0.96, 0.98, 1, 1.03],
    C26C: [0.62, 0.64, 0.68, 0.72, 0.76, 0.8, 0.88, 0.96, 0.97, 1, 1.04],
    C14Z: [0.76, 0.78, 0.8, 0.82, 0.84, 0.72, 0.85, 0.97, 0.99, 1, 1.01],
  },
};

/** Partners whose trade follows its own path (index by year, 2024 = 1). */
const PARTNERS: Record<Flow, Readonly<Record<string, Series>>> = {
  exports: {
    // Brexit: a step down in 2021.
    GB: [1.18, 1.18, 1.17, 1.17, 1.17, 1.06, 0.92, 0.98, 1.0, 1, 0.99],
    // Sanctions after February 2022.
    RU: [3.0, 3.0, 3.1, 3.2, 3.3, 3.0, 3.2, 1.5, 1.05, 1, 0.95],
    UA: [1.1, 1.1, 1.15, 1.2, 1.3, 1.25, 1.35, 0.7, 0.9, 1, 1.05],
    US: [0.82, 0.82, 0.84, 0.86, 0.87, 0.78, 0.85, 0.95, 1.0, 1, 0.9],
    CN: [0.75, 0.78, 0.84, 0.9, 0.96, 0.92, 1.06, 1.02, 1.04, 1, 0.95],
  },
  imports: {
    GB: [1.25, 1.24, 1.24, 1.24, 1.23, 1.1, 0.9, 1.06, 1.02, 1, 0.98],
    RU: [2.6, 2.5, 2.6, 2.7, 2.7, 2.3, 2.6, 2.0, 1.25, 1, 0.9],
    // Liquefied gas from the United States from 2022.
    US: [0.72, 0.72, 0.74, 0.76, 0.76, 0.66, 0.72, 1.02, 1.06, 1, 0.98],
    CN: [0.68, 0.7, 0.74, 0.78, 0.81, 0.86, 0.92, 1.02, 0.97, 1, 1.04],
  },
};

/** Steady yearly growth of a partner's share (per flow; negative: losing share). */
const PARTNER_GROWTH: Record<Flow, Readonly<Record<string, number>>> = {
  exports: { DE: -0.015, IN: 0.06, VN: 0.06, TR: 0.04, PL: 0.05, MA: 0.04, AE: 0.05, SG: 0.04, IT: 0.01, JP: -0.02 },
  imports: { DE: -0.02, IN: 0.07, VN: 0.08, TR: 0.05, PL: 0.05, MA: 0.05, BD: 0.06, IT: 0.01, JP: -0.02, KR: 0.03 },
};

/** Quarterly shape of a year (multiplies each row's quarter weights); absent: flat. */
const QUARTERS: Readonly<Record<number, readonly [number, number, number, number]>> = {
  2020: [1.04, 0.7, 0.98, 1.08],
  2021: [0.94, 0.99, 1.0, 1.07],
  2022: [0.93, 1.0, 1.03, 1.04],
  2025: [1.01, 0.97, 1, 1],
};

/** Value of a series in `year`, extrapolated at GROWTH_OUTSIDE beyond its ends. */
function at(series: Series, year: number): number {
  const i = year - FIRST;
  if (i < 0) return series[0]! * Math.pow(1 + GROWTH_OUTSIDE, i);
  const last = series.length - 1;
  if (i > last) return series[last]! * Math.pow(1 + GROWTH_OUTSIDE, i - last);
  return series[i]!;
}

/** The general index of a flow in `year` (1 in 2024). */
export function generalIndex(flow: Flow, year: number): number {
  return at(GENERAL[flow], year);
}

/** Index of an activity (A129) in `year`: its own path, or the general cycle. */
export function activityIndex(flow: Flow, a129: string, year: number): number {
  const own = ACTIVITIES[flow][a129];
  return own ? at(own, year) : generalIndex(flow, year);
}

/** Relative index of a partner (1 in 2024; 1 throughout for partners without a path). */
export function partnerIndex(flow: Flow, country: string, year: number, reference: number): number {
  const own = PARTNERS[flow][country];
  const growth = PARTNER_GROWTH[flow][country] ?? 0;
  return (own ? at(own, year) : 1) * Math.pow(1 + growth, year - reference);
}

/** True when the partner's path is designed here (no random drift is added to it). */
export function hasPartnerPath(flow: Flow, country: string): boolean {
  return PARTNERS[flow][country] !== undefined || PARTNER_GROWTH[flow][country] !== undefined;
}

/** Quarterly shape of `year` (four multipliers, flat for ordinary years). */
export function quarterShape(year: number): readonly number[] {
  return QUARTERS[year] ?? [1, 1, 1, 1];
}

/** Activities whose index is their own (for tests and documentation). */
export const ENERGY_A129: readonly string[] = ['B05Z', 'B06Z', 'C19Z', 'D35A'];
