import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DepartementPlan } from '../../src/demo/plan.js';
import { sortCells } from '../../src/demo/rows.js';

function plan(cells: [number, number][]): DepartementPlan {
  return {
    productWeights: new Float64Array(0),
    partners: [],
    partnerWeights: new Float64Array(0),
    partnerCumulative: new Float64Array(0),
    cellCpf4: cells.map(([p]) => p),
    cellCountry: cells.map(([, c]) => c),
    cellWeight: cells.map(() => 1),
  };
}

describe('sortCells', () => {
  it('orders cells by CPF4 then partner, equal cells in plan order, like a stable comparator sort (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 30 })), { maxLength: 300 }), (cells) => {
        const expected = cells
          .map((_, i) => i)
          .sort((i, j) => cells[i]![0] - cells[j]![0] || cells[i]![1] - cells[j]![1]);
        const sorted = sortCells(plan(cells));
        expect(Array.from(sorted.order)).toEqual(expected);
        expect(Array.from(sorted.cellCpf4)).toEqual(expected.map((i) => cells[i]![0]));
        expect(Array.from(sorted.cellCountry)).toEqual(expected.map((i) => cells[i]![1]));
      }),
    );
  });

  it('sorts codes too large to pack into one number with the comparator, same order', () => {
    const cells: [number, number][] = [
      [3e6, 2e6],
      [1, 5],
      [3e6, 1],
      [1, 5],
    ];
    expect(Array.from(sortCells(plan(cells)).order)).toEqual([1, 3, 2, 0]);
  });
});
