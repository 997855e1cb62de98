import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concentration, hhi } from '../../../src/figures/position/concentration.js';
import { tradeSums } from '../../../src/figures/position/sums.js';
import { row } from '../fixtures.js';

describe('hhi', () => {
  it('is 1 for a single value, 1/n for n equal values, Σ share² otherwise', () => {
    expect(hhi([42])).toBe(1);
    expect(hhi([5, 5])).toBe(0.5);
    expect(hhi([60, 40])).toBeCloseTo(0.52, 15);
    expect(hhi([60, 40, 0])).toBeCloseTo(0.52, 15);
  });

  it('is null when there is nothing to share', () => {
    expect(hhi([])).toBeNull();
    expect(hhi([0, 0])).toBeNull();
  });

  it('lies between 1/n and 1 for n positive values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1e12 }), { minLength: 1, maxLength: 300 }), (values) => {
        const h = hhi(values)!;
        const eps = 1e-12;
        expect(h).toBeGreaterThanOrEqual(1 / values.length - eps);
        expect(h).toBeLessThanOrEqual(1 + eps);
      }),
    );
  });

  it('is Σ share² summed in ascending order, to the last bit, whatever the order of the values', () => {
    const reference = (values: number[]): number | null => {
      const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
      const total = positive.reduce((a, b) => a + b, 0);
      return total > 0 ? positive.reduce((sum, v) => sum + (v / total) ** 2, 0) : null;
    };
    const value = fc.oneof(fc.double({ min: -1e12, max: 1e15, noNaN: true }), fc.constantFrom(0, -0, 1, 1e6));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (values) => {
        expect(hhi(values)).toBe(reference(values));
        expect(hhi([...values].reverse())).toBe(reference(values));
        expect(hhi(new Map(values.map((v, i) => [i, v])).values())).toBe(reference(values));
      }),
    );
  });
});

describe('concentration', () => {
  it('measures partners and activities of each flow, with their equivalent counts', () => {
    const sums = tradeSums([
      row('E', 'C10A', 'DE', 25),
      row('E', 'C10A', 'IT', 25),
      row('E', 'C20A', 'ES', 25),
      row('E', 'C20A', 'US', 25),
      row('I', 'C10A', 'CN', 70),
    ]);
    expect(concentration(sums)).toEqual({
      exports: { partners_hhi: 0.25, products_hhi: 0.5, equivalent_partners: 4, equivalent_products: 2 },
      imports: { partners_hhi: 1, products_hhi: 1, equivalent_partners: 1, equivalent_products: 1 },
    });
  });

  it('a territory with one partner is fully concentrated on it', () => {
    const c = concentration(tradeSums([row('E', 'C10A', 'DE', 10), row('E', 'C20A', 'DE', 30)]));
    expect(c.exports.partners_hhi).toBe(1);
    expect(c.exports.equivalent_partners).toBe(1);
    expect(c.exports.products_hhi).toBeCloseTo(0.625, 15);
  });

  it('is null for a flow the territory does not have', () => {
    expect(concentration(tradeSums([row('E', 'C10A', 'DE', 10)])).imports).toEqual({
      partners_hhi: null,
      products_hhi: null,
      equivalent_partners: null,
      equivalent_products: null,
    });
  });
});

describe('hhi determinism', () => {
  it('gives the same bits whatever the order of the values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1e12 }), { minLength: 2, maxLength: 100 }),
        fc.integer(),
        (values, seed) => {
          const shuffled = [...values].sort((a, b) => ((a * 31 + seed) % 97) - ((b * 31 + seed) % 97));
          expect(hhi(shuffled)).toBe(hhi(values));
        },
      ),
    );
  });
});
