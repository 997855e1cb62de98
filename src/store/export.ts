// SQL of `territrade export`: the store's trade rows with their labels, and a table of plain rows,
// written by DuckDB's COPY as Parquet (with its column statistics and our key-value metadata) or
// CSV. Labels come in as list parameters, so the store is only read.
import { listValue, type DuckDBValue } from './duckdb.js';
import { DIRECTION_BY_FLOW } from '../model/direction.js';
import type { Store } from './store.js';

export type ExportFormat = 'parquet' | 'csv';

export interface TradeLabels {
  departements: { dgddi: string; code: string; name: string; region: string; regionName: string }[];
  a129: { code: string; name: string; a17: string; a17Name: string }[];
  cpf4: { code: string; name: string }[];
  countries: { code: string; name: string }[];
}

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** COPY options: Parquet carries the metadata in its footer; CSV gets a header row. */
function copyOptions(format: ExportFormat, metadata: Record<string, string>, partitionBy?: string[]): string {
  const options = format === 'parquet' ? ['FORMAT parquet', 'COMPRESSION zstd'] : ['FORMAT csv', 'HEADER true'];
  if (partitionBy) options.push(`PARTITION_BY (${partitionBy.join(', ')})`);
  if (format === 'parquet') {
    const pairs = Object.entries(metadata).map(([k, v]) => `${sqlString(k)}: ${sqlString(v)}`);
    options.push(`KV_METADATA {${pairs.join(', ')}}`);
  }
  return options.join(', ');
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

/**
 * Writes the trade rows of `years` into `target`, one folder per year and flow (`year=2024/flow=E/`),
 * sorted, each row with its labels, its demo flag and its source file. Returns the row count.
 */
const EXPORT_MEMORY_LIMIT = '300MB';

export async function copyTrade(
  store: Store,
  target: string,
  format: ExportFormat,
  years: number[],
  labels: TradeLabels,
  metadata: Record<string, string>,
  /** Where DuckDB may spill the sort (inside the export's staging folder, removed with it). */
  tempDir: string,
): Promise<number> {
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
  params.push(listValue(years));
  const flowName = (flow: 'E' | 'I'): string => sqlString(DIRECTION_BY_FLOW[flow].plural);
  const query = `
    SELECT t.year, t.flow, CASE t.flow WHEN 'E' THEN ${flowName('E')} ELSE ${flowName('I')} END AS flow_name, t.quarter,
      t.dept AS departement_dgddi, d.code AS departement_code, d.name AS departement_name,
      t.region AS region_dgddi, d.region AS region_code, d.region_name,
      t.a129, a.name AS a129_name, a.a17, a.a17_name, t.cpf4, c.name AS cpf4_name, t.country, p.name AS country_name,
      t.value_eur, t.mass_kg, s.demo, s.file_name AS source_file
    FROM trade t
    JOIN sources s ON s.id = t.source_id
    LEFT JOIN ${d} d ON d.dgddi = t.dept
    LEFT JOIN ${a} a ON a.code = t.a129
    LEFT JOIN ${c} c ON c.code = t.cpf4
    LEFT JOIN ${p} p ON p.code = t.country
    WHERE t.year IN (SELECT unnest($${params.length}::INTEGER[]))
    ORDER BY t.year, t.flow, t.quarter, t.dept, t.cpf4, t.country, t.a129, t.value_eur, t.mass_kg`;
  const [count] = await store.all(`SELECT count(*) AS n FROM trade WHERE year IN (SELECT unnest($1::INTEGER[]))`, [
    listValue(years),
  ]);
  // A partitioned write on several threads interleaves row groups differently on each run: one
  // thread keeps the sorted order, so that the same store gives byte-identical files.
  // Sorting a million labelled rows would hold them all in memory: DuckDB spills beyond a limit.
  await store.run('SET threads = 1');
  await store.run(`SET memory_limit = '${EXPORT_MEMORY_LIMIT}'`);
  await store.run(`SET temp_directory = ${sqlString(tempDir)}`);
  try {
    await store.run(
      `COPY (${query}) TO ${sqlString(target)} (${copyOptions(format, metadata, ['year', 'flow'])})`,
      params,
    );
  } finally {
    await store.run('RESET threads');
    // The temporary folder stays: DuckDB cannot switch it once used, and the store closes next.
    await store.run('RESET memory_limit');
  }
  return Number(count!['n']);
}

export interface PlainColumn {
  name: string;
  type: 'VARCHAR' | 'DOUBLE' | 'BOOLEAN';
  values: (string | number | boolean)[];
}

/**
 * Writes columns of plain values, in their order, as one file. Values travel as text (a JS
 * number's shortest form reads back to the same double) and are cast in DuckDB.
 */
export async function copyColumns(
  store: Store,
  target: string,
  format: ExportFormat,
  columns: PlainColumn[],
  metadata: Record<string, string>,
): Promise<void> {
  const select = columns.map((c, i) => `unnest($${i + 1}::VARCHAR[])::${c.type} AS ${c.name}`).join(', ');
  const params = columns.map((c) => listValue(c.values.map(String)));
  await store.run(`COPY (SELECT ${select}) TO ${sqlString(target)} (${copyOptions(format, metadata)})`, params);
}
