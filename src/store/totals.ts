// Summaries of `trade`, by source file × flow × year × quarter and one more column: a few
// thousand rows each, read instead of the millions of rows of `trade`.
// - trade_totals, by département, with row counts: what the store holds (years, quarters, rows
//   and sources of a year) and every département's quarter totals;
// - activity_totals and country_totals, by A129 and by partner: France's sums, which a single
//   territory's figures compare with.
// Every change of `trade` changes them in the same transaction (import/import-files.ts adds a source's totals,
// import/sources.ts deletes replaced quarters from all), so they are always exact.
import type { DuckDBValue } from './duckdb.js';
import type { Store } from './store.js';

interface Summary {
  table: string;
  column: 'dept' | 'a129' | 'country';
  rowCount: boolean;
  /**
   * In a read-only store made before the summaries: a TABLE computed once when it is read
   * several times, else a VIEW (DuckDB pushes the period's filter into its scan of `trade`).
   */
  readOnlyAs: 'TABLE' | 'VIEW';
}

const SUMMARIES: readonly Summary[] = [
  { table: 'trade_totals', column: 'dept', rowCount: true, readOnlyAs: 'TABLE' },
  { table: 'activity_totals', column: 'a129', rowCount: false, readOnlyAs: 'VIEW' },
  { table: 'country_totals', column: 'country', rowCount: false, readOnlyAs: 'VIEW' },
];

export const SUMMARY_TABLES = SUMMARIES.map((s) => s.table);

/** Part of the store's schema (store.ts). Sums are HUGEINT: exact whatever the number of rows. */
export const TOTALS_TABLES = SUMMARIES.map(
  (s) => `
CREATE TABLE IF NOT EXISTS ${s.table} (
  source_id INTEGER NOT NULL,
  flow VARCHAR NOT NULL,
  year SMALLINT NOT NULL,
  quarter TINYINT NOT NULL,
  ${s.column} VARCHAR NOT NULL,
  value_eur HUGEINT NOT NULL${s.rowCount ? ',\n  row_count BIGINT NOT NULL' : ''}
);`,
).join('\n');

/** The summary rows of `trade`'s rows that `where` selects. */
function totalsOf(s: Summary, where: string): string {
  const keys = `source_id, flow, year, quarter, ${s.column}`;
  return `SELECT ${keys}, sum(value_eur)::HUGEINT AS value_eur${s.rowCount ? ', count(*) AS row_count' : ''} FROM trade ${where} GROUP BY ${keys}`;
}

/** Adds the totals of the rows just loaded under source `id` (an integer the import chose). */
export async function addSourceTotals(store: Store, id: number): Promise<void> {
  for (const s of SUMMARIES)
    await store.run(`INSERT INTO ${s.table} ${totalsOf(s, `WHERE source_id = ${Math.trunc(id)}`)}`);
}

/** Deletes the summary rows of what `DELETE FROM trade ${where}` deletes (every summary has the columns it names). */
export async function deleteTotals(store: Store, where: string, params: DuckDBValue[]): Promise<void> {
  for (const s of SUMMARIES) await store.run(`DELETE FROM ${s.table} ${where}`, params);
}

/** Computes summaries from `trade` (those a store made before them lacks, opened for writing). */
export async function fillTotals(store: Store, tables: readonly string[]): Promise<void> {
  for (const s of SUMMARIES.filter((s) => tables.includes(s.table))) {
    await store.run(`DELETE FROM ${s.table}`);
    await store.run(`INSERT INTO ${s.table} ${totalsOf(s, '')}`);
  }
}

/**
 * The summaries a store made before them lacks, opened read-only: temporary tables or views of
 * this connection over `trade` (the file is not touched), so readers get the same exact rows.
 */
export async function tempTotals(store: Store, tables: readonly string[]): Promise<void> {
  for (const s of SUMMARIES.filter((s) => tables.includes(s.table)))
    await store.run(`CREATE TEMP ${s.readOnlyAs} ${s.table} AS ${totalsOf(s, '')}`);
}
