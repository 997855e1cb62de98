import { ascending } from 'd3-array';
import { sortedByValue, type Labels } from './cube.js';
import type { TradeSums } from './position/sums.js';
import { previousValues } from './previous-values.js';
import type { Partner } from './types.js';

export const TOP_PARTNERS = 10;

/**
 * The union of the top partners at export and at import, each with both flows and the balance,
 * sorted by total trade (imports + exports) descending, with their values in the previous period
 * (null when there is none), from the trade sums of the period and of the previous one.
 */
export function partners(
  sums: TradeSums,
  labels: Labels,
  top = TOP_PARTNERS,
  previous: TradeSums | null = null,
): Partner[] {
  // Only codes with a positive sum are listed, and values are never negative: the positive rows' sums.
  const { E, I } = sums;
  const exports = E.byCountry;
  const imports = I.byCountry;
  const topCodes = (sums: Map<string, number>) =>
    sortedByValue(sums)
      .filter(([, v]) => v > 0)
      .slice(0, top)
      .map(([code]) => code);
  const codes = new Set([...topCodes(exports), ...topCodes(imports)]);
  const exportsBefore = previousValues(previous, (s) => s.E.byCountry);
  const importsBefore = previousValues(previous, (s) => s.I.byCountry);
  const list = [...codes].map((country) => {
    const exports_eur = exports.get(country) ?? 0;
    const imports_eur = imports.get(country) ?? 0;
    return {
      country,
      name: labels.country(country),
      imports_eur,
      exports_eur,
      balance_eur: exports_eur - imports_eur,
      previous:
        exportsBefore && importsBefore
          ? { exports_eur: exportsBefore(country), imports_eur: importsBefore(country) }
          : null,
    };
  });
  return list.sort(
    (a, b) => b.imports_eur + b.exports_eur - (a.imports_eur + a.exports_eur) || ascending(a.country, b.country),
  );
}
