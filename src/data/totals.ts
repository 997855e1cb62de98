// `trade_totals`: `trade` summed by source file × flow × year × quarter × département, with row
// counts. These few thousand rows answer what the store holds (years, quarters, rows and sources
// of a year) and give every département's quarter totals without scanning the millions of rows of
// `trade`. Every change of `trade` changes them in the same transaction (import.ts adds a source's
// totals, import/sources.ts deletes replaced quarters from both), so they are always exact.
import type { Store } from './store.js';

/** Part of the store's schema (store.ts). Sums are HUGEINT: exact whatever the number of rows. */
export const TOTALS_TABLE = `
CREATE TABLE IF NOT EXISTS trade_totals (
  source_id INTEGER NOT NULL,
  flow VARCHAR NOT NULL,
  year SMALLINT NOT NULL,
  quarter TINYINT NOT NULL,
  dept VARCHAR NOT NULL,
  value_eur HUGEINT NOT NULL,
  row_count BIGINT NOT NULL
);
`;

/** The summary rows of `trade`'s rows that `where` selects. */
function totalsOf(where: string): string {
  return `SELECT source_id, flow, year, quarter, dept, sum(value_eur)::HUGEINT AS value_eur, count(*) AS row_count FROM trade ${where} GROUP BY source_id, flow, year, quarter, dept`;
}

/** Adds the totals of the rows just loaded under source `id` (an integer the import chose). */
export async function addSourceTotals(store: Store, id: number): Promise<void> {
  await store.run(`INSERT INTO trade_totals ${totalsOf(`WHERE source_id = ${Math.trunc(id)}`)}`);
}

/** Computes the whole summary from `trade` (a store made before it existed, opened for writing). */
export async function fillTotals(store: Store): Promise<void> {
  await store.run('DELETE FROM trade_totals');
  await store.run(`INSERT INTO trade_totals ${totalsOf('')}`);
}

/**
 * The summary of a store made before it existed, opened read-only: computed into a temporary
 * table of this connection (one scan of `trade`), so that every reader sees the same exact rows.
 */
export async function tempTotals(store: Store): Promise<void> {
  await store.run(`CREATE TEMP TABLE trade_totals AS ${totalsOf('')}`);
}
