// Quarterly and rolling four-quarter series (issue 22 point 4), and the base period of --compare-to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basePeriod, bothFlowQuarters } from '../../src/figures/period.js';
import { quarterSeries } from '../../src/figures/quarter-series.js';
import type { QuarterTotal } from '../../src/model/trade.js';

const t = (flow: 'E' | 'I', dept: string, year: number, quarter: number, value: number): QuarterTotal => ({
  flow,
  dept,
  year,
  quarter,
  value,
});

describe('quarterSeries', () => {
  // 2023-T3 … 2024-T4 for both flows, the Loire and the Rhône; 2025-T1 exports only.
  const totals: QuarterTotal[] = [];
  const quarters = [
    [2023, 3],
    [2023, 4],
    [2024, 1],
    [2024, 2],
    [2024, 3],
    [2024, 4],
  ] as const;
  quarters.forEach(([y, q], i) => {
    totals.push(t('E', '42', y, q, 10 * (i + 1)), t('I', '42', y, q, 100 * (i + 1)), t('E', '69', y, q, 1000));
    totals.push(t('I', '69', y, q, 1));
  });
  totals.push(t('E', '42', 2025, 1, 7));

  it("sums a territory's départements quarter by quarter, over the quarters both flows cover", () => {
    const s = quarterSeries(totals, new Set(['42']), bothFlowQuarters(totals));
    expect(s.quarters.map((q) => q.period)).toEqual(['2023-T3', '2023-T4', '2024-T1', '2024-T2', '2024-T3', '2024-T4']);
    expect(s.quarters[2]).toEqual({ period: '2024-T1', exports_eur: 30, imports_eur: 300 });
    const france = quarterSeries(totals, null, bothFlowQuarters(totals));
    expect(france.quarters[0]).toEqual({ period: '2023-T3', exports_eur: 1010, imports_eur: 101 });
  });

  it('gives a rolling window for each quarter with its three predecessors, across the year end', () => {
    const s = quarterSeries(totals, new Set(['42']), bothFlowQuarters(totals));
    expect(s.rolling).toEqual([
      { period: '2024-T2', from: '2023-T3', exports_eur: 10 + 20 + 30 + 40, imports_eur: 1000 },
      { period: '2024-T3', from: '2023-T4', exports_eur: 20 + 30 + 40 + 50, imports_eur: 1400 },
      { period: '2024-T4', from: '2024-T1', exports_eur: 30 + 40 + 50 + 60, imports_eur: 1800 },
    ]);
  });

  it('never lets a window span a missing quarter', () => {
    const held = bothFlowQuarters(totals).filter((q) => !(q.year === 2024 && q.quarter === 1));
    expect(quarterSeries(totals, new Set(['42']), held).rolling.map((r) => r.period)).toEqual([]);
  });

  it('each rolling value is the sum of its four quarters (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 4, maxLength: 16 }), (values) => {
        const rows = values.flatMap((v, i) => {
          const year = 2020 + Math.floor(i / 4);
          const quarter = (i % 4) + 1;
          return [t('E', '42', year, quarter, v), t('I', '42', year, quarter, 2 * v)];
        });
        const s = quarterSeries(rows, null, bothFlowQuarters(rows));
        expect(s.rolling).toHaveLength(values.length - 3);
        s.rolling.forEach((r, k) => {
          const sum = values.slice(k, k + 4).reduce((a, b) => a + b, 0);
          expect(r.exports_eur).toBe(sum);
          expect(r.imports_eur).toBe(2 * sum);
        });
      }),
    );
  });
});

describe('basePeriod (--compare-to)', () => {
  const held = [2019, 2020, 2023, 2024].flatMap((year) => [1, 2, 3, 4].map((quarter) => ({ year, quarter })));
  const year2024 = { year: 2024, quarters: [1, 2, 3, 4].map((quarter) => ({ year: 2024, quarter })) };

  it('takes the same quarters of the year asked for', () => {
    expect(basePeriod(year2024, held, 2019)).toEqual({
      year: 2019,
      quarters: [1, 2, 3, 4].map((quarter) => ({ year: 2019, quarter })),
    });
  });

  it('dates a window by its last quarter', () => {
    const window = {
      year: null,
      quarters: [
        { year: 2023, quarter: 3 },
        { year: 2023, quarter: 4 },
        { year: 2024, quarter: 1 },
        { year: 2024, quarter: 2 },
      ],
    };
    expect(basePeriod(window, held, 2020).quarters).toEqual([
      { year: 2019, quarter: 3 },
      { year: 2019, quarter: 4 },
      { year: 2020, quarter: 1 },
      { year: 2020, quarter: 2 },
    ]);
  });

  it('refuses a year not earlier, or one the store lacks, naming the quarters', () => {
    expect(() => basePeriod(year2024, held, 2024)).toThrow('--compare-to 2024 : choisissez une année antérieure');
    expect(() => basePeriod(year2024, held, 2021)).toThrow("la base n'a pas T1 2021, T2 2021, T3 2021, T4 2021");
  });
});
