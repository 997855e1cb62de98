import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, foldAccents, normalizeName, slugify } from '../../src/reference/slug.js';

describe('slugify', () => {
  it('makes lowercase ASCII file-name slugs', () => {
    expect(slugify('Auvergne-Rhône-Alpes')).toBe('auvergne-rhone-alpes');
    expect(slugify("Provence-Alpes-Côte d'Azur")).toBe('provence-alpes-cote-d-azur');
    expect(slugify('Île-de-France')).toBe('ile-de-france');
    expect(slugify('  Œuvre – Cœur ')).toBe('oeuvre-coeur');
  });

  it('always yields [a-z0-9] runs joined by single dashes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(slugify(s)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe('normalizeName and foldAccents', () => {
  it('ignores accents, case and punctuation', () => {
    expect(foldAccents('Côte-d’Or')).toBe('cote-d’or');
    expect(normalizeName('AUVERGNE - RHÔNE-ALPES')).toBe(normalizeName('auvergne rhone alpes'));
    expect(normalizeName("Val-d'Oise")).toBe('val d oise');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('loire', 'loire')).toBe(0);
    expect(editDistance('loir', 'loire')).toBe(1);
    expect(editDistance('gironed', 'gironde')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is a metric on generated strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b, c) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
        expect(editDistance(a, b)).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });
});
