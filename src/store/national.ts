// France's trade of a period by activity and by partner: what a single territory's position is
// compared with, read from the summaries of totals.ts, without loading France's detailed rows.
import { quarterNumber, type Period } from '../model/period.js';
import type { CubeRow, Flow } from '../model/trade.js';
import type { Store } from './store.js';
import { cubeCodes, yearsRead } from './year-cube.js';

export interface CodeSum {
  flow: Flow;
  code: string;
  value: number;
}

export interface NationalSums {
  byActivity: CodeSum[];
  byCountry: CodeSum[];
}

async function sumsBy(store: Store, column: 'a129' | 'country', period: Period): Promise<CodeSum[]> {
  // Quarter numbers are integers we made (year * 10 + quarter): safe to inline.
  const quarters = period.quarters.map((q) => String(Math.trunc(quarterNumber(q)))).join(', ');
  const years = [...new Set(period.quarters.map((q) => Math.trunc(q.year)))].join(', ');
  // Only codes with trade: values are never negative, so a zero sum means only zero lines.
  const [flow, code, value] = (await store.columns(
    `SELECT flow, ${column}, CAST(sum(value_eur) AS DOUBLE) FROM ${column === 'a129' ? 'activity_totals' : 'country_totals'}
     WHERE year IN (${years}) AND year * 10 + quarter IN (${quarters}) GROUP BY ALL HAVING sum(value_eur) > 0`,
  )) as [string[], string[], number[]];
  return flow.map((f, i) => ({ flow: f as Flow, code: code[i]!, value: value[i]! }));
}

export async function loadNationalSums(store: Store, period: Period): Promise<NationalSums> {
  if (period.quarters.length === 0) return { byActivity: [], byCountry: [] };
  // One connection runs one statement at a time.
  const byActivity = await sumsBy(store, 'a129', period);
  const byCountry = await sumsBy(store, 'country', period);
  return { byActivity, byCountry };
}

/**
 * What the « Pistes d'action » need for a period, summed by DuckDB: exports by département × A129
 * activity (country ''), and France's trade by flow × activity × partner (dept ''); from
 * year_cube when the period is made of whole `years` (year-cube.ts), else from `trade`.
 */
async function grouped(
  store: Store,
  period: Period,
  keys: 'dept, a129' | 'a129, country',
  years: readonly number[] | null,
): Promise<CubeRow[]> {
  const quarters = period.quarters.map((q) => String(Math.trunc(quarterNumber(q)))).join(', ');
  const inYears = [...new Set(period.quarters.map((q) => Math.trunc(q.year)))].join(', ');
  const byDept = keys === 'dept, a129';
  const exportsOnly = byDept ? " AND flow = 'E'" : '';
  const ids = keys.split(', ');
  const join = (k: string) => `JOIN cube_codes ${k}_code ON ${k}_code.kind = '${k}' AND ${k}_code.id = y.${k}`;
  // year_cube's ids summed first, then given their codes (a few thousand rows).
  const source = years
    ? `(SELECT y.flow, ${ids.map((k) => `${k}_code.code AS ${k}`).join(', ')}, y.value_eur
        FROM (SELECT flow, ${keys}, sum(value_eur) AS value_eur FROM year_cube
              WHERE year IN (${years.map((y) => String(Math.trunc(y))).join(', ')})${exportsOnly} GROUP BY ALL) y
        ${ids.map(join).join(' ')})`
    : `trade WHERE year IN (${inYears}) AND year * 10 + quarter IN (${quarters})${exportsOnly}`;
  const [flow, a, b, value] = (await store.columns(
    `SELECT flow, ${keys}, CAST(sum(value_eur) AS DOUBLE) FROM ${source}
     GROUP BY ALL HAVING sum(value_eur) > 0 ORDER BY ALL`,
  )) as [string[], string[], string[], number[]];
  return flow.map((f, i) => ({
    flow: f as Flow,
    dept: byDept ? a[i]! : '',
    a129: byDept ? b[i]! : a[i]!,
    country: byDept ? '' : b[i]!,
    value: value[i]!,
  }));
}

/**
 * `grouped`'s département × activity exports from year_cube, each row's ids as one exact number
 * (département id × a129 ids + a129 id) beside its value: two numeric columns instead of four JS
 * values a row (≈ ½ the time of the whole read). Same rows, in the same order (by codes).
 */
async function departementExportsOfYears(store: Store, years: readonly number[]): Promise<CubeRow[]> {
  const codes = await cubeCodes(store);
  const activities = codes.a129.length;
  const [keys, values] = (await store.numericColumns(
    `SELECT CAST(y.dept::BIGINT * ${activities} + y.a129 AS DOUBLE), CAST(y.value_eur AS DOUBLE)
     FROM (SELECT dept, a129, sum(value_eur) AS value_eur FROM year_cube ${yearsRead(years).where} AND flow = 'E'
           GROUP BY ALL HAVING sum(value_eur) > 0) y
     JOIN cube_codes dept_code ON dept_code.kind = 'dept' AND dept_code.id = y.dept
     JOIN cube_codes a129_code ON a129_code.kind = 'a129' AND a129_code.id = y.a129
     ORDER BY dept_code.code, a129_code.code`,
  )) as [Float64Array, Float64Array];
  const rows = new Array<CubeRow>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const a129 = keys[i]! % activities;
    const dept = (keys[i]! - a129) / activities;
    rows[i] = { flow: 'E', dept: codes.dept[dept]!, a129: codes.a129[a129]!, country: '', value: values[i]! };
  }
  return rows;
}

/** Every département's exports by A129 activity over the period (the product space of the ECI). */
export async function loadDepartementExports(
  store: Store,
  period: Period,
  years: readonly number[] | null = null,
): Promise<CubeRow[]> {
  if (period.quarters.length === 0) return [];
  return years ? departementExportsOfYears(store, years) : grouped(store, period, 'dept, a129', null);
}

/** France's trade by flow × A129 activity × partner over the period (markets and suppliers). */
export async function loadFranceDetail(
  store: Store,
  period: Period,
  years: readonly number[] | null = null,
): Promise<CubeRow[]> {
  return period.quarters.length === 0 ? [] : grouped(store, period, 'a129, country', years);
}
