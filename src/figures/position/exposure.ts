// Exposure of a territory's exports to one partner (the United States by default).
import type { Labels } from '../cube.js';
import { share } from '../totals.js';
import { byCode, type TradeSums } from './sums.js';

export const UNITED_STATES = 'US';
export const TOP_EXPOSED_PRODUCTS = 5;

export interface ExposedProduct {
  /** A129 code. */
  code: string;
  name: string;
  /** Exports of the activity to the partner. */
  value_eur: number;
  /** Fraction 0–1 of the activity's exports that goes to the partner. */
  share_of_product_exports: number;
}

export interface Exposure {
  partner: string;
  partner_name: string;
  exports_eur: number;
  /** Fraction 0–1 of the territory's exports; null when it exports nothing. */
  share_of_exports: number | null;
  /** The same fraction for France; null for France itself. */
  france_share_of_exports: number | null;
  /** The activities with the largest exports to the partner, largest first. */
  products: ExposedProduct[];
}

/** `france` is null when the territory is France itself. */
export function exposure(
  own: TradeSums,
  france: TradeSums | null,
  partner: string,
  labels: Labels,
  top = TOP_EXPOSED_PRODUCTS,
): Exposure {
  const exports_eur = own.E.byCountry.get(partner) ?? 0;
  const products: ExposedProduct[] = [];
  for (const [code, countries] of own.E.byActivityCountry) {
    const value = countries.get(partner) ?? 0;
    if (value > 0) {
      products.push({
        code,
        name: labels.activity(code).name,
        value_eur: value,
        share_of_product_exports: value / own.E.byActivity.get(code)!,
      });
    }
  }
  products.sort((a, b) => b.value_eur - a.value_eur || byCode(a.code, b.code));
  return {
    partner,
    partner_name: labels.country(partner),
    exports_eur,
    share_of_exports: share(exports_eur, own.E.total),
    france_share_of_exports: france ? share(france.E.byCountry.get(partner) ?? 0, france.E.total) : null,
    products: products.slice(0, top),
  };
}
