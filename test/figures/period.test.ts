import { describe, expect, it } from 'vitest';
import { departementTotals, enclosingTotals } from '../../src/figures/enclosing.js';
import { chosenYear, lacksQuarters, quartersByFlow, storedQuarters, yearPeriod } from '../../src/figures/period.js';
import { periodRows, TerritoryRows } from '../../src/figures/territory-rows.js';
import type { Period } from '../../src/model/period.js';
import { encodedKeys, type QuarterTotal, type TradeCube } from '../../src/model/trade.js';
import { departementByDgddi, regionByCode } from '../../src/reference/territories.js';

const total = (flow: 'E' | 'I', dept: string, year: number, quarter: number, value: number): QuarterTotal => ({
  flow,
  dept,
  year,
  quarter,
  value,
});

// Loire (42) and Rhône (69) in Auvergne-Rhône-Alpes, Paris (75) elsewhere; 2023 has only T4.
const totals: QuarterTotal[] = [
  total('E', '42', 2024, 1, 100),
  total('E', '42', 2024, 2, 50),
  total('I', '42', 2024, 2, 30),
  total('E', '69', 2024, 1, 200),
  total('I', '75', 2024, 3, 1000),
  total('E', '42', 2023, 4, 7),
];

describe('periods', () => {
  it('lists the stored quarters once each, in time order', () => {
    expect(storedQuarters(totals)).toEqual([
      { year: 2023, quarter: 4 },
      { year: 2024, quarter: 1 },
      { year: 2024, quarter: 2 },
      { year: 2024, quarter: 3 },
    ]);
  });

  it('takes the quarters of a year the store holds, even fewer than four', () => {
    const stored = storedQuarters(totals);
    expect(yearPeriod(2024, stored).quarters.map((q) => q.quarter)).toEqual([1, 2, 3]);
    expect(yearPeriod(2023, stored)).toEqual({ year: 2023, quarters: [{ year: 2023, quarter: 4 }] });
    expect(yearPeriod(2019, stored).quarters).toEqual([]);
  });

  it('says which quarters each flow has in the period', () => {
    expect(quartersByFlow(totals, yearPeriod(2024, storedQuarters(totals)))).toEqual({ E: [1, 2], I: [2, 3] });
  });
});

describe('the year read by default', () => {
  const fullYear = (year: number, quarters = [1, 2, 3, 4]): QuarterTotal[] =>
    (['E', 'I'] as const).flatMap((flow) => quarters.map((q) => total(flow, '42', year, q, 1)));

  it('is the latest year with all four quarters of both flows, not a later partial one', () => {
    expect(chosenYear([...fullYear(2023), ...fullYear(2024), ...fullYear(2025, [1, 2])])).toBe(2024);
    // A year with exports in one quarter only is not complete either.
    expect(chosenYear([...fullYear(2023), ...fullYear(2024), total('E', '42', 2025, 4, 1)])).toBe(2024);
  });

  it('is the latest year when none is complete, and the one asked for when the store has it', () => {
    expect(chosenYear(totals)).toBe(2024);
    expect(chosenYear(totals, 2023)).toBe(2023);
  });

  it('is refused in French when the store has no line of it, or none at all', () => {
    expect(() => chosenYear(totals, 2019)).toThrow(
      'aucune donnée pour 2019 dans la base (années disponibles : 2023, 2024).',
    );
    expect(() => chosenYear([])).toThrow('la base ne contient aucune donnée');
  });
});

describe('enclosing totals', () => {
  const period: Period = { year: 2024, quarters: [1, 2, 3, 4].map((quarter) => ({ year: 2024, quarter })) };
  const byDept = departementTotals(totals, period);

  it('sum each département over the period only', () => {
    expect(byDept.get('42')).toEqual({ E: 150, I: 30 });
    expect(byDept.get('75')).toEqual({ E: 0, I: 1000 });
  });

  it("give a département its région's and France's totals, a région France's, France none", () => {
    const loire = { kind: 'departement' as const, departement: departementByDgddi('42')! };
    expect(enclosingTotals(loire, byDept)).toEqual({ region: { E: 350, I: 30 }, france: { E: 350, I: 1030 } });
    expect(enclosingTotals({ kind: 'region', region: regionByCode('84')! }, byDept)).toEqual({
      region: null,
      france: { E: 350, I: 1030 },
    });
    expect(enclosingTotals({ kind: 'france' }, byDept)).toEqual({ region: null, france: null });
  });
});

describe('territory rows of a cube', () => {
  const periods: Period[] = [
    { year: 2024, quarters: [{ year: 2024, quarter: 1 }] },
    { year: 2023, quarters: [{ year: 2023, quarter: 1 }] },
  ];
  const cube: TradeCube = {
    periods,
    ...encodedKeys({
      flow: ['E', 'E', 'I', 'E'],
      dept: ['42', '69', '42', '75'],
      a129: ['C29A', 'C29A', 'C10A', 'C29A'],
      country: ['DE', 'DE', 'US', 'DE'],
    }),
    values: [Float64Array.from([10, 20, 0, 40]), Float64Array.from([1, NaN, NaN, NaN])],
  };

  it("keeps a period's rows, a zero value included, and drops those it has no line for", () => {
    expect(periodRows(cube, 0).map((r) => r.value)).toEqual([10, 20, 0, 40]);
    expect(periodRows(cube, 1)).toEqual([{ flow: 'E', dept: '42', a129: 'C29A', country: 'DE', value: 1 }]);
  });

  it('gives a département its rows and merges a région and France across their départements', () => {
    const rows = new TerritoryRows(cube);
    expect(rows.rows({ kind: 'departement', departement: departementByDgddi('42')! }, 0)).toHaveLength(2);
    const region = rows.rows({ kind: 'region', region: regionByCode('84')! }, 0);
    expect(region.find((r) => r.flow === 'E')).toEqual({
      flow: 'E',
      dept: 'region:84',
      a129: 'C29A',
      country: 'DE',
      value: 30,
    });
    expect(
      rows
        .rows({ kind: 'france' }, 0)
        .filter((r) => r.flow === 'E')
        .map((r) => r.value),
    ).toEqual([70]);
    expect(rows.rows({ kind: 'france' }, 1).map((r) => r.value)).toEqual([1]);
  });
});

describe('a flow lacking quarters', () => {
  it('makes a period partial, quarter by quarter and year by year', () => {
    const window: Period = {
      year: null,
      quarters: [
        { year: 2023, quarter: 4 },
        { year: 2024, quarter: 1 },
      ],
    };
    const both = (year: number, quarter: number) => [
      total('E', '42', year, quarter, 1),
      total('I', '42', year, quarter, 1),
    ];
    expect(lacksQuarters([...both(2023, 4), ...both(2024, 1)], window)).toBe(false);
    expect(lacksQuarters([...both(2023, 4), total('E', '42', 2024, 1, 1), ...both(2022, 1)], window)).toBe(true);
  });
});
