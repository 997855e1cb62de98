// A partner country's name after « de » (where a good comes from): « d’Espagne », « de Chine »,
// « du Royaume-Uni », « des États-Unis ». French drops the article of a feminine country after
// « de » (« venir de Chine ») and of the names that take none (« de Chypre », « d’Israël »), but
// keeps it, merged, for masculine (« du Japon ») and plural names (« des Pays-Bas »). Codes are
// DGDDI's (Libelle_PAYS.txt); the genders and numbers are French usage. The forms are article.ts's,
// as for territories: a country gets the INSEE « type de nom » its gender and number call for.
import { ofName, type Tncc } from './article.js';

/** Plural names: « des États-Unis », « des Émirats arabes unis », « des Philippines ». */
const PLURAL = new Set(['AE', 'AS', 'BM', 'BS', 'FJ', 'KM', 'MV', 'NL', 'PH', 'PW', 'SC', 'US', 'WS']);

/** Masculine names starting with a consonant: « du Japon », « du Royaume-Uni », « du Brésil ». */
const MASCULINE = new Set([
  'BD',
  'BF',
  'BI',
  'BJ',
  'BN',
  'BR',
  'BT',
  'BW',
  'BZ',
  'CA',
  'CD',
  'CG',
  'CL',
  'CM',
  'CR',
  'CV',
  'DK',
  'EH',
  'GA',
  'GB',
  'GH',
  'GL',
  'GT',
  'GY',
  'HN',
  'JP',
  'KE',
  'KH',
  'KW',
  'KZ',
  'LB',
  'LI',
  'LK',
  'LR',
  'LS',
  'LU',
  'MA',
  'ME',
  'ML',
  'MM',
  'MW',
  'MX',
  'MZ',
  'NE',
  'NG',
  'NI',
  'NP',
  'PA',
  'PE',
  'PK',
  'PT',
  'PY',
  'QA',
  'RW',
  'SD',
  'SN',
  'SR',
  'SS',
  'SZ',
  'TD',
  'TG',
  'TJ',
  'TL',
  'TM',
  'VA',
  'VE',
  'VN',
  'VU',
  'XK',
  'YE',
  'ZW',
]);

/** Names that elide « de » though they start with a consonant: « d’Haïti » (h muet). */
const ELIDED = new Set(['HT']);

const VOWEL = /^[AEIOUÀÂÄÅÉÈÊËÎÏÔÖÙÛÜŒ]/i;

/** The country's name type after « de »: plural (4), masculine (2), no article elided (1) or not (0). */
function countryTncc(code: string, name: string): Tncc {
  if (PLURAL.has(code)) return 4;
  if (MASCULINE.has(code)) return 2;
  return ELIDED.has(code) || VOWEL.test(name) ? 1 : 0;
}

/** The country's name after « de »: « d’Espagne », « de Chine », « du Royaume-Uni », « des États-Unis ». */
export function fromCountry(code: string, name: string): string {
  return ofName({ name, tncc: countryTncc(code, name) });
}

/** The codes the table classes as plural or masculine (the others take no article after « de »). */
export const COUNTRY_ARTICLE_CODES: readonly string[] = [...PLURAL, ...MASCULINE, ...ELIDED];
