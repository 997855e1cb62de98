import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveSeed, Rng, rngFor } from '../../src/demo/rng.js';

describe('Rng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seqA = Array.from({ length: 20 }, () => a.uint32());
    expect(Array.from({ length: 20 }, () => b.uint32())).toEqual(seqA);
    // Pinned: the demo data (and every golden built on them) depend on this exact sequence.
    expect(seqA.slice(0, 3)).toEqual([3554516699, 554793064, 2015762610]);
    expect(Array.from({ length: 20 }, () => c.uint32())).not.toEqual(seqA);
  });

  it('derives distinct named sub-streams', () => {
    expect(deriveSeed(42, 'E:42')).toBe(deriveSeed(42, 'E:42'));
    expect(deriveSeed(42, 'E:42')).not.toBe(deriveSeed(42, 'I:42'));
    expect(deriveSeed(42, 'E:42')).not.toBe(deriveSeed(43, 'E:42'));
    // Seeds beyond 32 bits still matter.
    expect(deriveSeed(2 ** 40, 'x')).not.toBe(deriveSeed(0, 'x'));
    expect(rngFor(1, 'a').next()).toBe(rngFor(1, 'a').next());
  });

  it('stays in range (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const rng = new Rng(seed);
        for (let i = 0; i < 50; i++) {
          const u = rng.next();
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThan(1);
          const k = rng.int(n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
          const x = rng.uint32();
          expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
          expect(Number.isFinite(rng.normal())).toBe(true);
          expect(rng.lognormal(1)).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('is roughly uniform and its normals roughly standard', () => {
    const rng = new Rng(7);
    const n = 20_000;
    const buckets = new Array<number>(10).fill(0);
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      buckets[Math.floor(rng.next() * 10)]!++;
      const z = rng.normal();
      s += z;
      s2 += z * z;
    }
    for (const b of buckets) expect(Math.abs(b - n / 10)).toBeLessThan(n / 10 / 5);
    expect(Math.abs(s / n)).toBeLessThan(0.05);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.05);
  });
});
