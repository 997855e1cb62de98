// makeLabels: the names the indicators show, from the store's labels first, then the shipped
// reference, then the code itself.
import { describe, expect, it } from 'vitest';
import { makeLabels, UNCLASSIFIED_A17 } from '../../src/figures/labels.js';

describe('makeLabels', () => {
  const labels = makeLabels(
    new Map([
      ['C29A', 'Automobiles (libellé importé)'],
      ['X99Z', 'Activité inconnue du référentiel'],
    ]),
    new Map([
      ['US', 'ETATS-UNIS'],
      ['DE', 'Allemagne (libellé importé)'],
      ['FR', 'France'],
    ]),
  );

  it('names an activity from the store, with its A17 parent from the reference', () => {
    expect(labels.activity('C29A')).toEqual({
      name: 'Automobiles (libellé importé)',
      a17: 'C4',
      a17_name: 'Matériels de transport',
    });
  });

  it('falls back on the shipped A129 label when the store has none', () => {
    expect(labels.activity('C24A')).toEqual({
      name: "Produits sidérurgiques et de première transformation de l'acier",
      a17: 'C5',
      a17_name: 'Autres produits industriels',
    });
  });

  it('files an activity unknown to the reference as unclassified, under its stored name or its code', () => {
    expect(UNCLASSIFIED_A17).toEqual({ a17: 'ZZ', a17_name: 'Non classé' });
    expect(labels.activity('X99Z')).toEqual({ name: 'Activité inconnue du référentiel', ...UNCLASSIFIED_A17 });
    expect(labels.activity('Q00Q')).toEqual({ name: 'Q00Q', ...UNCLASSIFIED_A17 });
  });

  it('names a country from the store with its capitals accented, else from the reference, else by its code', () => {
    expect(labels.country('US')).toBe('ETATS-UNIS'); // words in capitals are left alone…
    expect(makeLabels(new Map(), new Map([['US', 'Etats-Unis']])).country('US')).toBe('États-Unis'); // …a capital E is accented
    expect(labels.country('DE')).toBe('Allemagne (libellé importé)');
    expect(labels.country('IT')).toBe('Italie');
    expect(labels.country('ZZ')).toBe('ZZ');
  });

  it('names each code once: the same answer, frozen, to every caller', () => {
    const again = labels.activity('C29A');
    expect(labels.activity('C29A')).toBe(again);
    expect(Object.isFrozen(again)).toBe(true);
    expect(labels.activity('Q00Q')).toEqual({ name: 'Q00Q', ...UNCLASSIFIED_A17 });
    expect(labels.country('US')).toBe('ETATS-UNIS');
    expect(labels.country('ZZ')).toBe('ZZ');
  });

  it('calls France as a partner what it is: French goods coming back', () => {
    expect(labels.country('FR')).toBe('France (marchandises en retour)');
    expect(makeLabels(new Map(), new Map()).country('FR')).toBe('France (marchandises en retour)');
  });
});
