import { describe, expect, it } from 'vitest';
import { positionOverTime } from '../../../src/figures/position/over-time.js';
import { rankTable, tradeSums, type PositionBase } from '../../../src/figures/position/position.js';
import { labels, row } from '../fixtures.js';

const loire = { kind: 'departement' as const, code: '42' };
const base = (exports42: number, exports69: number, franceRows: ReturnType<typeof row>[]): PositionBase => ({
  ranks: rankTable(
    [
      { code: '42', region: '84', exports: exports42, imports: 10 },
      { code: '69', region: '84', exports: exports69, imports: 10 },
    ],
    [{ code: '84', exports: exports42 + exports69, imports: 20 }],
  ),
  france: tradeSums(franceRows),
});

// 2024: Loire exports 100 (40 to the US), imports C26A from CN (60) and TW (40).
const now = [
  row('E', 'C24A', 'US', 40),
  row('E', 'C10A', 'DE', 60),
  row('I', 'C26A', 'CN', 60),
  row('I', 'C26A', 'TW', 40),
];
// 2023: exports 50 (10 to the US), no C10A; C26A imports from CN only (20).
const then = [row('E', 'C24A', 'US', 10), row('E', 'C24A', 'DE', 40), row('I', 'C26A', 'CN', 20)];
const rhone = [row('E', 'C10A', 'DE', 300, '69'), row('E', 'C21Z', 'US', 100, '69')];
const rhoneThen = [row('E', 'C21Z', 'US', 450, '69')];

describe('positionOverTime', () => {
  const p = positionOverTime(
    loire,
    tradeSums(now),
    base(100, 400, [...now, ...rhone]),
    { sums: tradeSums(then), base: base(50, 450, [...then, ...rhoneThen]) },
    labels,
  );

  it('gives the rank and the concentration of the previous period beside the current ones', () => {
    expect(p.rank).toMatchObject({ exports: { in_france: 2 }, previous: { exports: { in_france: 2, of_france: 2 } } });
    expect(p.concentration.exports.partners_hhi).toBeCloseTo(0.52, 12);
    expect(p.concentration.exports.previous!.partners_hhi).toBeCloseTo(0.68, 12);
    expect(p.concentration.imports.previous).toEqual({
      partners_hhi: 1,
      products_hhi: 1,
      equivalent_partners: 1,
      equivalent_products: 1,
    });
  });

  it("says whether exposure grew: the territory's and France's shares, and each activity's", () => {
    const us = p.exposure.united_states!;
    expect(us).toMatchObject({
      exports_eur: 40,
      share_of_exports: 0.4,
      previous: { exports_eur: 10, share_of_exports: 0.2 },
    });
    expect(us.previous!.france_share_of_exports).toBeCloseTo(460 / 500, 12);
    expect(us.products).toEqual([
      {
        code: 'C24A',
        name: 'Activité C24A',
        value_eur: 40,
        share_of_product_exports: 1,
        previous: { value_eur: 10, share_of_product_exports: 0.2 },
      },
    ]);
  });

  it('counts an activity absent from the previous period as zero there', () => {
    const food = p.specialisation.exports.find((e) => e.code === 'C10A')!;
    expect(food.previous).toEqual({ share: 0, france_share: 0, index: null });
    const steel = p.specialisation.exports.find((e) => e.code === 'C24A')!;
    expect(steel.previous!.share).toBe(1);
    expect(steel.previous!.france_share).toBeCloseTo(50 / 500, 12);
    expect(steel.previous!.index).toBeCloseTo(10, 12);
  });

  it("gives a dependency its partner's previous share of the activity's imports", () => {
    expect(p.dependencies.imports).toEqual([
      {
        product: 'C26A',
        name: 'Activité C26A',
        country: 'CN',
        country_name: 'Pays CN',
        share: 0.6,
        value_eur: 60,
        previous: { share: 1, value_eur: 20 },
      },
    ]);
  });

  it('leaves every previous value null without a previous period', () => {
    const alone = positionOverTime(loire, tradeSums(now), base(100, 400, [...now, ...rhone]), null, labels);
    expect(alone.rank!.previous).toBeNull();
    expect(alone.concentration.exports.previous).toBeNull();
    expect(alone.specialisation.exports.every((e) => e.previous === null)).toBe(true);
    expect(alone.exposure.united_states!.previous).toBeNull();
    expect(alone.exposure.united_states!.products[0]!.previous).toBeNull();
    expect(alone.dependencies.imports[0]!.previous).toBeNull();
  });

  it('has no France comparison for France itself, then as now', () => {
    const fr = { kind: 'france' as const, code: 'FR' };
    const b = base(100, 400, [...now, ...rhone]);
    const f = positionOverTime(
      fr,
      tradeSums([...now, ...rhone]),
      b,
      { sums: tradeSums([...then, ...rhoneThen]), base: base(50, 450, [...then, ...rhoneThen]) },
      labels,
    );
    expect(f.rank).toBeNull();
    expect(f.exposure.united_states).toMatchObject({
      france_share_of_exports: null,
      previous: { france_share_of_exports: null },
    });
    expect(f.exposure.united_states!.previous!.share_of_exports).toBeCloseTo(460 / 500, 12);
  });
});
