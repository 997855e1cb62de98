// Which import a quarter's rows come from. Each trade file ranks as a publication by the last
// quarter it holds (an annual file ends with its year's T4, a « dernière publication » with the
// newest quarter published), as recorded in `sources.quarters`. A file replaces the rows of a
// quarter brought by an earlier import of the same or an older publication; a newer
// publication's quarter is kept unless the caller forces it (`import --force-older`).
import type { DuckDBValue } from '../duckdb.js';
import type { Flow } from '../../dgddi/format.js';
import type { Store } from '../store.js';
import { deleteTotals } from '../totals.js';
import type { StagePart } from './trade.js';

/** One quarter of one flow that an import replaced, or left to a newer publication. */
export interface QuarterChange {
  year: number;
  flow: Flow;
  quarter: number;
  /** The file that brought the quarter before this import. */
  previousFile: string;
  /** The previous file's last quarter (its publication), `2025T1`. */
  previousLast: string;
}

export interface Replacement {
  replacedRows: number;
  replaced: QuarterChange[];
  /** Quarters whose rows this file did not bring, a newer publication holding them. */
  kept: QuarterChange[];
  keptRows: number;
}

/** `2025T1` → 8101: quarters in order. */
function quarterIndex(text: string): number {
  const m = /^(\d{4})T([1-4])$/.exec(text.trim());
  return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : -1;
}

/** The last quarter of a list such as `2024T2,2024T3,2025T1` (sources.quarters). */
export function lastQuarter(quarters: readonly string[]): string {
  return quarters.reduce((best, q) => (quarterIndex(q) > quarterIndex(best) ? q.trim() : best), '');
}

interface Holder {
  id: number;
  file: string;
  last: string;
  rows: number;
}

async function holders(store: Store, where: string, params: DuckDBValue[]): Promise<Holder[]> {
  const rows = await store.all(
    `SELECT s.id, s.file_name, s.quarters, t.n FROM sources s JOIN (SELECT source_id, sum(row_count) AS n FROM trade_totals ${where} GROUP BY source_id) t ON t.source_id = s.id ORDER BY s.id`,
    params,
  );
  return rows.map((r) => ({
    id: Number(r['id']),
    file: String(r['file_name']),
    last: lastQuarter(String(r['quarters']).split(',')),
    rows: Number(r['n']),
  }));
}

async function deleteRows(store: Store, where: string, params: DuckDBValue[]): Promise<void> {
  await store.run(`DELETE FROM trade ${where}`, params);
  await deleteTotals(store, where, params);
}

/**
 * For each quarter the new source `id` brings: the rows of earlier imports go when no newer
 * publication holds the quarter (or `forceOlder`); otherwise the new source's rows of that
 * quarter go, and the quarter is listed as kept.
 */
export async function replaceQuarters(
  store: Store,
  parts: readonly StagePart[],
  id: number,
  forceOlder: boolean,
): Promise<Replacement> {
  const result: Replacement = { replacedRows: 0, replaced: [], kept: [], keptRows: 0 };
  const newLast = quarterIndex(lastQuarter(parts.map((p) => `${p.year}T${p.quarter}`)));
  for (const p of parts) {
    const where = 'WHERE year = ? AND flow = ? AND quarter = ? AND source_id <> ?';
    const params = [p.year, p.flow, p.quarter, id];
    const earlier = await holders(store, where, params);
    if (earlier.length === 0) continue;
    const newer = earlier.find((h) => quarterIndex(h.last) > newLast);
    const change = (h: Holder): QuarterChange => ({ ...p, previousFile: h.file, previousLast: h.last });
    if (newer && !forceOlder) {
      await deleteRows(store, 'WHERE year = ? AND flow = ? AND quarter = ? AND source_id = ?', params);
      result.kept.push(change(newer));
      result.keptRows += p.rows;
      continue;
    }
    await deleteRows(store, where, params);
    for (const h of earlier) result.replaced.push(change(h));
    result.replacedRows += earlier.reduce((s, h) => s + h.rows, 0);
  }
  return result;
}
