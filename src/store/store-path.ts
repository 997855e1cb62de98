// Where the store is, without loading DuckDB: every command resolves it, few open it.
import path from 'node:path';

export const DEFAULT_STORE_PATH = path.join('data', 'territrade.duckdb');

/** `--store` wins, then TERRITRADE_STORE, then data/territrade.duckdb. */
export function resolveStorePath(option?: string): string {
  return option ?? process.env['TERRITRADE_STORE'] ?? DEFAULT_STORE_PATH;
}
