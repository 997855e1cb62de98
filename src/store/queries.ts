// Read-side queries of the store: what it holds (years, sources, labels, Territoires d'industrie).
// Years, quarters and row counts come from the few thousand rows of `trade_totals` (totals.ts),
// not from `trade`. The trade the figures start from is read by cube.ts.
import { UserError } from '../errors.js';
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
  const rows = await store.all(
    `SELECT flow, quarter, source_id, sum(row_count) AS n FROM trade_totals WHERE year = ? GROUP BY ALL ORDER BY ALL`,
    [year],
  );
  const quarters: Record<Flow, number[]> = { E: [], I: [] };
  let count = 0;
  const ids = new Set<number>();
  for (const r of rows) {
    const list = quarters[r['flow'] as Flow];
    const quarter = Number(r['quarter']);
    if (!list.includes(quarter)) list.push(quarter);
    ids.add(Number(r['source_id']));
    count += Number(r['n']);
  }
  const yearSources = (await sources(store)).filter((s) => ids.has(s.id));
  const demo = yearSources.some((s) => s.demo);
  const partial = (['E', 'I'] as const).some((f) => quarters[f].length < 4);
  return { year, quarters, partial, demo, rows: count, sources: yearSources };
}

/**
 * The year asked for, or else the latest complete one (all four quarters of both flows: the
 * latest publication's partial year is not the default), or the latest one; French error when
 * there is none.
 */
export async function resolveYear(store: Store, year?: number): Promise<number> {
  // The (year, flow, quarter) triples, counted per year here.
  const triples = await store.all('SELECT year, flow, quarter FROM trade_totals GROUP BY ALL');
  const perYear = new Map<number, number>();
  for (const r of triples) perYear.set(Number(r['year']), (perYear.get(Number(r['year'])) ?? 0) + 1);
  const rows = [...perYear].sort(([a], [b]) => a - b).map(([y, n]) => ({ year: y, complete: n === 8 }));
  const years = rows.map((r) => r.year);
  if (years.length === 0) {
    throw new UserError(
      'la base ne contient aucune donnée : lancez « territrade demo » ou « territrade import FICHIER… ».',
    );
  }
  if (year === undefined) return rows.filter((r) => r.complete).pop()?.year ?? years[years.length - 1]!;
  if (!years.includes(year))
    throw new UserError(`aucune donnée pour ${year} dans la base (années disponibles : ${years.join(', ')}).`);
  return year;
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
