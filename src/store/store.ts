// The store: one embedded DuckDB database file. Only modules under src/store talk SQL.
import fs from 'node:fs';
import {
  DuckDBInstance,
  VARCHAR,
  listValue,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBValue,
} from './duckdb.js';
import { UserError } from '../errors.js';
import { storeError } from './store-errors.js';
import { createStoreFile } from './store-create.js';
import { fillTotals, SUMMARY_TABLES, tempTotals } from './totals.js';
import { checkStoreFile } from './store-path.js';
import { fillYearCube, upgradeOverflow, YEAR_CUBE_UPGRADE } from './year-cube.js';
import { SCHEMA, SCHEMA_VERSION, UPGRADABLE_VERSIONS } from './store-schema.js';

export type Row = Record<string, unknown>;

/** TERRITRADE_TRACE_SQL=1 prints each statement's duration on stderr (for profiling). */
function traceSql(sql: string, start: number): void {
  if (!process.env['TERRITRADE_TRACE_SQL']) return;
  process.stderr.write(
    `[sql ${(performance.now() - start).toFixed(0)} ms] ${sql.replace(/\s+/g, ' ').slice(0, 100)}\n`,
  );
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

  /** The store's tables, as they were when it was opened (after any upgrade). */
  private readonly tables = new Set<string>();

  /** False when this connection reads summaries from temporary tables, which other connections do not see. */
  private sharesTables = true;

  /** Whether the store has `table` (year_cube: not in a read-only store of an earlier version). */
  has(table: string): boolean {
    return this.tables.has(table);
  }

  /** `threads`: how many DuckDB may use (default: as many as the machine has). */
  static async open(storePath: string, options: { readOnly?: boolean; threads?: number } = {}): Promise<Store> {
    checkStoreFile(storePath); // a FIFO would block DuckDB's open forever
    // An empty file holds nothing (older versions left one behind on a full disk): made anew.
    const existed = fs.existsSync(storePath) && !(fs.statSync(storePath).isFile() && fs.statSync(storePath).size === 0);
    if (options.readOnly && !existed) {
      throw new UserError(
        `la base ${storePath} n'existe pas encore : importez des données (territrade import FICHIER…) ou générez la démo (territrade demo).`,
      );
    }
    if (!existed)
      await createStoreFile(
        storePath,
        `BEGIN TRANSACTION; ${SCHEMA}; INSERT INTO meta VALUES ('schema_version', '${SCHEMA_VERSION}'); COMMIT; CHECKPOINT;`,
      );
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(storePath, {
        ...(options.readOnly ? { access_mode: 'READ_ONLY' } : {}),
        ...(options.threads ? { threads: String(options.threads) } : {}),
      });
    } catch (err) {
      throw (
        storeError(err, storePath) ??
        new UserError(`impossible d'ouvrir la base ${storePath} : ${err instanceof Error ? err.message : String(err)}`)
      );
    }
    const connection = await instance.connect();
    const store = new Store(storePath, instance, connection, !existed);
    try {
      const { version, tables } = await store.checkSchema();
      if (version !== SCHEMA_VERSION) await store.upgrade(tables, options.readOnly ?? false);
      // Tables added to this schema version since the store was made (CREATE … IF NOT EXISTS).
      else if (!options.readOnly) await store.run(SCHEMA);
      const now = options.readOnly ? tables : (await store.checkSchema()).tables;
      now.forEach((t) => store.tables.add(t));
    } catch (err) {
      store.close();
      throw err;
    }
    return store;
  }

  /** Refuses a DuckDB file that is not a territrade store, or one of another schema version. */
  private async checkSchema(): Promise<{ version: string; tables: string[] }> {
    const tables = (
      await this.all('SELECT table_name AS t FROM duckdb_tables() WHERE database_name = current_database() ORDER BY 1')
    ).map((r) => String(r['t']));
    const version = tables.includes('meta') ? await this.metaValue('schema_version') : null;
    if (version === null) {
      const listed = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
      throw new UserError(
        `${this.path} est une base DuckDB qui n'est pas une base territrade${tables.length ? ` (tables : ${listed})` : ''} ; elle n'a pas été modifiée. Indiquez une autre base (--store).`,
      );
    }
    if (version !== SCHEMA_VERSION && !UPGRADABLE_VERSIONS.includes(version)) {
      throw new UserError(
        `la base ${this.path} a un format (${version}) que cette version de territrade ne sait pas lire (${SCHEMA_VERSION}).`,
      );
    }
    return { version, tables };
  }

  /**
   * A store of an earlier version lacks some summaries of totals.ts: opened for writing, it gets
   * them, filled from `trade`, and the new version number, all in one transaction; read-only,
   * they are temporary tables or views of this connection (the file is not touched).
   */
  private async upgrade(tables: string[], readOnly: boolean): Promise<void> {
    const missing = SUMMARY_TABLES.filter((t) => !tables.includes(t));
    this.sharesTables = missing.length === 0;
    if (readOnly) return tempTotals(this, missing);
    await this.transaction(async () => {
      await this.run(SCHEMA);
      await fillTotals(this, missing);
      if (!tables.includes('year_cube')) await fillYearCube(this);
      else await this.run(YEAR_CUBE_UPGRADE);
      await this.setMeta('schema_version', SCHEMA_VERSION);
    }).catch((err: unknown) => Promise.reject(upgradeOverflow(err, this.path)));
  }

  /** Damage, disk full and the like become French messages; other errors stay as they are. */
  private translate(err: unknown): unknown {
    return storeError(err, this.path) ?? err;
  }

  async run(sql: string, params?: DuckDBValue[]): Promise<void> {
    const t = performance.now();
    await this.connection.run(sql, params).catch((err: unknown) => Promise.reject(this.translate(err)));
    traceSql(sql, t);
  }

  /** Rows as plain JS objects (BIGINT → bigint; use Number() where values fit). */
  async all(sql: string, params?: DuckDBValue[]): Promise<Row[]> {
    const t = performance.now();
    const reader = await this.connection
      .runAndReadAll(sql, params)
      .catch((err: unknown) => Promise.reject(this.translate(err)));
    traceSql(sql, t);
    return reader.getRowObjectsJS();
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

  /** DuckDB's appender on `table` (catalog 'temp' for a temporary one): many rows, fast. */
  appender(table: string, catalog: string | null = null): Promise<DuckDBAppender> {
    return this.connection.createAppender(table, null, catalog);
  }

  /** Rows in chunks of about 2 000 as they come: a large result never sits whole in memory. */
  async *stream(sql: string, params?: DuckDBValue[]): AsyncGenerator<unknown[][]> {
    const result = await this.connection
      .stream(sql, params)
      .catch((err: unknown) => Promise.reject(this.translate(err)));
    for await (const rows of result.yieldRowsJs()) yield rows;
  }

  /** Columns as arrays (faster than row objects for large results). */
  async columns(sql: string, params?: DuckDBValue[]): Promise<unknown[][]> {
    const t = performance.now();
    const reader = await this.connection
      .runAndReadAll(sql, params)
      .catch((err: unknown) => Promise.reject(this.translate(err)));
    traceSql(sql, t);
    return reader.getColumnsJS();
  }

  /** Numeric columns as Float64Arrays, NULL as NaN: much cheaper than a JS value each (columns()); not HUGEINT. */
  async numericColumns(sql: string, params?: DuckDBValue[]): Promise<Float64Array[]> {
    return (await this.vectorColumns(sql, params)) as Float64Array[];
  }

  /**
   * Columns read vector by vector, much cheaper than columns()' value converters: VARCHAR ones
   * as strings, the others as Float64Arrays (NULL as NaN; not HUGEINT).
   */
  async vectorColumns(sql: string, params?: DuckDBValue[]): Promise<(Float64Array | string[])[]> {
    const t = performance.now();
    const result = await this.connection.run(sql, params).catch((err: unknown) => Promise.reject(this.translate(err)));
    const chunks = await result.fetchAllChunks();
    traceSql(sql, t);
    const size = chunks.reduce((n, c) => n + c.rowCount, 0);
    const columns = Array.from({ length: result.columnCount }, (_, j) =>
      result.columnTypeId(j) === VARCHAR ? new Array<string>(size) : new Float64Array(size),
    );
    let offset = 0;
    for (const chunk of chunks) {
      const rows = chunk.rowCount; // a call into DuckDB each time it is read
      columns.forEach((out, j) => {
        const vector = chunk.getColumnVector(j);
        if (out instanceof Float64Array)
          for (let i = 0; i < rows; i++) out[offset + i] = (vector.getItem(i) as number | null) ?? NaN;
        else for (let i = 0; i < rows; i++) out[offset + i] = vector.getItem(i) as string;
      });
      offset += rows;
    }
    return columns;
  }

  /**
   * Runs reading tasks side by side, each on its own connection (DuckDB runs one statement at a
   * time per connection): their results in task order, or, once all have ended, the first
   * failure in task order. A store read through temporary tables runs them in turn on this one.
   * A task's store is valid only until the task ends.
   */
  async together<T extends unknown[]>(...tasks: { [K in keyof T]: (store: Store) => Promise<T[K]> }): Promise<T> {
    if (!this.sharesTables) {
      const results: unknown[] = [];
      for (const task of tasks) results.push(await task(this));
      return results as T;
    }
    const sides = await Promise.all(
      tasks.slice(1).map(async () => {
        const side = new Store(this.path, this.instance, await this.instance.connect(), false);
        this.tables.forEach((t) => side.tables.add(t));
        return side;
      }),
    );
    // Each task called inside a promise: one that throws at once still lets the others end and the sides close.
    const settled = await Promise.allSettled(tasks.map(async (task, i) => task(i === 0 ? this : sides[i - 1]!)));
    sides.forEach((side) => side.connection.closeSync());
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as T;
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
    // A failed COMMIT (full disk) has already ended the transaction: the rollback may then
    // fail too, and must not hide the error that says what happened.
    const rollback = () => this.run('ROLLBACK').catch(() => {});
    let result: T;
    try {
      result = await fn();
    } catch (err) {
      await rollback();
      throw err;
    }
    try {
      await this.run('COMMIT');
    } catch (err) {
      await rollback();
      throw err;
    }
    return result;
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** Opens the store (or takes one whose opening started earlier: store-opening.ts), runs fn, always closes. */
export async function withStore<T>(
  source: string | { take(): Promise<Store> },
  fn: (store: Store) => Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  const store = typeof source === 'string' ? await Store.open(source, options) : await source.take();
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
