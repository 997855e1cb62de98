import { describe, expect, it } from 'vitest';
import { siteEntryFromFigures } from '../../../src/report/site/home-page.js';
import { withIndicators } from '../../../src/figures/indicators/registry.js';
import type { Figures } from '../../../src/figures/types.js';

const usShare = (f: Figures) => f.indicators['part-etats-unis']!.value;
import { ARA, departementFigures } from './fixtures.js';

describe('siteEntryFromFigures', () => {
  it('copies the totals, the région and the Territoires d’industrie, and keeps the href', () => {
    const f = departementFigures({ DE: 600, US: 300, IT: 100 }, 4_000);
    const e = siteEntryFromFigures(f, 'departements/42-loire.html');
    expect(e).toEqual({
      territory: { kind: 'departement', code: '42', name: 'Loire', slug: '42-loire' },
      href: 'departements/42-loire.html',
      region: ARA,
      territoires_industrie: ['Roannais Forez', 'Lezoux – Thiers – Ambert – Montbrison'],
      indicators: {
        exportations: 4_000,
        importations: 5_000_000_000,
        solde: 4_000 - 5_000_000_000,
        'part-etats-unis': 300 / 4_000,
        'part-importations-etats-unis': null,
        'part-chine': null,
        'part-importations-chine': null,
        'evolution-exportations': null,
        'evolution-importations': null,
        'rang-exportations': null,
        'concentration-partenaires': null,
        'solde-part-echanges': (4_000 - 5_000_000_000) / (4_000 + 5_000_000_000),
        'complexite-economique': null,
        'rang-complexite': null,
      },
      specialisation: [],
    });
  });

  it('reads the change on the previous period, the rank, the concentration and the specialisation when the figures have them', () => {
    const f = departementFigures({ DE: 600, US: 400 }, 1_000);
    const withKeys = {
      ...f,
      exports: { ...f.exports, change_rate: 0.052 },
      imports: { ...f.imports, change_rate: null },
      rank: {
        exports: { in_france: 12, of_france: 101, in_region: 3, of_region: 12 },
        imports: { in_france: 9, of_france: 101, in_region: 2, of_region: 12 },
        balance: { in_france: 50, of_france: 101, in_region: 6, of_region: 12 },
        previous: null,
      },
      concentration: {
        exports: {
          partners_hhi: 0.52,
          products_hhi: 0.3,
          equivalent_partners: 1 / 0.52,
          equivalent_products: 1 / 0.3,
          previous: null,
        },
        imports: {
          partners_hhi: null,
          products_hhi: null,
          equivalent_partners: null,
          equivalent_products: null,
          previous: null,
        },
      },
      specialisation: {
        exports: [
          {
            code: 'C21Z',
            name: 'Produits pharmaceutiques',
            a17: 'C5',
            share: 0.2,
            france_share: 0.05,
            index: 4,
            previous: null,
          },
        ],
        imports: [],
      },
    };
    const e = siteEntryFromFigures(withIndicators(withKeys), 'x.html');
    expect(e.indicators['evolution-exportations']).toBe(0.052);
    expect(e.indicators['evolution-importations']).toBeNull();
    expect(e.indicators['rang-exportations']).toBe(12);
    expect(e.indicators['concentration-partenaires']).toBeCloseTo(1.923, 3);
    expect(e.specialisation).toEqual([{ code: 'C21Z', name: 'Produits pharmaceutiques', index: 4 }]);
  });

  it('does not share arrays or objects with the figures', () => {
    const f = departementFigures({ US: 1 }, 10);
    const e = siteEntryFromFigures(f, 'x.html');
    e.territoires_industrie.push('autre');
    e.territory.name = 'changé';
    expect(f.territoires_industrie).toHaveLength(2);
    expect(f.territory.name).toBe('Loire');
  });

  it('computes the United States share from the exports to the United States', () => {
    expect(usShare(departementFigures({ US: 250, DE: 750 }, 1_000))).toBe(0.25);
    expect(usShare(departementFigures({ DE: 750 }, 1_000))).toBe(0);
  });

  it('is null when nothing is exported', () => {
    expect(usShare(departementFigures({}, 0))).toBeNull();
    expect(siteEntryFromFigures(departementFigures({ US: 0 }, 0), 'x.html').indicators['part-etats-unis']).toBeNull();
  });
});
