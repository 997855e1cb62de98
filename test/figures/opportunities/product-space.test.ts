import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { density, productSpace, proximity } from '../../../src/figures/opportunities/product-space.js';
import { complexityOf, departementSpace, related } from '../../../src/figures/opportunities/related.js';
import { labels } from '../fixtures.js';

const exports = (o: Record<string, Record<string, number>>): Map<string, Map<string, number>> =>
  new Map(Object.entries(o).map(([d, ps]) => [d, new Map(Object.entries(ps))]));

// Three départements, three activities: A sells mostly P1 and P2, B mostly P2, C only P3.
const data = exports({
  A: { P1: 60, P2: 30, P3: 10 },
  B: { P1: 10, P2: 80, P3: 10 },
  C: { P3: 100 },
});

describe('productSpace', () => {
  it('computes RCA, M, diversity and ubiquity from the definitions', () => {
    const s = productSpace(data);
    // Totals: A 100, B 100, C 100; P1 70, P2 110, P3 120; all 300.
    expect(s.rca[0]![0]).toBeCloseTo(0.6 / (70 / 300), 12);
    expect(s.rca[1]![1]).toBeCloseTo(0.8 / (110 / 300), 12);
    expect(s.m).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(s.diversity).toEqual([1, 1, 1]);
    expect(s.ubiquity).toEqual([1, 1, 1]);
    expect(s.franceExports).toEqual([70, 110, 120]);
  });

  it('computes proximity and density on a hand-made M', () => {
    const m = [
      [1, 1, 0],
      [1, 1, 1],
      [0, 0, 1],
    ];
    const phi = proximity(m, [2, 2, 2]);
    expect(phi).toEqual([
      [0, 1, 0.5],
      [1, 0, 0.5],
      [0.5, 0.5, 0],
    ]);
    // Row C: has P3 only. ω[P1] = (0·1 + 1·0.5) / 1.5 = 1/3; ω[P3] = 0 / 1.
    const w = density(m[2]!, phi);
    expect(w[0]).toBeCloseTo(1 / 3, 12);
    expect(w[2]).toBe(0);
    expect(
      density(
        [1, 0],
        [
          [0, 0],
          [0, 0],
        ],
      ),
    ).toEqual([null, null]);
  });

  it('keeps density in [0, 1] (property)', () => {
    const matrix = fc.array(fc.array(fc.constantFrom(0, 1), { minLength: 5, maxLength: 5 }), {
      minLength: 2,
      maxLength: 8,
    });
    fc.assert(
      fc.property(matrix, (m) => {
        const kp = m[0]!.map((_, p) => m.reduce<number>((s, row) => s + row[p]!, 0));
        const phi = proximity(m, kp);
        for (const row of m)
          for (const w of density(row, phi)) if (w != null) expect(w >= 0 && w <= 1 + 1e-12).toBe(true);
      }),
    );
  });
});

describe('related and complexityOf', () => {
  // M: A {P1, P2}, B {P1, P2, P3}, C {P3}, D {P4}; φ[P1,P2] = 1, φ[P1,P3] = φ[P2,P3] = 0.5, P4 apart.
  const four = exports({
    A: { P1: 50, P2: 50 },
    B: { P1: 30, P2: 30, P3: 40 },
    C: { P3: 90, P4: 10 },
    D: { P4: 100 },
  });

  it('lists the activities without advantage by density, then French exports, then code', () => {
    const all = departementSpace(four);
    expect(productSpace(four).m).toEqual([
      [1, 1, 0, 0],
      [1, 1, 1, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ]);
    const a = related(all, 'A', labels)!;
    expect(a.map((r) => [r.product, r.density, r.france_exports_eur])).toEqual([['P3', 1, 130]]);
    const c = related(all, 'C', labels)!;
    expect(c.map((r) => r.product)).toEqual(['P1', 'P2']);
    expect(c[0]!.density).toBeCloseTo(1 / 3, 12);
    expect(c[0]!.rca).toBe(0);
    expect(related(all, 'ZZ', labels)).toBeNull();
  });

  it('ranks the ECI among départements, 1 = highest, with diversity', () => {
    // A connected product space (`four` has two parts, {A, B, C} and {D}: eigenvalue 1 twice, and
    // A, B, C an equal ECI but for rounding). M: A {P1, P2}, B {P1, P2, P3}, C {P3, P4}, D {P4}.
    const chain = exports({
      A: { P1: 50, P2: 50 },
      B: { P1: 30, P2: 30, P3: 40 },
      C: { P3: 50, P4: 50 },
      D: { P4: 100 },
    });
    const all = departementSpace(chain);
    const figures = ['A', 'B', 'C', 'D'].map((d) => complexityOf(all, d)!);
    expect(figures.map((f) => [f.rank_in_france, f.of_france, f.diversity])).toEqual([
      [1, 4, 2],
      [2, 4, 3],
      [3, 4, 2],
      [4, 4, 1],
    ]);
    expect(figures.map((f) => f.eci)).toEqual(
      [1.152626, 0.774597, -0.636228, -1.290994].map((x) => expect.closeTo(x, 6)),
    );
    expect(complexityOf(all, 'ZZ')).toBeNull();
  });
});
