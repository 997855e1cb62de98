// « Diversifier ses débouchés »: for the territory's largest export activities, the countries
// where it sells less than its share of France's exports of the activity would predict.
import type { Labels } from '../cube.js';
import { byCode, type FlowSums } from '../position/sums.js';

export const MARKET_PRODUCTS = 5;
export const MARKET_COUNTRIES = 3;

export interface MarketCountry {
  country: string;
  country_name: string;
  france_exports_eur: number;
  exports_eur: number;
  expected_eur: number;
  gap_eur: number;
}

export interface MarketLead {
  product: string;
  name: string;
  exports_eur: number;
  /** T[p] / F[p]. */
  share_of_france: number;
  countries: MarketCountry[];
}

/** Every country's expected exports s × F[p,c] and gap expected − T[p,c] for one activity (gaps sum to 0). */
export function marketGaps(
  own: ReadonlyMap<string, number>,
  france: ReadonlyMap<string, number>,
  share: number,
  labels: Labels,
): MarketCountry[] {
  return [...france].map(([country, franceValue]) => {
    const exports = own.get(country) ?? 0;
    const expected = share * franceValue;
    return {
      country,
      country_name: labels.country(country),
      france_exports_eur: franceValue,
      exports_eur: exports,
      expected_eur: expected,
      gap_eur: expected - exports,
    };
  });
}

/** The territory's five largest export activities, each with its three largest positive gaps. */
export function markets(own: FlowSums, france: FlowSums, labels: Labels): MarketLead[] {
  const top = [...own.byActivity]
    .filter(([p, v]) => v > 0 && (france.byActivity.get(p) ?? 0) > 0)
    .sort(([a, x], [b, y]) => y - x || byCode(a, b))
    .slice(0, MARKET_PRODUCTS);
  return top.map(([product, value]) => {
    const share = value / france.byActivity.get(product)!;
    const gaps = marketGaps(
      own.byActivityCountry.get(product) ?? new Map(),
      france.byActivityCountry.get(product)!,
      share,
      labels,
    );
    const countries = gaps
      .filter((g) => g.gap_eur > 0)
      .sort(
        (a, b) => b.gap_eur - a.gap_eur || b.france_exports_eur - a.france_exports_eur || byCode(a.country, b.country),
      )
      .slice(0, MARKET_COUNTRIES);
    return { product, name: labels.activity(product).name, exports_eur: value, share_of_france: share, countries };
  });
}
