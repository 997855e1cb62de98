import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricEigen, type EigenPair } from '../../../src/figures/opportunities/eigen.js';

/** Checks the pairs against the definition: A v = λ v, orthonormal vectors, Σ λ = trace, order. */
function expectEigenpairs(a: number[][], pairs: EigenPair[]): void {
  const n = a.length;
  const scale = Math.max(0, ...a.flat().map(Math.abs)) * n;
  // Subnormal entries are lost when the matrix is symmetrised ((x + y) / 2): an absolute floor.
  const tolerance = 1e-13 * n * scale + 1e-300;
  expect(pairs).toHaveLength(n);
  pairs.forEach(({ value, vector }, k) => {
    expect(vector).toHaveLength(n);
    if (k > 0) expect(value).toBeLessThanOrEqual(pairs[k - 1]!.value);
    a.forEach((row, i) => {
      const av = row.reduce((s, x, j) => s + x * vector[j]!, 0);
      expect(Math.abs(av - value * vector[i]!)).toBeLessThanOrEqual(tolerance);
    });
    pairs.forEach((other, l) => {
      const dot = vector.reduce((s, x, i) => s + x * other.vector[i]!, 0);
      expect(Math.abs(dot - (k === l ? 1 : 0))).toBeLessThanOrEqual(1e-13 * n);
    });
  });
  const trace = a.reduce((s, row, i) => s + row[i]!, 0);
  expect(Math.abs(pairs.reduce((s, p) => s + p.value, 0) - trace)).toBeLessThanOrEqual(tolerance);
}

const symmetric = (raw: number[][]): number[][] => raw.map((row, i) => row.map((x, j) => (j >= i ? x : raw[j]![i]!)));

const squares = (size: { min: number; max: number }, entry: fc.Arbitrary<number>) =>
  fc
    .integer(size)
    .chain((n) => fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }));

describe('symmetricEigen', () => {
  it('finds the eigenpairs of [[2,1],[1,2]]: 3 on (1,1)/√2, 1 on (1,−1)/√2', () => {
    const [a, b] = symmetricEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(a!.value).toBeCloseTo(3, 12);
    expect(b!.value).toBeCloseTo(1, 12);
    expect(Math.abs(a!.vector[0]!)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(a!.vector[0]! * a!.vector[1]!).toBeGreaterThan(0);
    expect(b!.vector[0]! * b!.vector[1]!).toBeLessThan(0);
  });

  it('finds 2 ± √2 and 2 on the tridiagonal [[2,1,0],[1,2,1],[0,1,2]]', () => {
    const pairs = symmetricEigen([
      [2, 1, 0],
      [1, 2, 1],
      [0, 1, 2],
    ]);
    pairs.forEach((p, k) => expect(p.value).toBeCloseTo([2 + Math.SQRT2, 2, 2 - Math.SQRT2][k]!, 13));
    // The middle vector is (1, 0, −1)/√2, up to its sign.
    expect(pairs[1]!.vector.map((x) => Math.abs(x))).toEqual([
      expect.closeTo(Math.SQRT1_2, 13),
      expect.closeTo(0, 13),
      expect.closeTo(Math.SQRT1_2, 13),
    ]);
  });

  it('finds ±t on [[0, t], [t, 0]] however small t is', () => {
    // t² underflows: a shift computed from it would leave the matrix as it is (no progress).
    const t = 7e-278;
    const [a, b] = symmetricEigen([
      [0, t],
      [t, 0],
    ]);
    expect(a!.value / t).toBeCloseTo(1, 14);
    expect(b!.value / t).toBeCloseTo(-1, 14);
  });

  it('keeps the order of a diagonal matrix, ties by index, and unit vectors', () => {
    const pairs = symmetricEigen([
      [1, 0, 0, 0],
      [0, 3, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, -2],
    ]);
    expect(pairs.map((p) => p.value)).toEqual([3, 1, 1, -2]);
    expect(pairs.map((p) => p.vector.findIndex((x) => Math.abs(x) === 1))).toEqual([1, 0, 2, 3]);
    expect(symmetricEigen([])).toEqual([]);
    expect(symmetricEigen([[5]])).toEqual([{ value: 5, vector: [1] }]);
  });

  it('throws on a matrix that is not square or not symmetric', () => {
    expect(() => symmetricEigen([[1, 2]])).toThrow('not square');
    expect(() =>
      symmetricEigen([
        [1, 2],
        [3, 1],
      ]),
    ).toThrow('not symmetric');
  });

  it('satisfies the definition on random symmetric matrices, tiny and huge ones too (property)', () => {
    const matrix = fc.tuple(
      squares(
        { min: 1, max: 12 },
        fc.double({ min: -10, max: 10, noNaN: true }).map((x) => (Math.abs(x) < 1e-6 ? 0 : x)),
      ),
      fc.constantFrom(1, 1e-100, 1e100),
    );
    fc.assert(
      fc.property(matrix, ([raw, scale]) => {
        const a = symmetric(raw).map((row) => row.map((x) => x * scale));
        expectEigenpairs(a, symmetricEigen(a));
      }),
    );
  });

  it('satisfies it with repeated eigenvalues: c I + u uᵀ, a block twice, diagonal and zero matrices (property)', () => {
    const vectors = fc
      .integer({ min: 1, max: 10 })
      .chain((n) => fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n, maxLength: n }));
    const rankOne = fc.tuple(fc.integer({ min: -3, max: 3 }), vectors).map(([c, u]) =>
      // c (n − 1 times) and c + |u|².
      u.map((x, i) => u.map((y, j) => x * y + (i === j ? c : 0))),
    );
    const twice = squares({ min: 1, max: 5 }, fc.integer({ min: -4, max: 4 })).map((raw) => {
      const b = symmetric(raw);
      const n = b.length;
      return Array.from({ length: 2 * n }, (_, i) =>
        Array.from({ length: 2 * n }, (__, j) => (Math.floor(i / n) === Math.floor(j / n) ? b[i % n]![j % n]! : 0)),
      );
    });
    const diagonal = fc
      .array(fc.constantFrom(-1, 0, 0, 2, 2), { minLength: 1, maxLength: 9 })
      .map((d) => d.map((x, i) => d.map((_, j) => (i === j ? x : 0))));
    fc.assert(
      fc.property(fc.oneof(rankOne, twice, diagonal), (a) => {
        const pairs = symmetricEigen(a);
        expectEigenpairs(a, pairs);
        if (a.every((row, i) => row.every((x, j) => i === j || x === 0)))
          expect(pairs.map((p) => p.value)).toEqual(a.map((row, i) => row[i]!).sort((x, y) => y - x));
      }),
    );
  });
});
