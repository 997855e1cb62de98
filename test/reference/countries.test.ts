import { describe, expect, it } from 'vitest';
import { countryName, countryNames, isCountryCodeForm } from '../../src/reference/countries.js';

describe('countryNames', () => {
  it('uses DGDDI’s current labels first', () => {
    expect(countryName('DE')).toBe('Allemagne');
    expect(countryName('XS')).toBe('Serbie');
    expect(countryName('XC')).toBe('Ceuta');
    expect(countryName('XL')).toBe('Melilla');
    expect(countryName('XK')).toBe('Kosovo');
    expect(countryName('US')).toBe('États-Unis');
    expect(countryName('CN')).toBe('Chine');
  });

  it('accents the capitals DGDDI leaves bare, and nothing else', () => {
    expect(countryName('US')).toBe('États-Unis');
    expect(countryName('AE')).toBe('Émirats arabes unis');
    expect(countryName('EG')).toBe('Égypte');
    expect(countryName('EC')).toBe('Équateur');
    expect(countryName('ER')).toBe('Érythrée');
    expect(countryName('ET')).toBe('Éthiopie');
    expect(countryName('VI')).toBe('Vierges des États-Unis (îles)');
    expect(countryName('EE')).toBe('Estonie');
    expect(countryName('ES')).toBe('Espagne');
    for (const name of countryNames().values()) expect(name).not.toMatch(/\bE(tats|gypte)\b/);
  });

  it('keeps Libelle_PAYS wording for the special codes it has', () => {
    expect(countryName('QU')).toBe('Pays et territoires non déterminés');
    expect(countryName('QR')).toBe('Avitaillement et soutage dans le cadre des échanges intra-UE');
    expect(countryName('QS')).toBe('Avitaillement et soutage dans le cadre des échanges avec les pays tiers');
    expect(countryName('QP')).toBe('Haute mer');
    expect(countryName('QQ')).toBe('Autocorrections');
    expect(countryName('FR')).toBe('France');
  });

  it('drops expired codes and falls back to ISO French names for codes DGDDI lacks', () => {
    expect(countryName('QT')).toBe('QT'); // "Avitaillement", valid 1997–2000 only
    expect(countryName('MC')).toBe('Monaco');
    expect(countryName('JE')).toBe('Jersey');
    expect(countryName('RS')).toBe('Serbie');
  });

  it('gives every two-letter code a non-empty name', () => {
    const names = countryNames();
    expect(names.size).toBeGreaterThanOrEqual(250);
    for (const [code, name] of names) {
      expect(code).toMatch(/^[A-Z0-9]{2}$/);
      expect(name.trim()).toBe(name);
      expect(name.length).toBeGreaterThan(1);
    }
  });

  it('returns an unknown code as is', () => {
    expect(countryName('ZZ')).toBe('ZZ');
    expect(countryName('')).toBe('');
  });
});

describe('isCountryCodeForm', () => {
  it('accepts two upper-case letters only', () => {
    expect(isCountryCodeForm('DE')).toBe(true);
    expect(isCountryCodeForm('QU')).toBe(true);
    expect(isCountryCodeForm('de')).toBe(false);
    expect(isCountryCodeForm('DEU')).toBe(false);
    expect(isCountryCodeForm('D1')).toBe(false);
    expect(isCountryCodeForm('')).toBe(false);
  });
});
