import { describe, expect, it } from 'vitest';
import { tradeSums } from '../../../src/figures/position/sums.js';
import { row } from '../fixtures.js';

describe('tradeSums', () => {
  it('sums repeated keys by flow, partner, activity and activity × partner, leaving out values ≤ 0', () => {
    const s = tradeSums([
      row('E', 'C10A', 'DE', 5),
      row('E', 'C10A', 'DE', 7, '69'),
      row('E', 'C20A', 'DE', 3),
      row('E', 'C20A', 'IT', 0),
      row('I', 'C10A', 'CN', 2),
    ]);
    expect(s.E.total).toBe(15);
    expect([...s.E.byCountry]).toEqual([['DE', 15]]);
    expect([...s.E.byActivity]).toEqual([
      ['C10A', 12],
      ['C20A', 3],
    ]);
    expect([...s.E.byActivityCountry.get('C10A')!]).toEqual([['DE', 12]]);
    expect(s.I.total).toBe(2);
    expect(tradeSums([]).E).toEqual({
      total: 0,
      byCountry: new Map(),
      byActivity: new Map(),
      byActivityCountry: new Map(),
    });
  });
});
