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
  it('counts insertions, deletions, substitutions and swaps of two adjacent letters', () => {
    expect(editDistance('loire', 'loire')).toBe(0);
    expect(editDistance('loir', 'loire')).toBe(1);
    expect(editDistance('gironed', 'gironde')).toBe(1);
    expect(editDistance('lorie', 'loire')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('gard', 'gers')).toBe(2);
  });

  it('stops past the maximum', () => {
    expect(editDistance('lorie', 'loire', 2)).toBe(1);
    expect(editDistance('ardeshe', 'ardeche', 2)).toBe(1);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
    expect(editDistance('abcdef', 'ghijkl', 2)).toBe(3);
  });

  it('is symmetric, at least the length difference, at most the longer length; the maximum only caps it (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.nat(4), (a, b, max) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, b, max)).toBe(Math.min(d, max + 1));
      }),
    );
  });
});
