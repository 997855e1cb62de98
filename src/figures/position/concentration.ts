// Herfindahl–Hirschman index of a flow over partner codes and over A129 activities.
import type { FlowSums, TradeSums } from './sums.js';

export interface FlowConcentration {
  /** Σ share², shares as fractions of the flow's total; null when the flow is empty. */
  partners_hhi: number | null;
  products_hhi: number | null;
  /** 1 / hhi: the number of equal partners that would give the same index. */
  equivalent_partners: number | null;
  equivalent_products: number | null;
}

export interface Concentration {
  exports: FlowConcentration;
  imports: FlowConcentration;
}

/**
 * Σ (v / total)² over the positive values; null when there is none. Summed in ascending order so
 * that the result does not depend on the order the values come in (the store's is arbitrary).
 */
export function hhi(values: Iterable<number>): number | null {
  const kept: number[] = [];
  for (const v of values) if (v > 0) kept.push(v);
  // A typed array sorts numbers in native code, without a comparator to call for each pair.
  const positive = Float64Array.from(kept).sort();
  let total = 0;
  for (const v of positive) total += v;
  if (!(total > 0)) return null;
  let sum = 0;
  for (const v of positive) sum += (v / total) ** 2;
  return sum;
}

function flowConcentration(f: FlowSums): FlowConcentration {
  const partners = hhi(f.byCountry.values());
  const products = hhi(f.byActivity.values());
  return {
    partners_hhi: partners,
    products_hhi: products,
    equivalent_partners: partners === null ? null : 1 / partners,
    equivalent_products: products === null ? null : 1 / products,
  };
}

export function concentration(sums: TradeSums): Concentration {
  return { exports: flowConcentration(sums.E), imports: flowConcentration(sums.I) };
}
