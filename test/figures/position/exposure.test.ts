import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exposure } from '../../../src/figures/position/exposure.js';
import { tradeSums } from '../../../src/figures/position/sums.js';
import { labels, row } from '../fixtures.js';
import { COUNTRIES, rowsArb } from './arbitrary.js';

const territory = [
  row('E', 'C21Z', 'US', 40),
  row('E', 'C21Z', 'DE', 60),
  row('E', 'C10A', 'US', 10),
  row('E', 'C28D', 'US', 30),
  row('E', 'C28D', 'US', 20),
  row('E', 'C29A', 'US', 5),
  row('E', 'C24A', 'US', 5),
  row('E', 'C30C', 'US', 1),
  row('E', 'C20A', 'CN', 29),
  row('I', 'C26A', 'US', 999),
];
const france = tradeSums([...territory, row('E', 'C10A', 'DE', 800, '69')]);

describe('exposure', () => {
  it("gives the value and share of the territory's exports to the partner beside France's", () => {
    const e = exposure(tradeSums(territory), france, 'US', labels);
    expect(e).toMatchObject({ partner: 'US', partner_name: 'Pays US', exports_eur: 111, share_of_exports: 111 / 200 });
    expect(e.france_share_of_exports).toBeCloseTo(111 / 1000, 15);
  });

  it("lists the five activities most exported to the partner, with the partner's share of each", () => {
    const e = exposure(tradeSums(territory), france, 'US', labels);
    expect(e.products).toEqual([
      { code: 'C28D', name: 'Activité C28D', value_eur: 50, share_of_product_exports: 1 },
      { code: 'C21Z', name: 'Activité C21Z', value_eur: 40, share_of_product_exports: 0.4 },
      { code: 'C10A', name: 'Activité C10A', value_eur: 10, share_of_product_exports: 1 },
      // C24A and C29A tie: code order.
      { code: 'C24A', name: 'Activité C24A', value_eur: 5, share_of_product_exports: 1 },
      { code: 'C29A', name: 'Activité C29A', value_eur: 5, share_of_product_exports: 1 },
    ]);
  });

  it('works for any partner code', () => {
    const e = exposure(tradeSums(territory), france, 'CN', labels);
    expect(e).toMatchObject({
      partner: 'CN',
      partner_name: 'Pays CN',
      exports_eur: 29,
      share_of_exports: 29 / 200,
      france_share_of_exports: 29 / 1000,
    });
    expect(e.products).toEqual([{ code: 'C20A', name: 'Activité C20A', value_eur: 29, share_of_product_exports: 1 }]);
  });

  it('is zero for a territory with no exports to the partner, null where it exports nothing', () => {
    const none = exposure(tradeSums([row('E', 'C10A', 'DE', 10), row('I', 'C10A', 'US', 10)]), france, 'US', labels);
    expect(none).toMatchObject({ exports_eur: 0, share_of_exports: 0, products: [] });
    const nothing = exposure(tradeSums([row('I', 'C10A', 'US', 10)]), france, 'US', labels);
    expect(nothing).toMatchObject({ exports_eur: 0, share_of_exports: null, products: [] });
  });

  it('gives the imports from the partner, their share beside France’s, and the activities depending most on it', () => {
    const rows = [
      row('I', 'C26A', 'CN', 90),
      row('I', 'C26A', 'DE', 10),
      row('I', 'C10A', 'CN', 50),
      row('I', 'C10A', 'US', 150),
      row('I', 'C20A', 'CN', 0.5), // 0,5 of 1 000,5: under 1 % of the imports, left out though all from CN
      row('I', 'C28D', 'DE', 700),
    ];
    const fr = tradeSums([...rows, row('I', 'C28D', 'CN', 999.5, '69')]);
    const e = exposure(tradeSums(rows), fr, 'CN', labels);
    expect(e).toMatchObject({ imports_eur: 140.5, share_of_imports: 140.5 / 1000.5 });
    expect(e.france_share_of_imports).toBeCloseTo(1140 / 2000, 15);
    expect(e.import_products).toEqual([
      { code: 'C26A', name: 'Activité C26A', value_eur: 90, share_of_product_imports: 0.9 },
      { code: 'C10A', name: 'Activité C10A', value_eur: 50, share_of_product_imports: 0.25 },
    ]);
    expect(exposure(fr, null, 'CN', labels).france_share_of_imports).toBeNull();
    expect(exposure(tradeSums([row('E', 'C10A', 'CN', 1)]), fr, 'CN', labels).share_of_imports).toBeNull();
  });

  it('has no France comparison for France itself', () => {
    expect(exposure(france, null, 'US', labels).france_share_of_exports).toBeNull();
  });

  it('keeps the shares between 0 and 1 and the listed products within the partner total', () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom(...COUNTRIES), (rows, partner) => {
        const e = exposure(tradeSums(rows), null, partner, labels);
        if (e.share_of_exports !== null) expect(e.share_of_exports).toBeLessThanOrEqual(1);
        expect(e.products.length).toBeLessThanOrEqual(5);
        expect(e.products.reduce((a, p) => a + p.value_eur, 0)).toBeLessThanOrEqual(e.exports_eur);
        for (const p of e.products) {
          expect(p.share_of_product_exports).toBeGreaterThan(0);
          expect(p.share_of_product_exports).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
