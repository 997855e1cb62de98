// idSums must give exactly what tradeSums gives on the same rows as objects (values to the bit,
// Maps in the same key order), and mergedIds what mergedRows (fixtures.ts) gives: the figures read
// either without knowing which one made them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CubeRow } from '../../../src/figures/cube.js';
import { idSums, mergedIds, type IdCodes, type IdRows } from '../../../src/figures/position/dense-sums.js';
import { tradeSums, type TradeSums } from '../../../src/figures/position/sums.js';
import { mergedRows } from '../fixtures.js';

const codes: IdCodes = { a129: ['C10A', 'C29A', 'A01Z', 'C24A'], country: ['US', 'DE', 'CN', 'IT', 'GB'] };

interface Row {
  flow: 'E' | 'I';
  a129: number;
  country: number;
  value: number;
}

function idRows(rows: readonly Row[]): IdRows {
  return {
    at: Int32Array.from(rows.keys()),
    exports: Uint8Array.from(rows, (r) => (r.flow === 'E' ? 1 : 0)),
    a129: Int32Array.from(rows, (r) => r.a129),
    country: Int32Array.from(rows, (r) => r.country),
    value: Float64Array.from(rows, (r) => r.value),
  };
}

const asObjects = (rows: readonly Row[], dept = '42'): CubeRow[] =>
  rows.map((r) => ({
    flow: r.flow,
    dept,
    a129: codes.a129[r.a129]!,
    country: codes.country[r.country]!,
    value: r.value,
  }));

/** A value to the bit (-0, NaN included). */
const bits = (v: number) => (Object.is(v, -0) ? '-0' : String(v));

/** Everything a consumer can see of the sums, Map order included. */
function seen(s: TradeSums): unknown {
  return (['E', 'I'] as const).map((f) => ({
    total: bits(s[f].total),
    byCountry: [...s[f].byCountry].map(([k, v]) => [k, bits(v)]),
    byActivity: [...s[f].byActivity].map(([k, v]) => [k, bits(v)]),
    byActivityCountry: [...s[f].byActivityCountry].map(([k, m]) => [k, [...m].map(([c, v]) => [c, bits(v)])]),
  }));
}

const r = (flow: 'E' | 'I', a129: number, country: number, value: number): Row => ({ flow, a129, country, value });

describe('idSums', () => {
  it('sums repeated keys, leaves out zero, negative and NaN values, keeps first-seen key order', () => {
    const rows = [
      r('E', 1, 2, NaN), // a row of the other period: left out, and does not fix CN's place
      r('E', 3, 4, 5), // C24A, GB first
      r('E', 1, 1, 7),
      r('E', 0, 4, 0), // zero: C10A not seen yet
      r('E', 1, 4, 2),
      r('E', 0, 1, -3), // negative: left out
      r('E', 3, 4, 1), // repeated key
      r('E', 0, 2, 4),
      r('I', 1, 1, 6),
    ];
    const s = idSums(idRows(rows), codes);
    expect(s.E.total).toBe(19);
    expect([...s.E.byCountry]).toEqual([
      ['GB', 8],
      ['DE', 7],
      ['CN', 4],
    ]);
    expect([...s.E.byActivity]).toEqual([
      ['C24A', 6],
      ['C29A', 9],
      ['C10A', 4],
    ]);
    expect([...s.E.byActivityCountry].map(([a, m]) => [a, [...m]])).toEqual([
      ['C24A', [['GB', 6]]],
      [
        'C29A',
        [
          ['DE', 7],
          ['GB', 2],
        ],
      ],
      ['C10A', [['CN', 4]]],
    ]);
    expect(s.I.total).toBe(6);
    expect([...s.I.byActivityCountry.get('C29A')!]).toEqual([['DE', 6]]);
    expect(seen(s)).toEqual(seen(tradeSums(asObjects(rows))));
  });

  it('gives empty sums for no rows, and leaves nothing behind for the next call', () => {
    expect(seen(idSums(idRows([]), codes))).toEqual(seen(tradeSums([])));
    idSums(idRows([r('E', 1, 1, 10)]), codes);
    expect([...idSums(idRows([r('E', 1, 1, 1)]), codes).E.byCountry]).toEqual([['DE', 1]]);
    // Other code lists (a larger one) on the same scratch arrays.
    const wide: IdCodes = { a129: codes.a129, country: [...codes.country, 'FR', 'ES', 'NL', 'BE', 'CH', 'AT'] };
    expect([...idSums(idRows([r('I', 3, 10, 2)]), wide).I.byCountry]).toEqual([['AT', 2]]);
    expect([...idSums(idRows([r('I', 3, 4, 3)]), codes).I.byActivityCountry.get('C24A')!]).toEqual([['GB', 3]]);
  });

  const arbRow = fc.record({
    flow: fc.constantFrom<'E' | 'I'>('E', 'I'),
    a129: fc.nat({ max: codes.a129.length - 1 }),
    country: fc.nat({ max: codes.country.length - 1 }),
    value: fc.oneof(
      fc.integer({ min: -1e6, max: 1e12 }),
      fc.double({ min: -1e6, max: 1e12, noNaN: true }),
      fc.constantFrom(0, -0, NaN, 0.1, 0.2, 0.3, 1e16, 1),
    ),
  });

  it('is tradeSums over the same rows: the same values and Map orders (property)', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 80 }), (rows) => {
        expect(seen(idSums(idRows(rows), codes))).toEqual(seen(tradeSums(asObjects(rows))));
      }),
      { numRuns: 500 },
    );
  });

  it('merges as mergedRows (fixtures.ts) does, and the merged sums are its sums (property)', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 80 }), (rows) => {
        const merged = mergedIds(idRows(rows), codes);
        const back: Row[] = [...merged.at].map((i) => ({
          flow: merged.exports[i] ? 'E' : 'I',
          a129: merged.a129[i]!,
          country: merged.country[i]!,
          value: merged.value[i]!,
        }));
        const reference = mergedRows(asObjects(rows), 'FR');
        const exact = (list: CubeRow[]) => list.map((x) => ({ ...x, value: bits(x.value) }));
        expect(exact(asObjects(back, 'FR'))).toEqual(exact(reference));
        expect(seen(idSums(merged, codes))).toEqual(seen(tradeSums(reference)));
      }),
      { numRuns: 300 },
    );
  });
});
