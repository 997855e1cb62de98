// Read-side queries of the store: what it holds (years, sources, labels, Territoires d'industrie).
// Years, quarters and row counts come from the few thousand rows of `trade_totals` (totals.ts),
// not from `trade`. The trade the figures start from is read by cube.ts.
import type { TerritoireIndustrie } from '../model/territory.js';
import type { Flow } from '../model/trade.js';
import { defaultTerritoiresIndustrie, SHIPPED_TI_FILE } from '../reference/territoires-industrie.js';
import type { LabelRow } from '../reference/labels.js';
import type { Store } from './store.js';

export interface SourceInfo {
  id: number;
  fileName: string;
  container: string;
  year: number;
  flows: string;
  quarters: string;
  rows: number;
  demo: boolean;
  importedAt: string;
}

export interface YearInfo {
  year: number;
  /** Quarters present for each flow. */
  quarters: Record<Flow, number[]>;
  /** True when a flow lacks one of the four quarters. */
  partial: boolean;
  /** True when any data of the year comes from the demo generator. */
  demo: boolean;
  rows: number;
  sources: SourceInfo[];
}

export async function storedYears(store: Store): Promise<number[]> {
  const rows = await store.all('SELECT DISTINCT year FROM trade_totals ORDER BY year');
  return rows.map((r) => Number(r['year']));
}

export async function sources(store: Store): Promise<SourceInfo[]> {
  const rows = await store.all('SELECT * FROM sources ORDER BY id');
  return rows.map((r) => ({
    id: Number(r['id']),
    fileName: String(r['file_name']),
    container: String(r['container'] ?? ''),
    year: Number(r['year']),
    flows: String(r['flow']),
    quarters: String(r['quarters']),
    rows: Number(r['row_count']),
    demo: Boolean(r['demo']),
    importedAt: String(r['imported_at']),
  }));
}

export async function yearInfo(store: Store, year: number): Promise<YearInfo> {
  return (await yearsInfo(store, [year]))[0]!;
}

/** yearInfo of each of `years`, in their order, from one reading of the totals and of the sources. */
export async function yearsInfo(store: Store, years: readonly number[]): Promise<YearInfo[]> {
  // Integers we were given as numbers: safe to inline.
  const rows = await store.all(
    `SELECT year::INTEGER AS year, flow, quarter, source_id, sum(row_count) AS n FROM trade_totals
     WHERE year IN (${years.map((y) => String(Math.trunc(y))).join(', ') || 'NULL'}) GROUP BY ALL ORDER BY ALL`,
  );
  const stored = rows.length > 0 ? await sources(store) : [];
  return years.map((year) => {
    const quarters: Record<Flow, number[]> = { E: [], I: [] };
    let count = 0;
    const ids = new Set<number>();
    for (const r of rows) {
      if (Number(r['year']) !== year) continue;
      const list = quarters[r['flow'] as Flow];
      const quarter = Number(r['quarter']);
      if (!list.includes(quarter)) list.push(quarter);
      ids.add(Number(r['source_id']));
      count += Number(r['n']);
    }
    const yearSources = stored.filter((s) => ids.has(s.id));
    const demo = yearSources.some((s) => s.demo);
    const partial = (['E', 'I'] as const).some((f) => quarters[f].length < 4);
    return { year, quarters, partial, demo, rows: count, sources: yearSources };
  });
}

/** Current label of each code of one kind ('a129', 'cpf4', 'pays'): the one valid latest. */
export async function storedLabels(store: Store, kind: string): Promise<Map<string, string>> {
  const rows = await store.all(
    'SELECT code, arg_max(label, valid_to || valid_from) AS label FROM labels WHERE kind = ? GROUP BY code',
    [kind],
  );
  return new Map(rows.map((r) => [String(r['code']), String(r['label'])]));
}

/**
 * The list of Territoires d'industrie in force: ANCT's file when one was imported, else the list
 * shipped with territrade (also for stores seeded with an older default list).
 */
export async function storedTerritoires(
  store: Store,
): Promise<{ list: TerritoireIndustrie[]; kind: 'default' | 'official'; source: string }> {
  if ((await store.metaValue('ti_list')) !== 'official')
    return { list: defaultTerritoiresIndustrie(), kind: 'default', source: SHIPPED_TI_FILE };
  const rows = await store.all('SELECT id, name, departement FROM territoires_industrie ORDER BY name, departement');
  const byName = new Map<string, TerritoireIndustrie>();
  for (const r of rows) {
    const key = `${r['id'] ?? ''}\u0000${r['name']}`;
    const t = byName.get(key) ?? {
      id: r['id'] === null ? null : String(r['id']),
      name: String(r['name']),
      departements: [],
    };
    if (r['departement'] !== null) t.departements.push(String(r['departement']));
    byName.set(key, t);
  }
  return { list: [...byName.values()], kind: 'official', source: (await store.metaValue('ti_source')) ?? '' };
}

/** Every label of one kind ('a129', 'pays'…) with its validity, for picking the one valid in a period. */
export async function storedLabelRows(store: Store, kind: string): Promise<LabelRow[]> {
  const rows = await store.all(
    'SELECT code, label, valid_from, valid_to FROM labels WHERE kind = ? ORDER BY code, valid_from',
    [kind],
  );
  return rows.map((r) => ({
    code: String(r['code']),
    label: String(r['label']),
    validFrom: String(r['valid_from']),
    validTo: String(r['valid_to']),
  }));
}
