import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from '../../../src/data/demo/allocate.js';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0);

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

  it('sums exactly, stays non-negative and within one unit of the exact quota (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat({ max: 1000 }), fc.bigInt({ min: 0n, max: 2n ** 50n }).map(Number)),
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 60 }),
        (total, weights) => {
          const w = weights.reduce((s, x) => s + x, 0);
          fc.pre(w > 0);
          const parts = allocateLargestRemainder(total, weights);
          expect(sum(parts)).toBe(total);
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true);
            expect(p).toBeGreaterThanOrEqual(0);
            const quota = (total * (weights[i] as number)) / w;
            // Within one unit, up to the float precision of the quota itself.
            expect(Math.abs(p - quota)).toBeLessThan(1 + quota * 1e-12);
            if (weights[i] === 0) expect(p).toBe(0);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
