import { a129Products } from '../reference/products.js';
import { accentCapitals, countryName } from '../reference/countries.js';
import type { Labels } from './cube.js';

export const UNCLASSIFIED_A17 = { a17: 'ZZ', a17_name: 'Non classé' };

/** DGDDI labels FR "France"; as a partner it means French goods coming back, which reads oddly. */
const PARTNER_NAME_OVERRIDES: Record<string, string> = { FR: 'France (marchandises en retour)' };

/**
 * Names for the indicators: labels held by the store (the shipped ones, updated by imported label
 * files) win; the shipped reference fills gaps; an unknown code is shown as itself.
 */
export function makeLabels(storedA129: Map<string, string>, storedCountries: Map<string, string>): Labels {
  const products = a129Products();
  return {
    activity(code) {
      const info = products.get(code);
      const name = storedA129.get(code) ?? info?.label ?? code;
      return info ? { name, a17: info.a17, a17_name: info.a17ShortLabel } : { name, ...UNCLASSIFIED_A17 };
    },
    country(code) {
      const stored = storedCountries.get(code);
      return PARTNER_NAME_OVERRIDES[code] ?? (stored === undefined ? countryName(code) : accentCapitals(stored));
    },
  };
}
