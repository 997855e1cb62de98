// Country names after « de » in generated sentences (« viennent d’Espagne », issue s12): every code
// of the reference country list gets a correct French form, and the table names only known codes.
import { describe, expect, it } from 'vitest';
import { COUNTRY_ARTICLE_CODES, fromCountry } from '../../src/format/country-article.js';
import { countryNames } from '../../src/reference/countries.js';
import { renderLeadsChart } from '../../src/charts/leads.js';
import { LEADS_FIXTURES } from '../charts/leads-fixtures.js';

const names = countryNames();
const countries = [...names].filter(([code]) => /^[A-Z]{2}$/.test(code));

describe('country names after « de »', () => {
  it('spells the usual partners as French does', () => {
    const cases: Record<string, string> = {
      ES: 'd’Espagne',
      US: 'des États-Unis',
      GB: 'du Royaume-Uni',
      CN: 'de Chine',
      DE: 'd’Allemagne',
      IT: 'd’Italie',
      JP: 'du Japon',
      NL: 'des Pays-Bas',
      BE: 'de Belgique',
      CH: 'de Suisse',
      MA: 'du Maroc',
      DZ: 'd’Algérie',
      IL: 'd’Israël',
      HT: 'd’Haïti',
      HU: 'de Hongrie',
      CY: 'de Chypre',
      BR: 'du Brésil',
      AE: 'des Émirats arabes unis',
    };
    for (const [code, words] of Object.entries(cases)) expect(fromCountry(code, names.get(code)!), code).toBe(words);
  });

  it('gives every country of the reference list a well-formed form: never « de » before a vowel, nor « de le(s) »', () => {
    expect(countries.length).toBeGreaterThan(240);
    for (const [code, name] of countries) {
      const words = fromCountry(code, name);
      expect(words.endsWith(name), code).toBe(true);
      expect(words, code).toMatch(/^(de |d’|du |des )/);
      expect(words, code).not.toMatch(/^de [AEIOUÀÂÄÅÉÈÊËÎÏÔÖÙÛÜ]|^de les? |^du [AEIOUÉÈÊÎÔ]/i);
    }
  });

  it('names only codes of the reference list', () => {
    for (const code of COUNTRY_ARTICLE_CODES) expect(names.has(code), code).toBe(true);
  });

  it('is what the import dependencies chart reads: « viennent d’Algérie », not « de Algérie »', () => {
    const svg = renderLeadsChart(LEADS_FIXTURES['approvisionnements-region']!).svg;
    expect(svg).toContain('viennent d’Algérie');
    expect(svg).not.toContain('viennent de Algérie');
  });
});
