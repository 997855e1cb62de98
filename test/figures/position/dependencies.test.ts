import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependencies } from '../../../src/figures/position/dependencies.js';
import { tradeSums } from '../../../src/figures/position/sums.js';
import { labels, row } from '../fixtures.js';
import { rowsArb } from './arbitrary.js';

describe('dependencies', () => {
  it('lists every activity imported for half or more from one partner, by share descending', () => {
    const deps = dependencies(
      tradeSums([
        row('I', 'C26A', 'CN', 62),
        row('I', 'C26A', 'TW', 38),
        row('I', 'C20A', 'DE', 30),
        row('I', 'C20A', 'DE', 60),
        row('I', 'C20A', 'BE', 10),
        row('I', 'C10A', 'IT', 49),
        row('I', 'C10A', 'ES', 26),
        row('I', 'C10A', 'PT', 25),
        row('E', 'C29A', 'US', 1000),
      ]).I,
      labels,
    );
    expect(deps).toEqual([
      { product: 'C20A', name: 'Activité C20A', country: 'DE', country_name: 'Pays DE', share: 0.9, value_eur: 90 },
      { product: 'C26A', name: 'Activité C26A', country: 'CN', country_name: 'Pays CN', share: 0.62, value_eur: 62 },
    ]);
  });

  it('includes a dependency at exactly 50 %, and both partners when two share an activity equally', () => {
    const deps = dependencies(
      tradeSums([
        row('I', 'C24A', 'CN', 30),
        row('I', 'C24A', 'IN', 10),
        row('I', 'C24A', 'DE', 20),
        row('I', 'C21Z', 'US', 7),
        row('I', 'C21Z', 'CH', 7),
      ]).I,
      labels,
    );
    expect(deps.map((d) => [d.product, d.country, d.share])).toEqual([
      ['C24A', 'CN', 0.5],
      ['C21Z', 'CH', 0.5],
      ['C21Z', 'US', 0.5],
    ]);
  });

  it('counts an activity with a single partner at 100 %', () => {
    expect(dependencies(tradeSums([row('I', 'C10A', 'NL', 5)]).I, labels)).toEqual([
      { product: 'C10A', name: 'Activité C10A', country: 'NL', country_name: 'Pays NL', share: 1, value_eur: 5 },
    ]);
  });

  it('never lists a share below one half, and lists every activity whose largest partner reaches it', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const sums = tradeSums(rows).I;
        const deps = dependencies(sums, labels);
        for (const d of deps) expect(2 * d.value_eur).toBeGreaterThanOrEqual(sums.byActivity.get(d.product)!);
        for (const [product, countries] of sums.byActivityCountry) {
          const largest = Math.max(...countries.values());
          expect(deps.some((d) => d.product === product)).toBe(2 * largest >= sums.byActivity.get(product)!);
        }
      }),
    );
  });
});
