import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complexity, complexityIndex, rankOf, standardise } from '../../../src/figures/opportunities/complexity.js';

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('complexityIndex', () => {
  // Nested (triangular) M: M̃ has eigenvalues 1, 1/4, 1/9 and the second eigenvector ∝ (1, 0, −1).
  const nested = [
    [1, 1, 1],
    [1, 1, 0],
    [1, 0, 0],
  ];

  it('gives ECI (√1.5, 0, −√1.5) and PCI (−√1.5, 0, √1.5) on a nested matrix', () => {
    const r = Math.sqrt(1.5);
    const c = complexity(nested, [3, 2, 1], [3, 2, 1]);
    c.eci.forEach((x, i) => expect(x).toBeCloseTo([r, 0, -r][i]!, 12));
    c.pci.forEach((x, i) => expect(x).toBeCloseTo([-r, 0, r][i]!, 12));
  });

  it('gives (−1, 1) on two départements, the more diverse one higher', () => {
    expect(
      complexityIndex(
        [
          [1, 0],
          [1, 1],
        ],
        1,
      ),
    ).toEqual([-1, 1]);
  });

  it('leaves rows without diversity and columns without ubiquity null', () => {
    const c = complexity(
      [
        [1, 1, 1, 0],
        [1, 1, 0, 0],
        [0, 0, 0, 0],
        [1, 0, 0, 0],
      ],
      [3, 2, 0, 1],
      [3, 2, 1, 0],
    );
    expect(c.eci[2]).toBeNull();
    expect(c.pci[3]).toBeNull();
    expect(c.eci[0]).toBeCloseTo(Math.sqrt(1.5), 12);
  });

  it('is standardised and positively correlated with diversity (property)', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 3, max: 8 }), fc.integer({ min: 3, max: 8 }))
      .chain(([n, k]) =>
        fc.array(fc.array(fc.constantFrom(0, 1), { minLength: k, maxLength: k }), { minLength: n, maxLength: n }),
      );
    fc.assert(
      fc.property(matrix, (m) => {
        const kd = m.map((row) => row.reduce<number>((s, x) => s + x, 0));
        const kp = m[0]!.map((_, p) => m.reduce<number>((s, row) => s + row[p]!, 0));
        const eci = complexity(m, kd, kp).eci.filter((x): x is number => x != null);
        if (eci.length === 0) return;
        expect(mean(eci)).toBeCloseTo(0, 9);
        expect(Math.sqrt(mean(eci.map((x) => x * x)))).toBeCloseTo(1, 9);
        const ks = kd.filter((k) => k > 0);
        const cov = eci.reduce((s, x, i) => s + x * (ks[i]! - mean(ks)), 0);
        expect(cov).toBeGreaterThanOrEqual(-1e-9);
      }),
    );
  });
});

describe('standardise and rankOf', () => {
  it('standardises to mean 0 and population sd 1, null when constant', () => {
    expect(standardise([1, 3])).toEqual([-1, 1]);
    expect(standardise([2, 2, 2])).toBeNull();
  });

  it('ranks 1 = highest, equal values sharing a rank, nulls unranked', () => {
    expect([0, 1, 2, 3].map((i) => rankOf([0.5, null, 2, 0.5], i))).toEqual([2, null, 1, 2]);
  });
});
