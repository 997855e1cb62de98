// French names of the partner countries: DGDDI's Libelle_PAYS.txt first (EU two-letter codes,
// close to ISO 3166 but not equal), i18n-iso-countries only for codes missing there.
import { createRequire } from 'node:module';
import type * as Countries from 'i18n-iso-countries';
import { currentLabels, parseLabelFile } from './labels.js';
import { once, readReferenceFile } from './files.js';
import { normalizeName } from './slug.js';
import { suggest } from './suggest.js';

const PAYS_FILE = 'Libelle_PAYS.txt';

/** Clear names for DGDDI's special codes, used only if Libelle_PAYS.txt lacks a current label. */
const SPECIAL_CODES: Record<string, string> = {
  QU: 'Pays et territoires non déterminés',
  QR: 'Avitaillement et soutage (échanges intra-UE)',
  QS: 'Avitaillement et soutage (échanges extra-UE)',
  QP: 'Haute mer',
  QQ: 'Autocorrections',
  FR: 'Marchandises françaises en retour',
};

/**
 * DGDDI writes capitals without accents ('Etats-Unis', 'Egypte'); French typography accents them.
 * Only the words found in Libelle_PAYS.txt are listed, so no other wording changes.
 */
export function accentCapitals(label: string): string {
  return label.replace(/\bE(tats|mirats|quateur|gypte|rythrée|thiopie)\b/g, 'É$1');
}

const names = once((): Map<string, string> => {
  // Loaded only here, and without the package's Node entry, which registers all of its 80 languages.
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries/index.js') as typeof Countries;
  countries.registerLocale(require('i18n-iso-countries/langs/fr.json') as Countries.LocaleData);
  const labels = currentLabels(parseLabelFile(readReferenceFile(PAYS_FILE), PAYS_FILE, 'pays'));
  const map = new Map([...labels].map(([code, label]) => [code, accentCapitals(label)]));
  for (const [code, name] of Object.entries(SPECIAL_CODES)) if (!map.has(code)) map.set(code, name);
  for (const [code, name] of Object.entries(countries.getNames('fr', { select: 'official' }))) {
    if (!map.has(code)) map.set(code, name);
  }
  return map;
});

/** Code → current French name (DGDDI label, else special-code name, else ISO name). */
export function countryNames(): Map<string, string> {
  return names();
}

/** French name of a country code; an unknown code is returned as is. */
export function countryName(code: string): string {
  return names().get(code) ?? code;
}

/** Two upper-case letters, the form of DGDDI country codes. */
export function isCountryCodeForm(code: string): boolean {
  return /^[A-Z]{2}$/.test(code);
}

/** Codes people write that the customs do not use: the United Kingdom is GB, Greece GR. */
const CODE_ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/**
 * A partner typed by a user: a customs country code ('cn' → 'CN') or a French name ('Chine',
 * 'Royaume-Uni'). Null when unknown; `partnerSuggestions` then names the closest known codes.
 */
export function partnerCode(input: string): string | null {
  const raw = input.trim();
  const upper = raw.toUpperCase();
  if (isCountryCodeForm(upper) && names().has(upper)) return upper;
  const key = normalizeName(raw);
  for (const [code, name] of names()) if (isCountryCodeForm(code) && normalizeName(name) === key) return code;
  return null;
}

/** Up to three 'Royaume-Uni (GB)' labels close to an unknown partner, an alias's code first. */
export function partnerSuggestions(input: string): string[] {
  const alias = CODE_ALIASES[input.trim().toUpperCase()];
  const label = (code: string) => `${countryName(code)} (${code})`;
  const candidates = [...names()]
    .filter(([code]) => isCountryCodeForm(code))
    .flatMap(([code, name]) => [
      { key: normalizeName(name), label: label(code) },
      { key: code.toLowerCase(), label: label(code) },
    ]);
  const close = suggest(input, candidates);
  return alias ? [label(alias), ...close.filter((l) => l !== label(alias))].slice(0, 3) : close;
}
