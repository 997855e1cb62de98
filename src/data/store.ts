// The store: one embedded DuckDB database file. Only modules under src/data talk SQL.
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { UserError } from '../errors.js';

export const DEFAULT_STORE_PATH = path.join('data', 'territrade.duckdb');

/** `--store` wins, then TERRITRADE_STORE, then data/territrade.duckdb. */
export function resolveStorePath(option?: string): string {
  return option ?? process.env['TERRITRADE_STORE'] ?? DEFAULT_STORE_PATH;
}

const SCHEMA_VERSION = '1';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
  id INTEGER PRIMARY KEY,
  file_name VARCHAR NOT NULL,
  container VARCHAR,
  sha256 VARCHAR NOT NULL,
  year SMALLINT NOT NULL,
  flow VARCHAR NOT NULL,
  quarters VARCHAR NOT NULL,
  row_count BIGINT NOT NULL,
  demo BOOLEAN NOT NULL,
  imported_at VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS trade (
  source_id INTEGER NOT NULL,
  flow VARCHAR NOT NULL,
  year SMALLINT NOT NULL,
  quarter TINYINT NOT NULL,
  dept VARCHAR NOT NULL,
  region VARCHAR NOT NULL,
  a129 VARCHAR NOT NULL,
  cpf4 VARCHAR NOT NULL,
  country VARCHAR NOT NULL,
  value_eur BIGINT NOT NULL,
  mass_kg BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS labels (
  kind VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  label VARCHAR NOT NULL,
  valid_from VARCHAR NOT NULL,
  valid_to VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,
  PRIMARY KEY (kind, code, valid_from)
);
CREATE TABLE IF NOT EXISTS territoires_industrie (
  id VARCHAR,
  name VARCHAR NOT NULL,
  departement VARCHAR
);
`;

export type Row = Record<string, unknown>;

/** TERRITRADE_TRACE_SQL=1 prints each statement's duration on stderr (for profiling). */
function traceSql(sql: string, start: number): void {
  if (!process.env['TERRITRADE_TRACE_SQL']) return;
  process.stderr.write(`[sql ${(performance.now() - start).toFixed(0)} ms] ${sql.replace(/\s+/g, ' ').slice(0, 100)}\n`);
}

/** A DuckDB database file with one connection. */
export class Store {
  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    /** True when this open created the database file. */
    readonly created: boolean,
  ) {}

  static async open(storePath: string, options: { readOnly?: boolean } = {}): Promise<Store> {
    const existed = fs.existsSync(storePath);
    if (options.readOnly && !existed) {
      throw new UserError(
        `la base ${storePath} n'existe pas encore : importez des données (territrade import FICHIER…) ou générez la démo (territrade demo).`,
      );
    }
    if (!existed) fs.mkdirSync(path.dirname(path.resolve(storePath)), { recursive: true });
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(storePath, options.readOnly ? { access_mode: 'READ_ONLY' } : {});
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      if (/lock/i.test(reason)) {
        throw new UserError(`la base ${storePath} est utilisée par un autre processus territrade ; réessayez quand il aura terminé.`);
      }
      throw new UserError(`impossible d'ouvrir la base ${storePath} : ${reason}`);
    }
    const connection = await instance.connect();
    const store = new Store(storePath, instance, connection, !existed);
    if (!options.readOnly) {
      await connection.run(SCHEMA);
      const version = await store.metaValue('schema_version');
      if (version === null) await store.setMeta('schema_version', SCHEMA_VERSION);
      else if (version !== SCHEMA_VERSION) {
        store.close();
        throw new UserError(`la base ${storePath} a un format (${version}) que cette version de territrade ne sait pas lire (${SCHEMA_VERSION}).`);
      }
    }
    return store;
  }

  async run(sql: string, params?: DuckDBValue[]): Promise<void> {
    const t = performance.now();
    await this.connection.run(sql, params);
    traceSql(sql, t);
  }

  /** Rows as plain JS objects (BIGINT → bigint; use Number() where values fit). */
  async all(sql: string, params?: DuckDBValue[]): Promise<Row[]> {
    const t = performance.now();
    const reader = await this.connection.runAndReadAll(sql, params);
    traceSql(sql, t);
    return reader.getRowObjectsJS() as Row[];
  }

  /**
   * Inserts text rows with one statement: each column goes in as one list parameter and is
   * unnested (much faster in DuckDB than many-row VALUES). `head` is e.g. 'INSERT INTO t'.
   */
  async insertTextRows(head: string, rows: (string | null)[][]): Promise<void> {
    if (rows.length === 0) return;
    const width = rows[0]!.length;
    const columns = Array.from({ length: width }, (_, j) => listValue(rows.map((r) => r[j] ?? null)));
    const select = columns.map((_, j) => `unnest($${j + 1}::VARCHAR[])`).join(', ');
    await this.run(`${head} SELECT ${select}`, columns);
  }

  /** Columns as arrays (faster than row objects for large results). */
  async columns(sql: string, params?: DuckDBValue[]): Promise<unknown[][]> {
    const t = performance.now();
    const reader = await this.connection.runAndReadAll(sql, params);
    traceSql(sql, t);
    return reader.getColumnsJS() as unknown[][];
  }

  async metaValue(key: string): Promise<string | null> {
    const rows = await this.all('SELECT value FROM meta WHERE key = ?', [key]);
    return rows.length ? String(rows[0]!['value']) : null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.run('INSERT OR REPLACE INTO meta VALUES (?, ?)', [key, value]);
  }

  /** Runs fn in one transaction: everything or nothing. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await fn();
      await this.run('COMMIT');
      return result;
    } catch (err) {
      await this.run('ROLLBACK');
      throw err;
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** Opens the store, runs fn, always closes. */
export async function withStore<T>(storePath: string, fn: (store: Store) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
  const store = await Store.open(storePath, options);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
