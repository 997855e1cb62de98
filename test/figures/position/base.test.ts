import { describe, expect, it } from 'vitest';
import { franceSums, positionBase, positionOf, rankInputs, rankKey } from '../../../src/figures/position/base.js';
import { tradeSums } from '../../../src/figures/position/sums.js';
import { departements, regionOfDepartement } from '../../../src/reference/territories.js';
import { labels, row } from '../fixtures.js';

const byDept = new Map([
  ['42', { E: 100, I: 50 }],
  ['69', { E: 300, I: 10 }],
  ['75', { E: 200, I: 900 }],
]);

describe('rankInputs', () => {
  it('lists every département of the reference, 0 where there is no trade, and sums the régions', () => {
    const { departements: depts, regions } = rankInputs(byDept);
    expect(depts).toHaveLength(departements().length);
    expect(depts.find((d) => d.code === '42')).toEqual({ code: '42', region: '84', exports: 100, imports: 50 });
    expect(depts.find((d) => d.code === '01')).toMatchObject({ exports: 0, imports: 0 });
    expect(regions).toHaveLength(18);
    expect(regions.find((r) => r.code === '84')).toEqual({ code: '84', exports: 400, imports: 60 });
  });
});

describe('positionBase', () => {
  const base = positionBase(byDept, tradeSums([]));
  it('ranks départements among all 101 and within their région; régions among the 18', () => {
    const loire = { kind: 'departement' as const, departement: departements().find((d) => d.dgddi === '42')! };
    const ara = { kind: 'region' as const, region: regionOfDepartement('42') };
    expect(rankKey(loire)).toEqual({ kind: 'departement', code: '42' });
    expect(base.ranks.departements.get('42')!.exports).toEqual({
      in_france: 3,
      of_france: 101,
      in_region: 2,
      of_region: 12,
    });
    // Every département without trade ties at 4th, after the three with exports.
    expect(base.ranks.departements.get('01')!.exports.in_france).toBe(4);
    expect(base.ranks.regions.get('84')!.exports).toEqual({
      in_france: 1,
      of_france: 18,
      in_region: null,
      of_region: null,
    });
    expect(positionOf(ara, [row('E', 'C10A', 'US', 1)], base, labels).rank?.exports.in_france).toBe(1);
    expect(positionOf({ kind: 'france' }, [], base, labels).rank).toBeNull();
  });
});

describe('franceSums', () => {
  it("sums France's activities and partners, positive values only", () => {
    const s = franceSums(
      [
        { flow: 'E', code: 'C10A', value: 30 },
        { flow: 'E', code: 'C24A', value: 70 },
        { flow: 'I', code: 'C10A', value: -5 },
      ],
      [
        { flow: 'E', code: 'US', value: 40 },
        { flow: 'E', code: 'DE', value: 60 },
      ],
    );
    expect(s.E.total).toBe(100);
    expect([...s.E.byActivity]).toEqual([
      ['C10A', 30],
      ['C24A', 70],
    ]);
    expect([...s.E.byCountry]).toEqual([
      ['US', 40],
      ['DE', 60],
    ]);
    expect(s.I.total).toBe(0);
  });
});
