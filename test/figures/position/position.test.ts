import { describe, expect, it } from 'vitest';
import { position, rankTable, tradeSums } from '../../../src/figures/position/position.js';
import { labels, row } from '../fixtures.js';

const loire = [row('E', 'C24A', 'US', 30), row('E', 'C10A', 'DE', 70), row('I', 'C26A', 'CN', 10)];
const rhone = [row('E', 'C10A', 'DE', 800, '69'), row('E', 'C21Z', 'US', 100, '69'), row('I', 'C26A', 'DE', 90, '69')];
const base = {
  ranks: rankTable(
    [
      { code: '42', region: '84', exports: 100, imports: 10 },
      { code: '69', region: '84', exports: 900, imports: 90 },
    ],
    [{ code: '84', exports: 1000, imports: 100 }],
  ),
  france: tradeSums([...loire, ...rhone]),
};

describe('position', () => {
  it('gathers every indicator of a territory, the United States by default', () => {
    const p = position({ kind: 'departement', code: '42' }, tradeSums(loire), base, labels);
    expect(p.rank?.exports).toEqual({ in_france: 2, of_france: 2, in_region: 2, of_region: 2 });
    expect(p.concentration.exports.equivalent_partners).toBeCloseTo(1 / (0.3 ** 2 + 0.7 ** 2), 12);
    expect(p.specialisation.exports[0]).toMatchObject({ code: 'C24A', share: 0.3, france_share: 0.03 });
    expect(Object.keys(p.exposure)).toEqual(['united_states', 'CN']);
    expect(p.exposure.united_states).toMatchObject({
      exports_eur: 30,
      share_of_exports: 0.3,
      france_share_of_exports: 0.13,
    });
    expect(p.dependencies.imports).toEqual([
      { product: 'C26A', name: 'Activité C26A', country: 'CN', country_name: 'Pays CN', share: 1, value_eur: 10 },
    ]);
  });

  it('keys any other partner by its code', () => {
    const p = position({ kind: 'departement', code: '42' }, tradeSums(loire), base, labels, ['US', 'CN']);
    expect(Object.keys(p.exposure)).toEqual(['united_states', 'CN']);
    expect(p.exposure.CN).toMatchObject({ partner: 'CN', exports_eur: 0, share_of_exports: 0, products: [] });
  });

  it('gives France no rank and no comparison with itself', () => {
    const p = position({ kind: 'france', code: 'FR' }, base.france, base, labels);
    expect(p.rank).toBeNull();
    expect(p.exposure.united_states!.france_share_of_exports).toBeNull();
    expect(p.specialisation.exports.every((e) => e.index === 1)).toBe(true);
  });
});
