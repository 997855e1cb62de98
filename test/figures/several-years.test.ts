// The change-over-time figures on small hand-made data over several years: a year missing in the
// middle, a partial last year, a code seen only in the second year, a zero previous value, and a
// window of four quarters across two years.
import { describe, expect, it } from 'vitest';
import { changeRate } from '../../src/figures/change.js';
import { activities } from '../../src/figures/activities.js';
import { history } from '../../src/figures/history.js';
import { labelsValidIn } from '../../src/figures/labels.js';
import { movers } from '../../src/figures/movers.js';
import { partners } from '../../src/figures/partners.js';
import { tradeSums } from '../../src/figures/position/sums.js';
import { lastQuartersPeriod, periodRef, previousPeriod, storedQuarters, yearPeriod } from '../../src/figures/period.js';
import { flowTotal } from '../../src/figures/totals.js';
import type { QuarterTotal } from '../../src/model/trade.js';
import { UserError } from '../../src/errors.js';
import { labels, row } from './fixtures.js';

const quarters = (year: number, ...qs: number[]) => qs.map((quarter) => ({ year, quarter }));
const total = (flow: 'E' | 'I', dept: string, year: number, quarter: number, value: number): QuarterTotal => ({
  flow,
  dept,
  year,
  quarter,
  value,
});

// 2020 and 2022–2024 complete, 2021 missing, 2025 with T1 and T2 only.
const stored = [
  ...quarters(2020, 1, 2, 3, 4),
  ...quarters(2022, 1, 2, 3, 4),
  ...quarters(2023, 1, 2, 3, 4),
  ...quarters(2024, 1, 2, 3, 4),
  ...quarters(2025, 1, 2),
];

describe('previous period', () => {
  it('is the same quarters one year earlier', () => {
    expect(previousPeriod(yearPeriod(2024, stored), stored)).toEqual({
      year: 2023,
      quarters: quarters(2023, 1, 2, 3, 4),
    });
  });

  it('compares a partial last year with the same quarters, never with a full year', () => {
    const p = yearPeriod(2025, stored);
    expect(periodRef(p)).toEqual({ from: '2025-T1', to: '2025-T2' });
    expect(previousPeriod(p, stored)).toEqual({ year: 2024, quarters: quarters(2024, 1, 2) });
  });

  it('is null after a missing year, and before the first one', () => {
    expect(previousPeriod(yearPeriod(2022, stored), stored)).toBeNull();
    expect(previousPeriod(yearPeriod(2020, stored), stored)).toBeNull();
  });

  it('is null when the year before lacks one of the quarters', () => {
    const gappy = stored.filter((q) => !(q.year === 2023 && q.quarter === 2));
    expect(previousPeriod(yearPeriod(2024, gappy), gappy)).toBeNull();
  });
});

describe('the latest quarters', () => {
  it('span two years, and compare with the same four quarters a year earlier', () => {
    const window = lastQuartersPeriod(4, stored);
    expect(window).toEqual({ year: null, quarters: [...quarters(2024, 3, 4), ...quarters(2025, 1, 2)] });
    expect(periodRef(window)).toEqual({ from: '2024-T3', to: '2025-T2' });
    expect(previousPeriod(window, stored)).toEqual({
      year: null,
      quarters: [...quarters(2023, 3, 4), ...quarters(2024, 1, 2)],
    });
  });

  it('refuse a run of quarters with a hole, naming what is missing', () => {
    expect(() =>
      lastQuartersPeriod(
        8,
        stored.filter((q) => !(q.year === 2024 && q.quarter === 1)),
      ),
    ).toThrow(UserError);
    expect(() => lastQuartersPeriod(20, stored)).toThrow(/2021-T1, 2021-T2, 2021-T3, 2021-T4/);
  });

  it('are read from the stored quarters in time order', () => {
    expect(
      storedQuarters([total('E', '42', 2025, 2, 1), total('I', '42', 2024, 4, 1), total('E', '69', 2025, 2, 1)]),
    ).toEqual([...quarters(2024, 4), ...quarters(2025, 2)]);
  });
});

describe('change rate', () => {
  it('is the relative change on the previous value', () => {
    expect(changeRate(110, 100)).toBeCloseTo(0.1, 12);
    expect(changeRate(50, 100)).toBe(-0.5);
    expect(changeRate(0, 100)).toBe(-1);
  });

  it('is null, not 0 nor infinite, without a previous value or with a zero one', () => {
    expect(changeRate(100, null)).toBeNull();
    expect(changeRate(100, 0)).toBeNull();
    expect(changeRate(0, 0)).toBeNull();
    expect(flowTotal(100, null, null, 0)).toEqual({
      total_eur: 100,
      share_of_region: null,
      share_of_france: null,
      previous_eur: 0,
      change_rate: null,
    });
    expect(flowTotal(120, 1000, null, 100).change_rate).toBeCloseTo(0.2, 12);
  });
});

describe('history', () => {
  const totals = [
    total('E', '42', 2020, 1, 10),
    total('I', '42', 2020, 1, 4),
    total('E', '69', 2020, 2, 100),
    total('E', '42', 2022, 1, 20),
    total('E', '42', 2025, 1, 30),
    total('I', '42', 2025, 2, 5),
  ];

  it('gives every year in the store, ascending, with the quarters the store holds', () => {
    expect(history(totals, new Set(['42']))).toEqual([
      { year: 2020, exports_eur: 10, imports_eur: 4, quarters: 2 },
      { year: 2022, exports_eur: 20, imports_eur: 0, quarters: 1 },
      { year: 2025, exports_eur: 30, imports_eur: 5, quarters: 2 },
    ]);
  });

  it('keeps a year where the territory has no trade, at zero', () => {
    expect(history(totals, new Set(['69']))).toEqual([
      { year: 2020, exports_eur: 100, imports_eur: 0, quarters: 2 },
      { year: 2022, exports_eur: 0, imports_eur: 0, quarters: 1 },
      { year: 2025, exports_eur: 0, imports_eur: 0, quarters: 2 },
    ]);
  });

  it('sums every département for France', () => {
    expect(history(totals, null)[0]).toEqual({ year: 2020, exports_eur: 110, imports_eur: 4, quarters: 2 });
  });

  it('sums the départements of a région, with any order of calls on the same totals', () => {
    const region = history(totals, new Set(['69', '42', '01']));
    expect(region.map((y) => [y.year, y.exports_eur, y.imports_eur])).toEqual([
      [2020, 110, 4],
      [2022, 20, 0],
      [2025, 30, 5],
    ]);
    expect(history(totals, new Set(['01']))[2]).toEqual({ year: 2025, exports_eur: 0, imports_eur: 0, quarters: 2 });
    // Totals read again (another array): indexed afresh.
    expect(history([...totals, total('E', '01', 2025, 3, 7)], new Set(['01']))[2]).toEqual({
      year: 2025,
      exports_eur: 7,
      imports_eur: 0,
      quarters: 3,
    });
  });
});

// 2023 → 2024: DE falls, US rises, XK appears only in 2024 (zero before), IT disappears.
const before = [
  row('E', 'C29A', 'DE', 100),
  row('E', 'C10A', 'US', 50),
  row('E', 'C10A', 'IT', 30),
  row('I', 'C29A', 'CN', 0),
];
const now = [
  row('E', 'C29A', 'DE', 60),
  row('E', 'C10A', 'US', 80),
  row('E', 'C29A', 'XK', 25),
  row('I', 'C29A', 'CN', 40),
];

describe('previous values of partners and activities', () => {
  it('give each listed partner its previous exports and imports, zero for a code absent then', () => {
    const list = partners(tradeSums(now), labels, 10, tradeSums(before));
    expect(list.map((p) => [p.country, p.previous?.exports_eur, p.previous?.imports_eur])).toEqual([
      ['US', 50, 0],
      ['DE', 100, 0],
      ['CN', 0, 0],
      ['XK', 0, 0],
    ]);
  });

  it('give each activity its previous value', () => {
    expect(
      activities(tradeSums(now), 'E', labels, tradeSums(before)).map((a) => [
        a.code,
        a.value_eur,
        a.previous?.value_eur,
      ]),
    ).toEqual([
      ['C29A', 85, 100],
      ['C10A', 80, 80],
    ]);
  });

  it('are null throughout without a previous period', () => {
    expect(partners(tradeSums(now), labels)[0]).toMatchObject({ previous: null });
    expect(activities(tradeSums(now), 'E', labels)[0]!.previous).toBeNull();
  });
});

describe('movers', () => {
  const byCountry = (flow: 'E' | 'I', previous = before) =>
    movers(now, previous, flow, (r) => r.country, labels.country);

  it('list the largest rises first and the largest falls first, in euros', () => {
    expect(byCountry('E')).toEqual({
      gains: [
        { code: 'US', name: 'Pays US', value_eur: 80, previous_eur: 50, change_eur: 30 },
        { code: 'XK', name: 'Pays XK', value_eur: 25, previous_eur: 0, change_eur: 25 },
      ],
      losses: [
        { code: 'DE', name: 'Pays DE', value_eur: 60, previous_eur: 100, change_eur: -40 },
        { code: 'IT', name: 'Pays IT', value_eur: 0, previous_eur: 30, change_eur: -30 },
      ],
    });
  });

  it('count a rise from a zero previous value, and leave unchanged codes out', () => {
    expect(byCountry('I').gains).toEqual([
      { code: 'CN', name: 'Pays CN', value_eur: 40, previous_eur: 0, change_eur: 40 },
    ]);
    const activity = movers(
      now,
      before,
      'E',
      (r) => r.a129,
      (c) => labels.activity(c).name,
    );
    expect(activity).toEqual({
      gains: [],
      losses: [{ code: 'C29A', name: 'Activité C29A', value_eur: 85, previous_eur: 100, change_eur: -15 }],
    });
  });

  it('keep five of each, ties by code, and are empty without a previous period', () => {
    const many = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF'].map((c) => row('E', 'C29A', c, 10));
    expect(movers(many, [], 'E', (r) => r.country, labels.country).gains.map((m) => m.code)).toEqual([
      'AA',
      'BB',
      'CC',
      'DD',
      'EE',
    ]);
    expect(movers(now, null, 'E', (r) => r.country, labels.country)).toEqual({ gains: [], losses: [] });
  });
});

describe('labels valid in a period', () => {
  const rows = [
    { code: 'ZZ', label: 'Ancien nom', validFrom: '201501', validTo: '202312' },
    { code: 'ZZ', label: 'Nouveau nom', validFrom: '202401', validTo: '999912' },
    { code: 'YY', label: 'Disparu', validFrom: '201501', validTo: '201912' },
  ];

  it('take the label valid in each year', () => {
    expect(labelsValidIn(rows, yearPeriod(2023, stored)).get('ZZ')).toBe('Ancien nom');
    expect(labelsValidIn(rows, yearPeriod(2024, stored)).get('ZZ')).toBe('Nouveau nom');
  });

  it('take the latest one valid somewhere in a window across the change', () => {
    expect(
      labelsValidIn(rows, { year: null, quarters: [...quarters(2023, 3, 4), ...quarters(2024, 1, 2)] }).get('ZZ'),
    ).toBe('Nouveau nom');
  });

  it('keep the latest label of a code retired before the period', () => {
    expect(labelsValidIn(rows, yearPeriod(2024, stored)).get('YY')).toBe('Disparu');
  });
});
