import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marketGaps, markets } from '../../../src/figures/opportunities/markets.js';
import { suppliers } from '../../../src/figures/opportunities/suppliers.js';
import { dependencies } from '../../../src/figures/position/dependencies.js';
import { tradeSums } from '../../../src/figures/position/sums.js';
import { labels, row } from '../fixtures.js';

describe('markets', () => {
  it('gives the three largest positive gaps of each top activity (ties: France exports, then code)', () => {
    const own = tradeSums([row('E', 'C29A', 'DE', 100), row('E', 'C29A', 'ES', 0.5)]).E;
    const france = tradeSums([
      row('E', 'C29A', 'DE', 400),
      row('E', 'C29A', 'ES', 300),
      row('E', 'C29A', 'IT', 200),
      row('E', 'C29A', 'BE', 50),
      row('E', 'C29A', 'NL', 50),
    ]).E;
    // s = 100.5 / 1000; gaps: ES 30.15 − 0.5, IT 20.1, BE = NL = 5.025, DE 40.2 − 100 < 0.
    const [lead] = markets(own, france, labels);
    expect(lead!.share_of_france).toBeCloseTo(0.1005, 12);
    expect(lead!.countries.map((c) => c.country)).toEqual(['ES', 'IT', 'BE']);
    expect(lead!.countries[0]!.gap_eur).toBeCloseTo(29.65, 9);
    expect(lead!.countries[0]!.expected_eur).toBeCloseTo(30.15, 9);
  });

  it('keeps the five largest activities, ties by code', () => {
    const rows = ['A', 'B', 'C', 'D', 'E', 'F'].map((p, i) => row('E', p, 'DE', i === 5 ? 10 : 5));
    expect(markets(tradeSums(rows).E, tradeSums(rows).E, labels).map((m) => m.product)).toEqual([
      'F',
      'A',
      'B',
      'C',
      'D',
    ]);
  });

  it('has gaps that sum to zero over all countries when France contains the territory (property)', () => {
    const values = fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(values, (pairs) => {
        const own = new Map(pairs.map(([t], i) => [`C${i}`, t]));
        const france = new Map(pairs.map(([t, o], i) => [`C${i}`, t + o]));
        const total = [...france.values()].reduce((s, x) => s + x, 0);
        if (total === 0) return;
        const share = [...own.values()].reduce((s, x) => s + x, 0) / total;
        const sum = marketGaps(own, france, share, labels).reduce((s, g) => s + g.gap_eur, 0);
        expect(Math.abs(sum)).toBeLessThan(1e-9 * (total + 1));
      }),
    );
  });
});

describe('suppliers', () => {
  it('sets each dependency beside France’s own and its three largest other suppliers', () => {
    const own = tradeSums([row('I', 'C26A', 'CN', 80), row('I', 'C26A', 'TW', 20)]).I;
    const france = tradeSums([
      row('I', 'C26A', 'CN', 300),
      row('I', 'C26A', 'TW', 200),
      row('I', 'C26A', 'KR', 200),
      row('I', 'C26A', 'DE', 250),
      row('I', 'C26A', 'US', 50),
    ]).I;
    const [lead] = suppliers(dependencies(own, labels), france, labels);
    expect(lead).toMatchObject({ product: 'C26A', country: 'CN', share: 0.8, france_share_from_country: 0.3 });
    expect(lead!.alternatives).toEqual([
      { country: 'DE', country_name: 'Pays DE', france_imports_eur: 250, share_of_france_imports: 0.25 },
      { country: 'KR', country_name: 'Pays KR', france_imports_eur: 200, share_of_france_imports: 0.2 },
      { country: 'TW', country_name: 'Pays TW', france_imports_eur: 200, share_of_france_imports: 0.2 },
    ]);
  });
});
