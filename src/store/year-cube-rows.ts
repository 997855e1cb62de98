// The trade cubes of cube.ts, read from year_cube (year-cube.ts) when every period is made of
// whole years: every département's rows (rank, build) or those of named scopes (compare). Each
// period's rows are read on their own (NaN in the other periods' columns), ids travel as numbers.
import type { Period } from '../model/period.js';
import type { TradeCube } from '../model/trade.js';
import type { NamedScope } from './cube.js';
import type { Store } from './store.js';
import { cubeCodes, yearsRead } from './year-cube.js';

/** What a period's statement returns: each row's key (keyOf) and value. */
type Columns = Float64Array[];

/** How many ids each kind may take: one more than its largest id (ids start at 1). */
interface KeySizes {
  a129: number;
  country: number;
}

/**
 * A row's owner (département id or scope index), flow, activity and partner ids as one exact
 * number, so that DuckDB returns two columns of doubles, not five of mixed types (read value by
 * value, ≈ 3× the time): ((owner × 2 + export flag) × a129 ids + a129) × country ids + country.
 */
function keyOf(owner: string, sizes: KeySizes): string {
  return `CAST(((${owner}::BIGINT * 2 + (flow = 'E')::BIGINT) * ${sizes.a129} + a129) * ${sizes.country} + country AS DOUBLE)`;
}

/** One period's rows in turn, then the cube: rows of period p have NaN in every other column. */
function cubeOf(
  periods: Period[],
  read: (Columns | null)[],
  codes: { dept: readonly string[]; a129: string[]; country: string[] },
): TradeCube {
  const size = read.reduce((n, c) => n + (c ? c[0]!.length : 0), 0);
  const cube: TradeCube = {
    periods,
    codes,
    exports: new Uint8Array(size),
    dept: new Int32Array(size),
    a129: new Int32Array(size),
    country: new Int32Array(size),
    values: periods.map(() => new Float64Array(size).fill(NaN)),
  };
  const countries = codes.country.length;
  const activities = codes.a129.length;
  let offset = 0;
  read.forEach((columns, p) => {
    if (!columns) return;
    const [keys, value] = columns as [Float64Array, Float64Array];
    const values = cube.values[p]!;
    for (let i = 0; i < keys.length; i++) {
      const at = offset + i;
      // Exact: every step is on integers far below 2^53.
      let key = keys[i]!;
      const country = key % countries;
      key = (key - country) / countries;
      const a129 = key % activities;
      key = (key - a129) / activities;
      const exportFlag = key % 2;
      cube.exports[at] = exportFlag;
      cube.dept[at] = (key - exportFlag) / 2;
      cube.a129[at] = a129;
      cube.country[at] = country;
      values[at] = value[i]!;
    }
    offset += keys.length;
  });
  return cube;
}

const sizesOf = (codes: { a129: string[]; country: string[] }): KeySizes => ({
  a129: codes.a129.length,
  country: codes.country.length,
});

/** Every département's trade of `periods`, each read from the years `years[p]` of year_cube. */
export async function loadYearCube(store: Store, periods: Period[], years: readonly number[][]): Promise<TradeCube> {
  const codes = await cubeCodes(store);
  const read: (Columns | null)[] = [];
  for (const y of years) {
    if (y.length === 0) {
      read.push(null);
      continue;
    }
    const { where, grouped } = yearsRead(y);
    const key = keyOf('dept', sizesOf(codes));
    read.push(
      await store.numericColumns(
        grouped
          ? `SELECT ${key}, CAST(sum(value_eur) AS DOUBLE) FROM year_cube ${where} GROUP BY ALL`
          : `SELECT ${key}, CAST(value_eur AS DOUBLE) FROM year_cube ${where}`,
      ),
    );
  }
  return cubeOf(periods, read, codes);
}

/**
 * The trade of `periods` summed for each scope (its départements, or all of them for France),
 * each row's `dept` its scope's name: what `compare` reads for its territories and references.
 */
export async function loadScopedYearCube(
  store: Store,
  periods: Period[],
  years: readonly number[][],
  scopes: readonly NamedScope[],
): Promise<TradeCube> {
  const codes = await cubeCodes(store);
  const ids = new Map<string, number>();
  codes.dept.forEach((code, id) => ids.set(code, id)); // ids start at 1: forEach skips the hole
  // Integers we made (département ids, scope indices): safe to inline.
  const pairs = scopes.flatMap((s, k) =>
    (s.depts ?? []).flatMap((d) => (ids.has(d) ? [`(${ids.get(d)!}, ${k})`] : [])),
  );
  const sizes = sizesOf(codes);
  const statements = years.map((y) => {
    const { where } = yearsRead(y);
    const parts: string[] = [];
    if (pairs.length > 0)
      parts.push(
        `SELECT ${keyOf('scope', sizes)}, CAST(sum(value_eur) AS DOUBLE) FROM year_cube
         JOIN (VALUES ${pairs.join(', ')}) AS scopes(dept, scope) USING (dept) ${where} GROUP BY ALL`,
      );
    scopes.forEach((s, k) => {
      if (s.depts === null)
        parts.push(
          `SELECT ${keyOf(String(k), sizes)}, CAST(sum(value_eur) AS DOUBLE) FROM year_cube ${where} GROUP BY ALL`,
        );
    });
    return y.length === 0 || parts.length === 0 ? null : parts.join('\nUNION ALL\n');
  });
  // The periods side by side: one is decoded while DuckDB still sums the other.
  const sqls = statements.filter((q): q is string => q !== null);
  const columns = await store.together(...sqls.map((sql) => (side: Store) => side.numericColumns(sql)));
  const read = statements.map((q) => (q === null ? null : columns[sqls.indexOf(q)]!));
  return cubeOf(periods, read, { ...codes, dept: scopes.map((s) => s.name) });
}
