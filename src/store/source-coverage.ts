// What each imported trade file still provides. A later import replaces the rows of a (year, flow,
// quarter) whatever file brought them (import/sources.ts), so an annual file imported before the
// "dernière publication" may keep only its first quarter: `sources.quarters` says what the file
// brought, this says what is left of it and which file took over the rest.
import type { SourceInfo } from './queries.js';
import type { Store } from './store.js';

/** Rows of `trade_totals` per source, flow and quarter. */
export interface StoredQuarter {
  sourceId: number;
  flow: string;
  year: number;
  quarter: number;
  rows: number;
}

export interface SourceCoverage {
  /** Quarters ('2024T1') the file still provides rows for, in the order it listed them. */
  kept: string[];
  /** The quarters it brought that another file now provides, one entry per such file (by id). */
  replaced: { quarters: string[]; by: number }[];
  /** Its rows still in the store. */
  rows: number;
}

const key = (flow: string, year: number, quarter: number) => `${flow}|${year}|${quarter}`;

/** Pure: the coverage of every source, from what the store holds per source and quarter. */
export function sourceCoverage(
  sources: readonly SourceInfo[],
  stored: readonly StoredQuarter[],
): Map<number, SourceCoverage> {
  // The file providing each (flow, year, quarter) now: the latest one when several do.
  const holder = new Map<string, number>();
  for (const s of stored) {
    const k = key(s.flow, s.year, s.quarter);
    holder.set(k, Math.max(holder.get(k) ?? 0, s.sourceId));
  }
  const out = new Map<number, SourceCoverage>();
  for (const source of sources) {
    const own = stored.filter((s) => s.sourceId === source.id);
    const flows = source.flows.split(',');
    const kept: string[] = [];
    const replaced = new Map<number, string[]>();
    for (const label of source.quarters.split(',').filter((q) => q !== '')) {
      const m = /^(\d{4})T([1-4])$/.exec(label);
      if (!m) continue;
      const year = Number(m[1]);
      const quarter = Number(m[2]);
      if (own.some((s) => s.year === year && s.quarter === quarter)) {
        kept.push(label);
        continue;
      }
      const by = flows.map((f) => holder.get(key(f, year, quarter))).find((id) => id !== undefined);
      if (by !== undefined) replaced.set(by, [...(replaced.get(by) ?? []), label]);
    }
    out.set(source.id, {
      kept,
      replaced: [...replaced].map(([by, quarters]) => ({ by, quarters })),
      rows: own.reduce((n, s) => n + s.rows, 0),
    });
  }
  return out;
}

/** What the store holds per source, flow and quarter (from the summary table, a few thousand rows). */
export async function storedQuarters(store: Store): Promise<StoredQuarter[]> {
  const rows = await store.all(
    'SELECT source_id, flow, year, quarter, sum(row_count) AS n FROM trade_totals GROUP BY ALL ORDER BY ALL',
  );
  return rows.map((r) => ({
    sourceId: Number(r['source_id']),
    flow: String(r['flow']),
    year: Number(r['year']),
    quarter: Number(r['quarter']),
    rows: Number(r['n']),
  }));
}
