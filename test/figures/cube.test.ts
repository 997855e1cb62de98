// The cube helpers (a région's and France's rows merged from their départements': territory-rows.test).
import { describe, expect, it } from 'vitest';
import { sortedByValue, sumBy, totalOf } from '../../src/figures/cube.js';
import { row } from './fixtures.js';

describe('sumBy, totalOf, sortedByValue', () => {
  it('sums by any key, and one flow’s total', () => {
    const rows = [row('E', 'C29A', 'DE', 10), row('I', 'C29A', 'US', 4), row('E', 'C24A', 'DE', 6)];
    expect([...sumBy(rows, (r) => r.country)]).toEqual([
      ['DE', 16],
      ['US', 4],
    ]);
    expect([totalOf(rows, 'E'), totalOf(rows, 'I'), totalOf([], 'E')]).toEqual([16, 4, 0]);
  });

  it('sorts by value descending, ties by code, whatever the input order', () => {
    const expected = [
      ['B', 5],
      ['A', 3],
      ['C', 3],
      ['D', 1],
    ];
    expect(
      sortedByValue(
        new Map([
          ['C', 3],
          ['D', 1],
          ['A', 3],
          ['B', 5],
        ]),
      ),
    ).toEqual(expected);
    expect(
      sortedByValue(
        new Map([
          ['A', 3],
          ['B', 5],
          ['D', 1],
          ['C', 3],
        ]),
      ),
    ).toEqual(expected);
  });
});
