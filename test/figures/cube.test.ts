// The cube helpers, and mergeDepartements: how a région's and France's rows are made from their
// départements' rows (one row per flow × activity × country, values summed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDepartements, sortedByValue, sumBy, totalOf, type CubeRow } from '../../src/figures/cube.js';
import { row } from './fixtures.js';

describe('mergeDepartements', () => {
  const rows = [
    row('E', 'C29A', 'DE', 10, '42'),
    row('E', 'C29A', 'DE', 5, '69'),
    row('I', 'C29A', 'DE', 7, '69'),
    row('E', 'C24A', 'DE', 1, '42'),
    row('E', 'C29A', 'IT', 2, '01'),
    row('E', 'C29A', 'DE', 3, '42'),
  ];

  it('sums the départements’ rows of one flow, activity and country into one row of the given territory', () => {
    const merged = mergeDepartements(rows, 'region:84');
    expect(merged).toEqual([
      { flow: 'E', dept: 'region:84', a129: 'C29A', country: 'DE', value: 18 },
      { flow: 'I', dept: 'region:84', a129: 'C29A', country: 'DE', value: 7 },
      { flow: 'E', dept: 'region:84', a129: 'C24A', country: 'DE', value: 1 },
      { flow: 'E', dept: 'region:84', a129: 'C29A', country: 'IT', value: 2 },
    ]);
  });

  it('leaves the départements’ rows untouched', () => {
    const before = structuredClone(rows);
    mergeDepartements(rows, 'FR');
    expect(rows).toEqual(before);
  });

  it('keeps every flow’s total and every activity × country sum, whatever the rows (property)', () => {
    const arbRow = fc.record({
      flow: fc.constantFrom<'E' | 'I'>('E', 'I'),
      dept: fc.constantFrom('42', '69', '01', '9A'),
      a129: fc.constantFrom('C29A', 'C24A', 'A01Z'),
      country: fc.constantFrom('DE', 'US', 'IT'),
      value: fc.integer({ min: 0, max: 1e9 }),
    });
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), (input: CubeRow[]) => {
        const merged = mergeDepartements(input, 'FR');
        const key = (r: CubeRow) => `${r.flow} ${r.a129} ${r.country}`;
        expect(sumBy(merged, key)).toEqual(sumBy(input, key));
        expect(totalOf(merged, 'E')).toBe(totalOf(input, 'E'));
        expect(totalOf(merged, 'I')).toBe(totalOf(input, 'I'));
        expect(new Set(merged.map(key)).size).toBe(merged.length);
        expect(merged.every((r) => r.dept === 'FR')).toBe(true);
      }),
    );
  });
});

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
