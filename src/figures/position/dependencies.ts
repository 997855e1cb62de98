// Import dependencies: activities whose imports come for half or more from a single partner.
import type { Labels } from '../cube.js';
import { byCode, type FlowSums } from './sums.js';

export const DEPENDENCY_THRESHOLD = 0.5;

export interface Dependency {
  /** A129 code. */
  product: string;
  name: string;
  country: string;
  country_name: string;
  /** Fraction 0.5–1 of the activity's imports that comes from the country. */
  share: number;
  /** Imports of the activity from the country. */
  value_eur: number;
}

/**
 * Every (activity, partner) pair where the partner supplies at least `threshold` of the
 * activity's imports, by share descending, then value descending, then codes. Two partners at
 * exactly 50 % each are both listed.
 */
export function dependencies(imports: FlowSums, labels: Labels, threshold = DEPENDENCY_THRESHOLD): Dependency[] {
  const list: Dependency[] = [];
  for (const [product, countries] of imports.byActivityCountry) {
    const total = imports.byActivity.get(product)!;
    for (const [country, value] of countries) {
      // Compared as a product, not a quotient, so that exactly half is never lost to rounding.
      if (value >= threshold * total) {
        list.push({
          product,
          name: labels.activity(product).name,
          country,
          country_name: labels.country(country),
          share: value / total,
          value_eur: value,
        });
      }
    }
  }
  return list.sort(
    (a, b) =>
      b.share - a.share || b.value_eur - a.value_eur || byCode(a.product, b.product) || byCode(a.country, b.country),
  );
}
