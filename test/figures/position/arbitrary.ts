// fast-check generator of cube rows over a few départements, activities and partners, with
// repeated keys and zeros, as the store can give them.
import fc from 'fast-check';
import type { CubeRow } from '../../../src/model/trade.js';

export const DEPTS = ['01', '42', '69', '971'];
export const ACTIVITIES = ['A01Z', 'C10A', 'C20A', 'C21Z', 'C24A', 'C26A', 'C29A'];
export const COUNTRIES = ['CN', 'DE', 'IT', 'US', 'ZA'];

export const rowArb: fc.Arbitrary<CubeRow> = fc.record({
  flow: fc.constantFrom('E' as const, 'I' as const),
  dept: fc.constantFrom(...DEPTS),
  a129: fc.constantFrom(...ACTIVITIES),
  country: fc.constantFrom(...COUNTRIES),
  value: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 8, arbitrary: fc.integer({ min: 1, max: 5e9 }) }),
});

export const rowsArb = fc.array(rowArb, { minLength: 1, maxLength: 200 });
