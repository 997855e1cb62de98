import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specialisation } from '../../../src/figures/position/specialisation.js';
import { tradeSums } from '../../../src/figures/position/sums.js';
import { labels, mergedRows, row } from '../fixtures.js';
import { DEPTS, rowsArb } from './arbitrary.js';

// France = Loire (42) + Rhône (69).
const loire = [
  row('E', 'C24A', 'DE', 30),
  row('E', 'C10A', 'DE', 50),
  row('E', 'C10A', 'IT', 20),
  row('I', 'C10A', 'CN', 10),
];
const rhone = [row('E', 'C10A', 'DE', 870, '69'), row('E', 'C21Z', 'US', 30, '69'), row('I', 'C26A', 'CN', 90, '69')];
const france = tradeSums([...loire, ...rhone]);

describe('specialisation', () => {
  it('divides the activity share in the territory by its share in France, largest index first', () => {
    const s = specialisation(tradeSums(loire), france, labels);
    expect(s.exports.map((e) => e.code)).toEqual(['C24A', 'C10A']);
    const [steel, food] = s.exports;
    expect(steel).toMatchObject({ code: 'C24A', name: 'Activité C24A', a17: 'C5', share: 0.3, france_share: 0.03 });
    expect(steel!.index).toBeCloseTo(10, 12);
    expect(food!.share).toBeCloseTo(0.7, 15);
    expect(food!.france_share).toBeCloseTo(0.94, 15);
    expect(food!.index).toBeCloseTo(0.7 / 0.94, 12);
  });

  it('leaves out an activity absent from the territory even when France has it', () => {
    const s = specialisation(tradeSums(loire), france, labels);
    expect(s.exports.some((e) => e.code === 'C21Z')).toBe(false);
    expect(s.imports).toHaveLength(1);
    expect(s.imports[0]).toMatchObject({ code: 'C10A', share: 1, france_share: 0.1 });
    expect(s.imports[0]!.index).toBeCloseTo(10, 12);
  });

  it('is empty for a flow the territory does not have', () => {
    expect(specialisation(tradeSums([row('E', 'C10A', 'DE', 1)]), france, labels).imports).toEqual([]);
  });

  it("gives France an index of 1 for every activity, and the territory's shares sum to 1", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        // France as the pipeline builds it: the départements' rows merged into one.
        const national = tradeSums(mergedRows(rows, 'FR'));
        const own = specialisation(national, national, labels);
        for (const e of [...own.exports, ...own.imports]) expect(e.index).toBeCloseTo(1, 12);
        for (const dept of DEPTS) {
          const s = specialisation(tradeSums(rows.filter((r) => r.dept === dept)), national, labels);
          for (const list of [s.exports, s.imports]) {
            if (list.length) expect(list.reduce((a, e) => a + e.share, 0)).toBeCloseTo(1, 12);
            for (const e of list) expect(e.index).toBeCloseTo(e.share / e.france_share, 12);
          }
        }
      }),
    );
  });
});
