import { a129Products } from '../reference/products.js';
import { accentCapitals, countryName } from '../reference/countries.js';
import type { Period } from '../model/period.js';
import type { LabelRow } from '../reference/labels.js';
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
  // Each code is looked up by several indicators of several territories: named once (the
  // activity's object is frozen, being shared by every caller).
  const activities = new Map<string, ReturnType<Labels['activity']>>();
  const countries = new Map<string, string>();
  return {
    activity(code) {
      let found = activities.get(code);
      if (!found) {
        const info = products.get(code);
        const name = storedA129.get(code) ?? info?.label ?? code;
        found = Object.freeze(
          info ? { name, a17: info.a17, a17_name: info.a17ShortLabel } : { name, ...UNCLASSIFIED_A17 },
        );
        activities.set(code, found);
      }
      return found;
    },
    country(code) {
      let name = countries.get(code);
      if (name === undefined) {
        const stored = storedCountries.get(code);
        name = PARTNER_NAME_OVERRIDES[code] ?? (stored === undefined ? countryName(code) : accentCapitals(stored));
        countries.set(code, name);
      }
      return name;
    },
  };
}

/**
 * The label of each code valid during the period (validity in YYYYMM, inclusive), the latest
 * one when several are; a code without a label valid then keeps its latest label, so that a
 * code retired since still has a name.
 */
export function labelsValidIn(rows: readonly LabelRow[], period: Period): Map<string, string> {
  const first = period.quarters[0];
  const last = period.quarters[period.quarters.length - 1];
  const start = first ? `${first.year}${String(first.quarter * 3 - 2).padStart(2, '0')}` : '';
  const end = last ? `${last.year}${String(last.quarter * 3).padStart(2, '0')}` : '999912';
  const latest = new Map<string, LabelRow>();
  const valid = new Map<string, LabelRow>();
  // Latest: the greatest validTo then validFrom, as the store's arg_max(label, valid_to || valid_from).
  const later = (a: LabelRow, b: LabelRow | undefined) => !b || a.validTo + a.validFrom > b.validTo + b.validFrom;
  for (const r of rows) {
    if (later(r, latest.get(r.code))) latest.set(r.code, r);
    if (r.validFrom <= end && r.validTo >= start && later(r, valid.get(r.code))) valid.set(r.code, r);
  }
  return new Map([...latest].map(([code, r]) => [code, (valid.get(code) ?? r).label]));
}
