// The columns of the trade files of `territrade export`, each with its SQL (Parquet: DuckDB joins
// the labels and writes) and its value for CSV, where DuckDB streams only the narrow rows (codes
// and numbers) and the labels are looked up here: decoding a million rows of label strings out
// of DuckDB cost most of the time. Every cell is written by the one CSV writer (format/csv.ts);
// a label's cell is encoded once and reused.
import { csvCell, type CsvDialect, type CsvKind, type CsvValue } from '../format/csv.js';
import { DIRECTION_BY_FLOW } from '../model/direction.js';

export interface TradeLabels {
  departements: { dgddi: string; code: string; name: string; region: string; regionName: string }[];
  a129: { code: string; name: string; a17: string; a17Name: string }[];
  cpf4: { code: string; name: string }[];
  countries: { code: string; name: string }[];
}

/** A narrow row as CSV streams it: the trade row's codes and numbers, and its source. */
export interface NarrowRow {
  year: number;
  flow: 'E' | 'I';
  quarter: number;
  dept: string;
  region: string;
  a129: string;
  cpf4: string;
  country: string;
  value: bigint | number;
  mass: bigint | number;
  source: { demo: boolean; file: string };
}

/** The narrow row's columns, in NarrowRow's order after year and flow (the partition's). */
export const NARROW_SQL = 't.quarter, t.dept, t.region, t.a129, t.cpf4, t.country, t.value_eur, t.mass_kg, t.source_id';

const integer = (v: unknown): bigint | number => (typeof v === 'bigint' ? v : Number(v));

/** The NarrowRow of a row of NARROW_SQL. */
export function narrowRow(
  row: unknown[],
  year: number,
  flow: 'E' | 'I',
  source: (id: number) => NarrowRow['source'],
): NarrowRow {
  const text = (i: number): string => String(row[i]);
  return {
    year,
    flow,
    quarter: Number(row[0]),
    dept: text(1),
    region: text(2),
    a129: text(3),
    cpf4: text(4),
    country: text(5),
    value: integer(row[6]),
    mass: integer(row[7]),
    source: source(Number(row[8])),
  };
}

interface Lookups {
  dept: (code: string) => TradeLabels['departements'][number] | undefined;
  a129: (code: string) => TradeLabels['a129'][number] | undefined;
  cpf4: (code: string) => string | undefined;
  country: (code: string) => string | undefined;
}

export interface TradeColumn {
  name: string;
  kind: CsvKind;
  /** The column in the labelled query (aliases t: trade and its source, d, a, c, p: labels). */
  sql: string;
  csv: (r: NarrowRow, l: Lookups) => CsvValue;
  /** In the CSV files only: Parquet readers take year and flow from the folder names. */
  csvOnly?: boolean;
}

const n = (v: string | undefined): string | null => v ?? null;

/**
 * The columns of the trade files, in order. `year` and `flow` name the partition's folders
 * (`year=2024/flow=E/`); CSV files carry them on every line too, so that a file read alone says
 * what it holds.
 */
export const TRADE_COLUMNS: readonly TradeColumn[] = [
  { name: 'year', kind: 'number', sql: 't.year', csv: (r) => r.year, csvOnly: true },
  { name: 'flow', kind: 'code', sql: 't.flow', csv: (r) => r.flow, csvOnly: true },
  { name: 'flow_name', kind: 'text', sql: 't.flow_name', csv: (r) => DIRECTION_BY_FLOW[r.flow].plural },
  { name: 'period', kind: 'text', sql: "t.year || '-T' || t.quarter", csv: (r) => `${r.year}-T${r.quarter}` },
  { name: 'quarter', kind: 'number', sql: 't.quarter', csv: (r) => r.quarter },
  { name: 'departement_dgddi', kind: 'code', sql: 't.dept', csv: (r) => r.dept },
  { name: 'departement_code', kind: 'code', sql: 'd.code', csv: (r, l) => n(l.dept(r.dept)?.code) },
  { name: 'departement_name', kind: 'text', sql: 'd.name', csv: (r, l) => n(l.dept(r.dept)?.name) },
  { name: 'region_dgddi', kind: 'code', sql: 't.region', csv: (r) => r.region },
  { name: 'region_code', kind: 'code', sql: 'd.region', csv: (r, l) => n(l.dept(r.dept)?.region) },
  { name: 'region_name', kind: 'text', sql: 'd.region_name', csv: (r, l) => n(l.dept(r.dept)?.regionName) },
  { name: 'a129', kind: 'code', sql: 't.a129', csv: (r) => r.a129 },
  { name: 'a129_name', kind: 'text', sql: 'a.name', csv: (r, l) => n(l.a129(r.a129)?.name) },
  { name: 'a17', kind: 'code', sql: 'a.a17', csv: (r, l) => n(l.a129(r.a129)?.a17) },
  { name: 'a17_name', kind: 'text', sql: 'a.a17_name', csv: (r, l) => n(l.a129(r.a129)?.a17Name) },
  { name: 'cpf4', kind: 'code', sql: 't.cpf4', csv: (r) => r.cpf4 },
  { name: 'cpf4_name', kind: 'text', sql: 'c.name', csv: (r, l) => n(l.cpf4(r.cpf4)) },
  { name: 'country', kind: 'code', sql: 't.country', csv: (r) => r.country },
  { name: 'country_name', kind: 'text', sql: 'p.name', csv: (r, l) => n(l.country(r.country)) },
  { name: 'value_eur', kind: 'number', sql: 't.value_eur', csv: (r) => r.value },
  { name: 'mass_kg', kind: 'number', sql: 't.mass_kg', csv: (r) => r.mass },
  { name: 'demo', kind: 'boolean', sql: 't.demo', csv: (r) => r.source.demo },
  { name: 'source_file', kind: 'text', sql: 't.file_name', csv: (r) => r.source.file },
];

function byCode<T extends { code: string }>(items: readonly T[]): (code: string) => T | undefined {
  const map = new Map(items.map((x) => [x.code, x]));
  return (code) => map.get(code);
}

/**
 * The CSV line of a narrow row. Text and code cells are encoded once per distinct value and
 * column (a few thousand labels for a million rows); numbers each time.
 */
export function tradeLineWriter(labels: TradeLabels, dialect: CsvDialect): (r: NarrowRow) => string {
  const dept = new Map(labels.departements.map((d) => [d.dgddi, d]));
  const cpf4 = byCode(labels.cpf4);
  const country = byCode(labels.countries);
  const lookups: Lookups = {
    dept: (code) => dept.get(code),
    a129: byCode(labels.a129),
    cpf4: (code) => cpf4(code)?.name,
    country: (code) => country(code)?.name,
  };
  const caches = TRADE_COLUMNS.map(() => new Map<CsvValue, string>());
  return (r) => {
    let line = '';
    TRADE_COLUMNS.forEach((column, i) => {
      const value = column.csv(r, lookups);
      if (i > 0) line += dialect.separator;
      if (column.kind === 'number') {
        line += csvCell(value, column.kind, dialect);
        return;
      }
      const cache = caches[i]!;
      let cell = cache.get(value);
      if (cell === undefined) cache.set(value, (cell = csvCell(value, column.kind, dialect)));
      line += cell;
    });
    return line + dialect.eol;
  };
}
