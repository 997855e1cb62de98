// The files of `territrade export`: the store's trade rows with their labels, and a table of
// plain columns. Parquet is written by DuckDB's COPY (with its column statistics and our
// key-value metadata); CSV by territrade's one CSV writer (export-csv.ts, format/csv.ts), plain
// for data tools or in French Excel's dialect. Labels come in as list parameters, so the store
// is only read.
import fs from 'node:fs';
import path from 'node:path';
import { EXCEL_FR, PLAIN_CSV, type CsvDialect, type CsvKind } from '../format/csv.js';
import { DIRECTION_BY_FLOW } from '../model/direction.js';
import { listValue, sqlString, type DuckDBValue } from './duckdb.js';
import { csvRows, parquetRows, streamCsv, type ParquetType, type RowWriter } from './export-csv.js';
import { NARROW_SQL, narrowRow, TRADE_COLUMNS, tradeLineWriter, type TradeLabels } from './export-trade.js';

export type { TradeLabels } from './export-trade.js';
import type { Store } from './store.js';

export type ExportFormat = 'parquet' | 'csv' | 'csv-excel';

/** The CSV dialect of each CSV format. */
export const CSV_DIALECTS: Record<Exclude<ExportFormat, 'parquet'>, CsvDialect> = {
  csv: PLAIN_CSV,
  'csv-excel': EXCEL_FR,
};

/**
 * Parquet's COPY options: zstd, the metadata in its footer, and row groups of 30 000 rows (the
 * default 122 880 labelled rows took DuckDB's writer to 600–800 MB for a year; bench/).
 */
function parquetOptions(metadata: Record<string, string>): string {
  const pairs = Object.entries(metadata).map(([k, v]) => `${sqlString(k)}: ${sqlString(v)}`);
  return `FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 30000, KV_METADATA {${pairs.join(', ')}}`;
}

/** A subquery of parallel lists, parameters $first…: (SELECT unnest($1::VARCHAR[]) AS a, …). */
function listTable(columns: string[], first: number): string {
  return `(SELECT ${columns.map((c, i) => `unnest($${first + i}::VARCHAR[]) AS ${c}`).join(', ')})`;
}

/** The codes of a trade column found in the given years, sorted. */
export async function distinctCodes(
  store: Store,
  column: 'a129' | 'cpf4' | 'country',
  years: number[],
): Promise<string[]> {
  const rows = await store.all(
    `SELECT DISTINCT ${column} AS code FROM trade WHERE year IN (SELECT unnest($1::INTEGER[])) ORDER BY code`,
    [listValue(years)],
  );
  return rows.map((r) => String(r['code']));
}

/** Where DuckDB may spill a sort beyond this (inside the export's staging folder, removed with it). */
const EXPORT_MEMORY_LIMIT = '300MB';

/** The (year, flow) pairs of `years` that have rows, in order. */
async function partitions(store: Store, years: number[]): Promise<{ year: number; flow: 'E' | 'I' }[]> {
  const rows = await store.all(
    `SELECT DISTINCT year, flow FROM trade WHERE year IN (SELECT unnest($1::INTEGER[])) ORDER BY year, flow`,
    [listValue(years)],
  );
  return rows.map((r) => ({ year: Number(r['year']), flow: r['flow'] === 'E' ? 'E' : 'I' }));
}

/**
 * The rows of one year and flow with their source, sorted: a subquery `t`. The sort runs on
 * these narrow rows, before the labels are joined (sorting the labelled rows took 100 MB more);
 * on one thread, the joins keep the order.
 */
function partitionRows(year: number, flow: 'E' | 'I'): string {
  return `(SELECT tr.*, ${sqlString(DIRECTION_BY_FLOW[flow].plural)} AS flow_name, so.demo, so.file_name
    FROM trade tr JOIN sources so ON so.id = tr.source_id
    WHERE tr.year = ${year} AND tr.flow = ${sqlString(flow)}
    ORDER BY tr.quarter, tr.dept, tr.cpf4, tr.country, tr.a129, tr.value_eur, tr.mass_kg, so.file_name) t`;
}

/** The sorted, labelled rows of one year and flow (Parquet), with the labels as list parameters. */
function labelledQuery(labels: TradeLabels, year: number, flow: 'E' | 'I'): { sql: string; params: DuckDBValue[] } {
  const params: DuckDBValue[] = [];
  const table = (columns: string[], rows: string[][]): string => {
    const sql = listTable(columns, params.length + 1);
    columns.forEach((_, j) => params.push(listValue(rows.map((r) => r[j]!))));
    return sql;
  };
  const d = table(
    ['dgddi', 'code', 'name', 'region', 'region_name'],
    labels.departements.map((x) => [x.dgddi, x.code, x.name, x.region, x.regionName]),
  );
  const a = table(
    ['code', 'name', 'a17', 'a17_name'],
    labels.a129.map((x) => [x.code, x.name, x.a17, x.a17Name]),
  );
  const c = table(
    ['code', 'name'],
    labels.cpf4.map((x) => [x.code, x.name]),
  );
  const p = table(
    ['code', 'name'],
    labels.countries.map((x) => [x.code, x.name]),
  );
  const columns = TRADE_COLUMNS.filter((col) => !col.csvOnly);
  const sql = `
    SELECT ${columns.map((col) => `${col.sql} AS ${col.name}`).join(', ')}
    FROM ${partitionRows(year, flow)}
    LEFT JOIN ${d} d ON d.dgddi = t.dept
    LEFT JOIN ${a} a ON a.code = t.a129
    LEFT JOIN ${c} c ON c.code = t.cpf4
    LEFT JOIN ${p} p ON p.code = t.country`;
  return { sql, params };
}

/** The CSV file of one year and flow: narrow rows streamed, labels added by tradeLineWriter. */
async function tradeCsv(
  store: Store,
  file: string,
  year: number,
  flow: 'E' | 'I',
  dialect: CsvDialect,
  labels: TradeLabels,
): Promise<number> {
  const sources = new Map(
    (await store.all('SELECT id, demo, file_name FROM sources')).map((s) => [
      Number(s['id']),
      { demo: s['demo'] === true, file: String(s['file_name']) },
    ]),
  );
  const line = tradeLineWriter(labels, dialect);
  const sql = `SELECT ${NARROW_SQL} FROM ${partitionRows(year, flow)}`;
  return streamCsv(store, { sql, params: [] }, file, TRADE_COLUMNS, dialect, (row) =>
    line(narrowRow(row, year, flow, (id) => sources.get(id)!)),
  );
}

/**
 * Writes the trade rows of `years` into `target`, one file per year and flow
 * (`year=2024/flow=E/data_0.parquet`), sorted, each row with its labels, its demo flag and its
 * source file. One partition at a time, on one thread (the same store gives byte-identical
 * files), DuckDB spilling its sort to `tempDir` beyond EXPORT_MEMORY_LIMIT. Returns the row count.
 */
export async function copyTrade(
  store: Store,
  target: string,
  format: ExportFormat,
  years: number[],
  labels: TradeLabels,
  metadata: Record<string, string>,
  tempDir: string,
): Promise<number> {
  await store.run('SET threads = 1');
  await store.run(`SET memory_limit = '${EXPORT_MEMORY_LIMIT}'`);
  await store.run(`SET temp_directory = ${sqlString(tempDir)}`);
  let count = 0;
  try {
    for (const { year, flow } of await partitions(store, years)) {
      const dir = path.join(target, `year=${year}`, `flow=${flow}`);
      fs.mkdirSync(dir, { recursive: true });
      if (format === 'parquet') {
        const { sql, params } = labelledQuery(labels, year, flow);
        const file = sqlString(path.join(dir, 'data_0.parquet'));
        await store.run(`COPY (${sql}) TO ${file} (${parquetOptions(metadata)})`, params);
        const [n] = await store.all(`SELECT count(*) AS n FROM trade WHERE year = ${year} AND flow = '${flow}'`);
        count += Number(n!['n']);
      } else {
        count += await tradeCsv(store, path.join(dir, 'data_0.csv'), year, flow, CSV_DIALECTS[format], labels);
      }
    }
  } finally {
    await store.run('RESET threads');
    // The temporary folder stays: DuckDB cannot switch it once used, and the store closes next.
    await store.run('RESET memory_limit');
  }
  return count;
}

/** A column of a table written row by row: its Parquet type, and how CSV writes it. */
export interface TableColumn {
  name: string;
  type: ParquetType;
  /** Default: text, number, boolean after the type. */
  kind?: CsvKind;
}

const KIND_OF_TYPE: Record<ParquetType, CsvKind> = { VARCHAR: 'text', DOUBLE: 'number', BOOLEAN: 'boolean' };

/**
 * A table written row by row into `target` (`.parquet` or `.csv` after the format); for
 * Parquet, with `metadata` and a side file in `tempDir`.
 */
export function tableWriter(
  store: Store,
  target: string,
  format: ExportFormat,
  columns: readonly TableColumn[],
  metadata: Record<string, string>,
  tempDir: string,
): RowWriter {
  if (format === 'parquet') return parquetRows(store, target, columns, parquetOptions(metadata), tempDir);
  const csv = columns.map((c) => ({ name: c.name, kind: c.kind ?? KIND_OF_TYPE[c.type] }));
  return csvRows(target, csv, CSV_DIALECTS[format]);
}
