// The trade cubes of cube.ts, read from year_cube (year-cube.ts) when every period is made of
// whole years: every département's rows (rank, build) or those of named scopes (compare). Each
// period's rows are read on their own (NaN in the other periods' columns), ids travel as numbers.
import type { Period } from '../model/period.js';
import type { Flow, TradeCube } from '../model/trade.js';
import type { NamedScope } from './cube.js';
import type { Store } from './store.js';
import { cubeCodes, yearsRead } from './year-cube.js';

/** What a period's statement returns: owner (département id or scope index), export flag, ids, value. */
type Columns = Float64Array[];

/** One period's rows in turn, then the cube: rows of period p have NaN in every other column. */
function cubeOf(
  periods: Period[],
  read: (Columns | null)[],
  ownerOf: (id: number) => string,
  codes: { a129: string[]; country: string[] },
): TradeCube {
  const size = read.reduce((n, c) => n + (c ? c[0]!.length : 0), 0);
  const cube: TradeCube = {
    periods,
    flow: new Array<Flow>(size),
    dept: new Array<string>(size),
    a129: new Array<string>(size),
    country: new Array<string>(size),
    values: periods.map(() => new Float64Array(size).fill(NaN)),
  };
  let offset = 0;
  read.forEach((columns, p) => {
    if (!columns) return;
    const [owner, exportFlag, a129, country, value] = columns as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    const values = cube.values[p]!;
    for (let i = 0; i < owner.length; i++) {
      const at = offset + i;
      cube.flow[at] = exportFlag[i] ? 'E' : 'I';
      cube.dept[at] = ownerOf(owner[i]!);
      cube.a129[at] = codes.a129[a129[i]!]!;
      cube.country[at] = codes.country[country[i]!]!;
      values[at] = value[i]!;
    }
    offset += owner.length;
  });
  return cube;
}

const KEYS = "(flow = 'E')::TINYINT, a129, country";

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
    read.push(
      await store.numericColumns(
        grouped
          ? `SELECT dept, ${KEYS}, CAST(sum(value_eur) AS DOUBLE) FROM year_cube ${where} GROUP BY ALL`
          : `SELECT dept, ${KEYS}, CAST(value_eur AS DOUBLE) FROM year_cube ${where}`,
      ),
    );
  }
  return cubeOf(periods, read, (id) => codes.dept[id]!, codes);
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
  const read: (Columns | null)[] = [];
  for (const y of years) {
    const { where } = yearsRead(y);
    const parts: string[] = [];
    if (pairs.length > 0)
      parts.push(
        `SELECT scope, ${KEYS}, CAST(sum(value_eur) AS DOUBLE) FROM year_cube
         JOIN (VALUES ${pairs.join(', ')}) AS scopes(dept, scope) USING (dept) ${where} GROUP BY ALL`,
      );
    scopes.forEach((s, k) => {
      if (s.depts === null)
        parts.push(`SELECT ${k}, ${KEYS}, CAST(sum(value_eur) AS DOUBLE) FROM year_cube ${where} GROUP BY ALL`);
    });
    read.push(y.length === 0 || parts.length === 0 ? null : await store.numericColumns(parts.join('\nUNION ALL\n')));
  }
  return cubeOf(periods, read, (k) => scopes[k]!.name, codes);
}
