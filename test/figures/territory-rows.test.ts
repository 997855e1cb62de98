// A cube's rows by territory: the rows are those of the cube in its order (a région's and France's
// merged as mergedRows (fixtures.ts) does), and rowSums of them, taken from the cube's ids, is tradeSums
// of the rows themselves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CubeRow } from '../../src/figures/cube.js';
import { rowSums, tradeSums, type TradeSums } from '../../src/figures/position/sums.js';
import { periodRows, TerritoryRows } from '../../src/figures/territory-rows.js';
import { encodedKeys, type TradeCube } from '../../src/model/trade.js';
import { departementByDgddi, regionByCode, type ResolvedTerritory } from '../../src/reference/territories.js';
import { mergedRows, row } from './fixtures.js';

const period = (year: number) => ({ year, quarters: [{ year, quarter: 1 }] });

function seen(s: TradeSums): unknown {
  return (['E', 'I'] as const).map((f) => [
    s[f].total,
    [...s[f].byCountry],
    [...s[f].byActivity],
    [...s[f].byActivityCountry].map(([a, m]) => [a, [...m]]),
  ]);
}

const arbRow = fc.record({
  flow: fc.constantFrom<'E' | 'I'>('E', 'I'),
  dept: fc.constantFrom('42', '69', '01', '75', '20'),
  a129: fc.constantFrom('C29A', 'C24A', 'A01Z'),
  country: fc.constantFrom('DE', 'US', 'IT', 'CN'),
  values: fc.tuple(
    fc.oneof(fc.double({ min: -10, max: 1e9, noNaN: true }), fc.constant(NaN)),
    fc.oneof(fc.integer({ min: -10, max: 1e9 }), fc.constant(NaN)),
  ),
});

describe('TerritoryRows', () => {
  it('sums the départements’ rows of one flow, activity and country into one row of the région', () => {
    const rows = [
      row('E', 'C29A', 'DE', 10, '42'),
      row('E', 'C29A', 'DE', 5, '69'),
      row('I', 'C29A', 'DE', 7, '69'),
      row('E', 'C24A', 'DE', 1, '42'),
      row('E', 'C29A', 'IT', 2, '01'),
      row('E', 'C29A', 'DE', 3, '42'),
      row('E', 'C29A', 'DE', 100, '75'),
    ];
    const cube: TradeCube = {
      periods: [period(2024)],
      ...encodedKeys({
        flow: rows.map((r) => r.flow),
        dept: rows.map((r) => r.dept),
        a129: rows.map((r) => r.a129),
        country: rows.map((r) => r.country),
      }),
      values: [Float64Array.from(rows, (r) => r.value)],
    };
    const region = new TerritoryRows(cube).rows({ kind: 'region', region: regionByCode('84')! }, 0);
    // The région's départements in their reference order (01, …, 42, …, 69), first-seen keys.
    expect(region).toEqual([
      { flow: 'E', dept: 'region:84', a129: 'C29A', country: 'IT', value: 2 },
      { flow: 'E', dept: 'region:84', a129: 'C29A', country: 'DE', value: 18 },
      { flow: 'E', dept: 'region:84', a129: 'C24A', country: 'DE', value: 1 },
      { flow: 'I', dept: 'region:84', a129: 'C29A', country: 'DE', value: 7 },
    ]);
  });

  const territories: ResolvedTerritory[] = [
    ...['42', '69', '75', '20', '13'].map((d) => ({
      kind: 'departement' as const,
      departement: departementByDgddi(d)!,
    })),
    { kind: 'region', region: regionByCode('84')! },
    { kind: 'region', region: regionByCode('94')! },
    { kind: 'france' },
  ];

  it('gives each territory the rows of the cube, merged for a région and France, and their tradeSums (property)', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), (input) => {
        const cube: TradeCube = {
          periods: [period(2024), period(2023)],
          ...encodedKeys({
            flow: input.map((r) => r.flow),
            dept: input.map((r) => r.dept),
            a129: input.map((r) => r.a129),
            country: input.map((r) => r.country),
          }),
          values: [0, 1].map((p) => Float64Array.from(input, (r) => r.values[p]!)),
        };
        const index = new TerritoryRows(cube);
        for (const p of [0, 1]) {
          const all: CubeRow[] = input.flatMap((r) =>
            Number.isNaN(r.values[p]!)
              ? []
              : [{ flow: r.flow, dept: r.dept, a129: r.a129, country: r.country, value: r.values[p]! }],
          );
          expect(periodRows(cube, p)).toEqual(all);
          for (const t of territories) {
            const expected =
              t.kind === 'departement'
                ? all.filter((r) => r.dept === t.departement.dgddi)
                : t.kind === 'region'
                  ? mergedRows(
                      t.region.departements.flatMap((d) => all.filter((r) => r.dept === d)),
                      `region:${t.region.code}`,
                    )
                  : mergedRows(all, 'FR');
            const rows = index.rows(t, p);
            expect(rows).toEqual(expected);
            expect(seen(rowSums(rows))).toEqual(seen(tradeSums(expected)));
            expect(index.rows(t, p)).toBe(rows);
          }
          expect(index.named('nowhere', p)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
