// Trade rows as the store hands them to the figures: one flow × département × A129 activity ×
// partner country, in whole euros.
import type { Period } from './period.js';

/** DGDDI flow code: E for exports, I for imports (see direction.ts for everything else). */
export type Flow = 'E' | 'I';

/**
 * One row of the cube the indicators start from. Rows may repeat a key (a région is fed its
 * départements' rows): every indicator aggregates by key itself.
 */
export interface CubeRow {
  flow: Flow;
  /** DGDDI département code. */
  dept: string;
  a129: string;
  country: string;
  value: number;
}

/** The trade of one département, flow and quarter, summed over activities and partners. */
export interface QuarterTotal {
  flow: Flow;
  dept: string;
  year: number;
  quarter: number;
  value: number;
}

/** The codes a cube's ids stand for: owners (départements or the names given at loading), activities, partners. */
export interface CubeCodes {
  dept: readonly string[];
  a129: readonly string[];
  country: readonly string[];
}

/**
 * The detailed trade (flow × département × A129 × partner) of a few periods, in columns of ids:
 * row i is an export when exports[i] is 1, its owner is codes.dept[dept[i]] (the name given at
 * loading when the départements were summed together: a région, France), its activity
 * codes.a129[a129[i]], its partner codes.country[country[i]]; its sum over periods[p]'s quarters
 * is values[p][i], NaN when the period has no line with that key. Ids, not strings: the figures
 * sum by id in dense arrays (position/dense-sums.ts).
 */
export interface TradeCube {
  periods: Period[];
  codes: CubeCodes;
  exports: Uint8Array;
  dept: Int32Array;
  a129: Int32Array;
  country: Int32Array;
  values: Float64Array[];
}

/** Row i's key as codes (tests, and the few places that read a cube row by row). */
export function cubeKey(cube: TradeCube, i: number): { flow: Flow; dept: string; a129: string; country: string } {
  return {
    flow: cube.exports[i] ? 'E' : 'I',
    dept: cube.codes.dept[cube.dept[i]!]!,
    a129: cube.codes.a129[cube.a129[i]!]!,
    country: cube.codes.country[cube.country[i]!]!,
  };
}

/** A column of codes as ids into the list of its distinct codes, in first-seen order. */
function encoded(column: readonly string[]): { ids: Int32Array; codes: string[] } {
  const index = new Map<string, number>();
  const codes: string[] = [];
  const ids = new Int32Array(column.length);
  column.forEach((code, i) => {
    let id = index.get(code);
    if (id === undefined) index.set(code, (id = codes.push(code) - 1));
    ids[i] = id;
  });
  return { ids, codes };
}

/** A cube's key columns from rows keyed by codes (a few thousand rows read as strings). */
export function encodedKeys(keys: {
  flow: readonly Flow[];
  dept: readonly string[];
  a129: readonly string[];
  country: readonly string[];
}): Omit<TradeCube, 'periods' | 'values'> {
  const [dept, a129, country] = [keys.dept, keys.a129, keys.country].map(encoded) as [
    ReturnType<typeof encoded>,
    ReturnType<typeof encoded>,
    ReturnType<typeof encoded>,
  ];
  return {
    codes: { dept: dept.codes, a129: a129.codes, country: country.codes },
    exports: Uint8Array.from(keys.flow, (f) => (f === 'E' ? 1 : 0)),
    dept: dept.ids,
    a129: a129.ids,
    country: country.ids,
  };
}
