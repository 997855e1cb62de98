// DuckDB's Node API, loaded with require: it is CommonJS, and an ESM import of it makes Node parse
// each of its ~180 files for their export names, which cost ≈ 60 ms (more on a busy machine) at
// every command that opens the store. Only modules under src/store use it.
import { createRequire } from 'node:module';
import type * as Api from '@duckdb/node-api';

const api = createRequire(import.meta.url)('@duckdb/node-api') as typeof Api;

export const DuckDBInstance = api.DuckDBInstance;
export type DuckDBInstance = Api.DuckDBInstance;
export const listValue = api.listValue;
export const VARCHAR = api.DuckDBTypeId.VARCHAR;
export type { DuckDBAppender, DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

/** A text as an SQL string literal (quotes doubled), for the places DuckDB takes no parameter: file paths in COPY and read_*, option values. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
