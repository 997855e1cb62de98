import fs from 'node:fs';
import path from 'node:path';
import { Store } from '../../src/store/store.js';
import { runCli } from './cli.js';
import { tempDir } from './temp-dir.js';

export async function openTempStore(dir = tempDir()): Promise<Store> {
  return Store.open(path.join(dir, 'store.duckdb'));
}

/** Everything a store holds, as one comparable string: "unchanged" means this is equal. */
export async function storeFingerprint(store: Store): Promise<string> {
  const parts: unknown[] = [];
  for (const sql of [
    'SELECT count(*), coalesce(sum(value_eur), 0), coalesce(sum(mass_kg), 0), coalesce(max(source_id), 0) FROM trade',
    "SELECT string_agg(concat_ws('|', flow, year, quarter, dept, a129, cpf4, country, value_eur), ',' ORDER BY ALL) FROM (SELECT * FROM trade ORDER BY ALL LIMIT 200)",
    "SELECT string_agg(concat_ws('|', id, file_name, quarters, row_count, demo), ',' ORDER BY id) FROM sources",
    "SELECT count(*), string_agg(concat_ws('|', kind, code, label), ',' ORDER BY kind, code, valid_from) FROM labels",
    "SELECT string_agg(concat_ws('|', key, value), ',' ORDER BY key) FROM meta",
    "SELECT count(*), string_agg(concat_ws('|', id, name, departement), ',' ORDER BY ALL) FROM territoires_industrie",
    "SELECT count(*), string_agg(concat_ws('|', source_id, flow, year, quarter, dept, value_eur, row_count), ',' ORDER BY ALL) FROM trade_totals",
    "SELECT count(*), string_agg(concat_ws('|', source_id, flow, year, quarter, a129, value_eur), ',' ORDER BY ALL) FROM activity_totals",
    "SELECT count(*), string_agg(concat_ws('|', source_id, flow, year, quarter, country, value_eur), ',' ORDER BY ALL) FROM country_totals",
    "SELECT count(*), string_agg(concat_ws('|', flow, year, dept, a129, country, value_eur), ',' ORDER BY ALL) FROM year_cube",
    "SELECT count(*), string_agg(concat_ws('|', kind, code, id), ',' ORDER BY ALL) FROM cube_codes",
  ]) {
    parts.push(await store.all(sql));
  }
  return JSON.stringify(parts, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}

/**
 * How many rows the summaries of src/store/totals.ts have that a direct aggregate of `trade` has
 * not, plus the reverse, over the three of them: 0 when they are exact.
 */
export async function totalsDifferences(store: Store): Promise<number> {
  let n = 0;
  for (const [table, column, count] of [
    ['trade_totals', 'dept', ', row_count'],
    ['activity_totals', 'a129', ''],
    ['country_totals', 'country', ''],
  ]) {
    const direct = `SELECT source_id, flow, year, quarter, ${column}, sum(value_eur)::HUGEINT${count ? ', count(*)::BIGINT' : ''} FROM trade GROUP BY ALL`;
    const summary = `SELECT source_id, flow, year, quarter, ${column}, value_eur${count} FROM ${table}`;
    const [row] = await store.all(
      `SELECT count(*) AS n FROM ((${summary} EXCEPT ALL ${direct}) UNION ALL (${direct} EXCEPT ALL ${summary}))`,
    );
    n += Number(row!['n']);
  }
  return n;
}

/**
 * How many rows year_cube (src/store/year-cube.ts), its codes put back, has that a direct
 * aggregate of `trade` by flow × year × département × A129 × partner has not, plus the reverse.
 */
export async function yearCubeDifferences(store: Store): Promise<number> {
  const direct = 'SELECT flow, year, dept, a129, country, sum(value_eur)::HUGEINT FROM trade GROUP BY ALL';
  const code = (k: string) => `(SELECT code FROM cube_codes c WHERE c.kind = '${k}' AND c.id = y.${k})`;
  const summary = `SELECT flow, year, ${code('dept')}, ${code('a129')}, ${code('country')}, value_eur FROM year_cube y`;
  const [row] = await store.all(
    `SELECT count(*) AS n FROM ((${summary} EXCEPT ALL ${direct}) UNION ALL (${direct} EXCEPT ALL ${summary}))`,
  );
  const [ids] = await store.all(
    'SELECT count(*) - count(DISTINCT (kind, id)) - count(DISTINCT (kind, code)) + count(*) AS n FROM cube_codes',
  );
  return Number(row!['n']) + Number(ids!['n']);
}

/** Official-format line. */
export function line(
  fields: Partial<
    Record<'flow' | 'quarter' | 'year' | 'dept' | 'region' | 'a129' | 'cpf4' | 'country' | 'value' | 'mass', string>
  > = {},
): string {
  const f = {
    flow: 'E',
    quarter: '1',
    year: '2024',
    dept: '42',
    region: '18',
    a129: 'C29A',
    cpf4: '2910',
    country: 'DE',
    value: '1000',
    mass: '10',
    ...fields,
  };
  return [f.flow, f.quarter, f.year, f.dept, f.region, f.a129, f.cpf4, f.country, f.value, f.mass].join(';');
}

/**
 * Writes a tiny 2024 (both flows, four quarters of 1 000 € for the Loire) into `dir` and imports it
 * into `store` with the real CLI; throws with the CLI's message when the import fails.
 */
export function importTinyYear(dir: string, store: string): void {
  const files = ['E', 'I'].map((flow) => {
    const file = path.join(dir, `Region_2024_${flow === 'E' ? 'Export' : 'Import'}.txt`);
    const lines = [1, 2, 3, 4].map((q) => line({ flow, quarter: String(q), value: '1000' }));
    fs.writeFileSync(file, lines.join('\n') + '\n');
    return file;
  });
  const r = runCli(['import', '--store', store, ...files]);
  if (r.code !== 0) throw new Error(`import de l'année de test refusé : ${r.stderr}`);
}
