// « Sécuriser ses approvisionnements »: for each import dependency, how dependent France itself is
// on the same country, and the other countries that supply France with the activity.
import type { Labels } from '../cube.js';
import type { Dependency } from '../position/dependencies.js';
import { byCode, type FlowSums } from '../position/sums.js';

export const SUPPLIER_ALTERNATIVES = 3;

export interface SupplierAlternative {
  country: string;
  country_name: string;
  france_imports_eur: number;
  share_of_france_imports: number;
}

export interface SupplierLead {
  product: string;
  name: string;
  country: string;
  /** The territory's share of imports of the activity from the country. */
  share: number;
  /** FI[p,c0] / FI[p]. */
  france_share_from_country: number;
  alternatives: SupplierAlternative[];
}

/** One lead per dependency, in the dependencies' order; France's imports must contain the territory's. */
export function suppliers(deps: readonly Dependency[], france: FlowSums, labels: Labels): SupplierLead[] {
  return deps.map((dep) => {
    const total = france.byActivity.get(dep.product) ?? 0;
    const byCountry = france.byActivityCountry.get(dep.product) ?? new Map<string, number>();
    const alternatives = [...byCountry]
      .filter(([c, v]) => c !== dep.country && v > 0)
      .sort(([a, x], [b, y]) => y - x || byCode(a, b))
      .slice(0, SUPPLIER_ALTERNATIVES)
      .map(([country, value]) => ({
        country,
        country_name: labels.country(country),
        france_imports_eur: value,
        share_of_france_imports: value / total,
      }));
    return {
      product: dep.product,
      name: dep.name,
      country: dep.country,
      share: dep.share,
      france_share_from_country: total > 0 ? (byCountry.get(dep.country) ?? 0) / total : 0,
      alternatives,
    };
  });
}
