// Exposure of a territory to one partner (the United States by default), both ways: the exports
// going to it and the imports coming from it (definitions in docs/indicateurs.md).
import type { Labels } from '../cube.js';
import { share } from '../totals.js';
import { byCode, type FlowSums, type TradeSums } from './sums.js';

export const UNITED_STATES = 'US';
export const CHINA = 'CN';
/** The partners whose exposure every territory's figures give both ways (fiche, site map, registry). */
export const WATCHED_PARTNERS: readonly string[] = [UNITED_STATES, CHINA];
export const TOP_EXPOSED_PRODUCTS = 5;
/** An activity is listed among those depending on a partner only if it weighs this much of the imports. */
export const MIN_DEPENDENT_ACTIVITY_SHARE = 0.01;

export interface ExposedProduct {
  /** A129 code. */
  code: string;
  name: string;
  /** Exports of the activity to the partner. */
  value_eur: number;
  /** Fraction 0–1 of the activity's exports that goes to the partner. */
  share_of_product_exports: number;
}

export interface DependentProduct {
  /** A129 code. */
  code: string;
  name: string;
  /** Imports of the activity from the partner. */
  value_eur: number;
  /** Fraction 0–1 of the activity's imports that comes from the partner. */
  share_of_product_imports: number;
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
  imports_eur: number;
  /** Fraction 0–1 of the territory's imports that comes from the partner; null when it imports nothing. */
  share_of_imports: number | null;
  /** The same fraction for France; null for France itself. */
  france_share_of_imports: number | null;
  /**
   * The activities whose imports depend most on the partner (largest share of the activity's imports
   * first), among those weighing at least MIN_DEPENDENT_ACTIVITY_SHARE of the territory's imports.
   */
  import_products: DependentProduct[];
}

function exportedProducts(flow: FlowSums, partner: string, labels: Labels): ExposedProduct[] {
  const products: ExposedProduct[] = [];
  for (const [code, countries] of flow.byActivityCountry) {
    const value = countries.get(partner) ?? 0;
    if (value > 0) {
      products.push({
        code,
        name: labels.activity(code).name,
        value_eur: value,
        share_of_product_exports: value / flow.byActivity.get(code)!,
      });
    }
  }
  return products.sort((a, b) => b.value_eur - a.value_eur || byCode(a.code, b.code));
}

function dependentProducts(flow: FlowSums, partner: string, labels: Labels): DependentProduct[] {
  const products: DependentProduct[] = [];
  for (const [code, countries] of flow.byActivityCountry) {
    const value = countries.get(partner) ?? 0;
    const total = flow.byActivity.get(code)!;
    if (value > 0 && total >= MIN_DEPENDENT_ACTIVITY_SHARE * flow.total) {
      products.push({
        code,
        name: labels.activity(code).name,
        value_eur: value,
        share_of_product_imports: value / total,
      });
    }
  }
  return products.sort(
    (a, b) =>
      b.share_of_product_imports - a.share_of_product_imports || b.value_eur - a.value_eur || byCode(a.code, b.code),
  );
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
  const imports_eur = own.I.byCountry.get(partner) ?? 0;
  return {
    partner,
    partner_name: labels.country(partner),
    exports_eur,
    share_of_exports: share(exports_eur, own.E.total),
    france_share_of_exports: france ? share(france.E.byCountry.get(partner) ?? 0, france.E.total) : null,
    products: exportedProducts(own.E, partner, labels).slice(0, top),
    imports_eur,
    share_of_imports: share(imports_eur, own.I.total),
    france_share_of_imports: france ? share(france.I.byCountry.get(partner) ?? 0, france.I.total) : null,
    import_products: dependentProducts(own.I, partner, labels).slice(0, top),
  };
}
