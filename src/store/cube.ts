// The trade the figures start from, read from the store: territory totals by quarter for every
// year, and the detailed cube of the periods being compared. DuckDB does the grouping; what comes
// back is plain data (src/model) for the pure figures.
import { listValue, type DuckDBValue } from './duckdb.js';
import { quarterNumber, type Period } from '../model/period.js';
import { encodedKeys, type CubeCodes, type Flow, type QuarterTotal, type TradeCube } from '../model/trade.js';
import type { Store } from './store.js';

/** Which départements to read; `as` sums them into one pseudo-département of that name. */
export interface CubeScope {
  depts?: readonly string[];
  as?: string;
}

/**
 * Every département's trade by flow and quarter, for every year in the store or only `years`:
 * read from `trade_totals` (totals.ts), a few thousand rows.
 */
export async function loadQuarterTotals(store: Store, years?: readonly number[]): Promise<QuarterTotal[]> {
  // Years are integers we were given as numbers: safe to inline.
  const where = years ? `WHERE year IN (${years.map((y) => String(Math.trunc(y))).join(', ') || 'NULL'})` : '';
  const [flow, dept, year, quarter, value] = (await store.vectorColumns(
    `SELECT flow, dept, year::INTEGER, quarter::INTEGER, CAST(sum(value_eur) AS DOUBLE) FROM trade_totals ${where} GROUP BY ALL`,
  )) as [string[], string[], Float64Array, Float64Array, Float64Array];
  return flow.map((f, i) => ({
    flow: f as Flow,
    dept: dept[i]!,
    year: year[i]!,
    quarter: quarter[i]!,
    value: value[i]!,
  }));
}

/** `year * 10 + quarter IN (…)` for some quarters; they are integers we made, safe to inline. */
function inQuarters(period: Period): string {
  return `year * 10 + quarter IN (${period.quarters.map((q) => String(Math.trunc(quarterNumber(q)))).join(', ')})`;
}

/** Rows read: their keys as ids into `codes` (exports 1 for E), one sum column per period read. */
interface CubeRows {
  codes: CubeCodes;
  exports: Uint8Array;
  dept: Int32Array;
  a129: Int32Array;
  country: Int32Array;
  /** One column per period read, null where a row has no trade in that period. */
  sums: (number | null)[][];
}

/**
 * A few départements' rows (a few thousand): codes read as strings in one statement, cheaper
 * than a pass for dictionaries first.
 */
async function namedRows(
  store: Store,
  where: string,
  params: DuckDBValue[],
  sums: string[],
  scope: CubeScope,
): Promise<CubeRows | null> {
  const [flow, dept, a129, country, ...values] = (await store.columns(
    `SELECT flow, ${scope.as === undefined ? 'dept' : 'NULL'}, a129, country, ${sums.join(', ')} FROM trade ${where} GROUP BY ALL`,
    params,
  )) as [Flow[]?, string[]?, string[]?, string[]?, ...(number | null)[][]];
  // No row at all (a territory the store has nothing for): DuckDB gives no columns either.
  if (!flow || !dept || !a129 || !country) return null;
  return {
    ...encodedKeys({ flow, dept: scope.as === undefined ? dept : flow.map(() => scope.as!), a129, country }),
    sums: values,
  };
}

/**
 * The codes of the rows `where` selects (period conditions only), sorted: read from the summaries
 * of totals.ts, which hold every code `trade` has for each quarter, rather than from a scan of `trade`.
 */
async function dictionaries(
  store: Store,
  where: string,
  params: DuckDBValue[],
): Promise<{ depts: string[]; a129s: string[]; countries: string[] }> {
  const codes = (table: string, column: string) =>
    `(SELECT list(DISTINCT ${column} ORDER BY ${column}) FROM ${table} ${where})`;
  const [dict] = await store.all(
    `SELECT ${codes('trade_totals', 'dept')} AS depts, ${codes('activity_totals', 'a129')} AS a129s,
            ${codes('country_totals', 'country')} AS countries`,
    params,
  );
  const list = (v: unknown): string[] => ((v as string[] | null) ?? []).map(String);
  return { depts: list(dict!['depts']), a129s: list(dict!['a129s']), countries: list(dict!['countries']) };
}

/**
 * Many départements' rows (hundreds of thousands): codes travel as small integers into their
 * dictionaries, read first, because turning that many strings into JS values is what costs most.
 */
async function indexedRows(
  store: Store,
  where: string,
  params: DuckDBValue[],
  sums: string[],
  scope: CubeScope,
): Promise<CubeRows | null> {
  const { depts, a129s, countries } = await dictionaries(store, where, params);
  if (depts.length === 0) return null;
  const main = [...params];
  const param = (v: DuckDBValue) => `$${main.push(v)}`;
  const deptColumn =
    scope.as === undefined ? `list_position(${param(listValue(depts))}::VARCHAR[], dept)::SMALLINT` : '1::SMALLINT';
  const a129Column = `list_position(${param(listValue(a129s))}::VARCHAR[], a129)::SMALLINT`;
  const countryColumn = `list_position(${param(listValue(countries))}::VARCHAR[], country)::SMALLINT`;
  const [exportFlags, deptIndex, a129Index, countryIndex, ...values] = (await store.columns(
    `SELECT (flow = 'E')::TINYINT, ${deptColumn}, ${a129Column}, ${countryColumn}, ${sums.join(', ')}
     FROM trade ${where} GROUP BY ALL`,
    main,
  )) as [number[], number[], number[], number[], ...(number | null)[][]];
  return decodedRows(
    { exportFlags, deptIndex, a129Index, countryIndex, values },
    { depts: scope.as === undefined ? depts : [scope.as], a129s, countries },
  );
}

/** Rows whose flow came back as 1 for exports and whose codes as 1-based positions in `dict`. */
function decodedRows(
  read: {
    exportFlags: number[];
    deptIndex: number[];
    a129Index: number[];
    countryIndex: number[];
    values: (number | null)[][];
  },
  dict: { depts: readonly string[]; a129s: readonly string[]; countries: readonly string[] },
): CubeRows {
  const size = read.exportFlags.length;
  const rows: CubeRows = {
    codes: { dept: dict.depts, a129: dict.a129s, country: dict.countries },
    exports: Uint8Array.from(read.exportFlags),
    dept: new Int32Array(size),
    a129: new Int32Array(size),
    country: new Int32Array(size),
    sums: read.values,
  };
  for (let i = 0; i < size; i++) {
    rows.dept[i] = read.deptIndex[i]! - 1;
    rows.a129[i] = read.a129Index[i]! - 1;
    rows.country[i] = read.countryIndex[i]! - 1;
  }
  return rows;
}

/** The conditions and sum columns that read `periods` (those with quarters) from `trade`. */
function periodColumns(read: Period[]): { conditions: string[]; sums: string[] } {
  const years = [...new Set(read.flatMap((p) => p.quarters.map((q) => Math.trunc(q.year))))];
  // The year condition lets DuckDB skip row groups; the quarter one picks the quarters.
  const conditions = [`year IN (${years.join(', ')})`, `(${read.map(inQuarters).join(' OR ')})`];
  const sums = read.map((p) =>
    read.length === 1
      ? 'CAST(sum(value_eur) AS DOUBLE)'
      : `CAST(sum(value_eur) FILTER (WHERE ${inQuarters(p)}) AS DOUBLE)`,
  );
  return { conditions, sums };
}

function emptyCube(periods: Period[]): TradeCube {
  return {
    periods,
    codes: { dept: [], a129: [], country: [] },
    exports: new Uint8Array(0),
    dept: new Int32Array(0),
    a129: new Int32Array(0),
    country: new Int32Array(0),
    values: periods.map(() => new Float64Array(0)),
  };
}

/** Rows read → the cube: one value array per period, NaN where a row has no trade in it. */
function cubeOf(periods: Period[], rows: CubeRows | null): TradeCube {
  if (!rows || rows.exports.length === 0) return emptyCube(periods);
  const size = rows.exports.length;
  let column = 0;
  const values = periods.map((p) => {
    const values = new Float64Array(size).fill(NaN);
    if (p.quarters.length === 0) return values;
    const source = rows.sums[column++]!;
    for (let i = 0; i < size; i++) if (source[i] !== null) values[i] = source[i]!;
    return values;
  });
  const { codes, exports, dept, a129, country } = rows;
  return { periods, codes, exports, dept, a129, country, values };
}

/**
 * The trade of `periods` summed by flow × département × A129 × country, one value column per
 * period, rows in no particular order (every indicator sorts with explicit tie-breaks; values are
 * whole euros, so sums are exact). A period without quarters reads nothing (its column is NaN).
 */
export async function loadTradeCube(store: Store, periods: Period[], scope: CubeScope = {}): Promise<TradeCube> {
  const read = periods.filter((p) => p.quarters.length > 0);
  if (read.length === 0) return emptyCube(periods);
  const params: DuckDBValue[] = [];
  const { conditions, sums } = periodColumns(read);
  if (scope.depts) {
    params.push(listValue([...scope.depts]));
    conditions.push(`list_contains($${params.length}::VARCHAR[], dept)`);
  }
  const where = `WHERE ${conditions.join(' AND ')}`;
  const rows = scope.depts
    ? await namedRows(store, where, params, sums, scope)
    : await indexedRows(store, where, params, sums, scope);
  return cubeOf(periods, rows);
}

/** A territory read as one: its name in the cube's `dept` column, its départements (null: all of them). */
export interface NamedScope {
  name: string;
  depts: readonly string[] | null;
}

/**
 * The trade of `periods` summed for each scope, in one statement that reads the table once for
 * the scopes of a few départements and once for those of all (France): what `compare` needs for
 * its territories and references together. Each row's `dept` is its scope's name.
 */
export async function loadScopedCube(
  store: Store,
  periods: Period[],
  scopes: readonly NamedScope[],
): Promise<TradeCube> {
  const read = periods.filter((p) => p.quarters.length > 0);
  if (read.length === 0 || scopes.length === 0) return emptyCube(periods);
  const { conditions, sums } = periodColumns(read);
  const where = `WHERE ${conditions.join(' AND ')}`;
  // Codes travel as small integers into dictionaries read first (see indexedRows).
  const { a129s, countries } = await dictionaries(store, where, []);
  if (a129s.length === 0) return emptyCube(periods);
  const names = scopes.map((s) => s.name);
  const pairs = scopes.flatMap((s) => (s.depts ?? []).map((d) => [d, s.name] as const));
  const params: DuckDBValue[] = [
    listValue(names),
    listValue(a129s),
    listValue(countries),
    listValue(pairs.map((p) => p[0])),
    listValue(pairs.map((p) => p[1])),
  ];
  const columns = (scope: string) =>
    `list_position($1::VARCHAR[], ${scope})::SMALLINT, (flow = 'E')::TINYINT, list_position($2::VARCHAR[], a129)::SMALLINT,
     list_position($3::VARCHAR[], country)::SMALLINT, ${sums.join(', ')}`;
  const parts: string[] = [];
  if (pairs.length > 0)
    parts.push(
      `SELECT ${columns('scope')} FROM trade
       JOIN (SELECT unnest($4::VARCHAR[]) AS dept, unnest($5::VARCHAR[]) AS scope) AS scopes USING (dept)
       ${where} GROUP BY ALL`,
    );
  for (const s of scopes.filter((x) => x.depts === null)) {
    params.push(s.name);
    parts.push(`SELECT ${columns(`$${params.length}::VARCHAR`)} FROM trade ${where} GROUP BY ALL`);
  }
  const [scopeIndex, exportFlags, a129Index, countryIndex, ...values] = (await store.columns(
    parts.join('\nUNION ALL\n'),
    params,
  )) as [number[]?, number[]?, number[]?, number[]?, ...(number | null)[][]];
  if (!scopeIndex || !exportFlags || !a129Index || !countryIndex) return emptyCube(periods);
  return cubeOf(
    periods,
    decodedRows(
      { exportFlags, deptIndex: scopeIndex, a129Index, countryIndex, values },
      { depts: names, a129s, countries },
    ),
  );
}
