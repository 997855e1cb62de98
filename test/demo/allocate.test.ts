import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateFour, allocateLargestRemainder } from '../../src/demo/allocate.js';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0);

/** The rule written the plain way: floors, then one unit per entry in (remainder desc, index asc) order, cycling over positive weights. */
function referenceAllocation(total: number, weights: number[]): number[] {
  const w = sum(weights);
  const quotas = weights.map((x) => (total * x) / w);
  const parts = quotas.map(Math.floor);
  let left = total - sum(parts);
  const order = weights.map((_, i) => i).sort((i, j) => quotas[j]! - parts[j]! - (quotas[i]! - parts[i]!) || i - j);
  for (let k = 0; left > 0; k = (k + 1) % weights.length) {
    const i = order[k]!;
    if (weights[i]! > 0) {
      parts[i]! += 1;
      left--;
    }
  }
  return parts;
}

describe('allocateLargestRemainder', () => {
  it('splits a total by largest remainders, ties to the lowest index', () => {
    expect(Array.from(allocateLargestRemainder(10, [1, 1, 1]))).toEqual([4, 3, 3]);
    expect(Array.from(allocateLargestRemainder(7, [0.5, 0.3, 0.2]))).toEqual([4, 2, 1]);
    expect(Array.from(allocateLargestRemainder(100, [2, 0, 1]))).toEqual([67, 0, 33]);
  });

  it('gives nothing to zero weights and handles a zero total', () => {
    expect(Array.from(allocateLargestRemainder(5, [0, 3, 0]))).toEqual([0, 5, 0]);
    expect(Array.from(allocateLargestRemainder(0, [0, 0]))).toEqual([0, 0]);
  });

  it('keeps euro totals of the size of French trade exact', () => {
    const parts = allocateLargestRemainder(684_776_300_000, [0.1, 0.2, 0.3, 0.4, 1e-9, 7]);
    expect(sum(parts)).toBe(684_776_300_000);
  });

  it('writes into a given output array', () => {
    const out = new Float64Array(2).fill(99);
    expect(allocateLargestRemainder(3, [1, 2], out)).toBe(out);
    expect(Array.from(out)).toEqual([1, 2]);
  });

  it('rejects invalid input', () => {
    expect(() => allocateLargestRemainder(1.5, [1])).toThrow(RangeError);
    expect(() => allocateLargestRemainder(-1, [1])).toThrow(RangeError);
    expect(() => allocateLargestRemainder(1, [0, 0])).toThrow(RangeError);
    expect(() => allocateLargestRemainder(1, [1, -1])).toThrow(RangeError);
    expect(() => allocateLargestRemainder(1, [1, Number.NaN])).toThrow(RangeError);
  });

  it('matches the plain full-sort rule, equal remainders included (property)', () => {
    // Few distinct weights make equal remainders common; small totals over many entries and
    // large totals over few both reach the sorting path (more than 8 units left over).
    const weight = fc.oneof(
      { arbitrary: fc.constantFrom(0, 1, 2, 3, 0.5, 1 / 3), weight: 4 },
      { arbitrary: fc.double({ min: 1e-6, max: 1e6, noNaN: true }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.array(weight, { minLength: 1, maxLength: 300 }), (total, weights) => {
        fc.pre(sum(weights) > 0);
        const expected = referenceAllocation(total, weights);
        if (sum(expected) !== total) return; // float rounding took units back: the other path
        expect(Array.from(allocateLargestRemainder(total, weights))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
    // 20 equal quotas of 1.5 between zero weights: the 10 units left go to the first 10 of them.
    const equal = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 1 : 0));
    expect(Array.from(allocateLargestRemainder(30, equal))).toEqual(
      equal.map((w, i) => (w === 0 ? 0 : i < 20 ? 2 : 1)),
    );
  });

  it('sums exactly, stays non-negative and within one unit of the exact quota (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat({ max: 1000 }), fc.bigInt({ min: 0n, max: 2n ** 50n }).map(Number)),
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true })), {
          minLength: 1,
          maxLength: 60,
        }),
        (total, weights) => {
          const w = weights.reduce((s, x) => s + x, 0);
          fc.pre(w > 0);
          const parts = allocateLargestRemainder(total, weights);
          expect(sum(parts)).toBe(total);
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true);
            expect(p).toBeGreaterThanOrEqual(0);
            const quota = (total * weights[i]!) / w;
            // Within one unit, up to the float precision of the quota itself.
            expect(Math.abs(p - quota)).toBeLessThan(1 + quota * 1e-12);
            if (weights[i] === 0) expect(p).toBe(0);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('allocateFour gives what the general function gives for four weights (property)', () => {
    const weight = fc.oneof(fc.constantFrom(0, 1, 0.2, 1.3), fc.double({ min: 0, max: 10, noNaN: true }));
    fc.assert(
      fc.property(
        fc.oneof(fc.nat({ max: 20 }), fc.bigInt({ min: 0n, max: 2n ** 45n }).map(Number)),
        fc.tuple(weight, weight, weight, weight),
        (total, w) => {
          fc.pre(sum(w) > 0);
          const out = new Float64Array(4).fill(7);
          allocateFour(total, Float64Array.from(w), out);
          expect(Array.from(out)).toEqual(Array.from(allocateLargestRemainder(total, w)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
