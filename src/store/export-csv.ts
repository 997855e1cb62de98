// Files of `territrade export` written row by row: CSV by territrade's one CSV writer
// (format/csv.ts), from rows streamed out of DuckDB chunk by chunk (a year's million rows never
// sit in memory) or added one by one; Parquet from rows added one by one, through a JSON-lines
// side file that DuckDB's COPY reads back (list parameters of a few hundred thousand values
// took gigabytes). Same rows in the same order → byte-identical files.
import fs from 'node:fs';
import path from 'node:path';
import { BOM, csvHeader, csvLine, type CsvDialect, type CsvKind, type CsvValue } from '../format/csv.js';
import { sqlString, type DuckDBValue } from './duckdb.js';
import type { Store } from './store.js';

export interface CsvColumn {
  name: string;
  kind: CsvKind;
}

/** Lines are gathered and written this many at a time. */
const BATCH = 4096;

/** A file opened for appending text in batches. */
class BatchedFile {
  private readonly fd: number;
  private pending: string[] = [];

  constructor(file: string, head: string) {
    this.fd = fs.openSync(file, 'w');
    if (head) fs.writeSync(this.fd, head);
  }

  add(line: string): void {
    this.pending.push(line);
    if (this.pending.length >= BATCH) this.flush();
  }

  flush(): void {
    if (this.pending.length) fs.writeSync(this.fd, this.pending.join(''));
    this.pending = [];
  }

  close(): void {
    try {
      this.flush();
    } finally {
      fs.closeSync(this.fd);
    }
  }
}

function csvHead(columns: readonly CsvColumn[], dialect: CsvDialect): string {
  return (
    (dialect.bom ? BOM : '') +
    csvHeader(
      columns.map((c) => c.name),
      dialect,
    )
  );
}

/**
 * Writes the rows of `sql`, streamed, as one CSV file: the header of `columns`, then `line` of
 * each row (which ends with the dialect's line end). Returns the row count.
 */
export async function streamCsv(
  store: Store,
  query: { sql: string; params: DuckDBValue[] },
  file: string,
  columns: readonly CsvColumn[],
  dialect: CsvDialect,
  line: (row: unknown[]) => string,
): Promise<number> {
  const out = new BatchedFile(file, csvHead(columns, dialect));
  let count = 0;
  try {
    for await (const rows of store.stream(query.sql, query.params)) {
      for (const row of rows) out.add(line(row));
      count += rows.length;
    }
  } finally {
    out.close();
  }
  return count;
}

/** Rows added one by one, then the file completed by `close`. */
export interface RowWriter {
  add(row: readonly CsvValue[]): void;
  close(): Promise<void>;
}

/** A CSV file, row by row. */
export function csvRows(file: string, columns: readonly CsvColumn[], dialect: CsvDialect): RowWriter {
  const kinds = columns.map((c) => c.kind);
  const out = new BatchedFile(file, csvHead(columns, dialect));
  return {
    add: (row) => out.add(csvLine(row, kinds, dialect)),
    close: () => Promise.resolve(out.close()),
  };
}

export type ParquetType = 'VARCHAR' | 'DOUBLE' | 'BOOLEAN';

/**
 * A Parquet file, row by row: the rows go to a JSON-lines file in `tempDir`, which one COPY
 * (on one thread, so in order) turns into `file` with `options`, and which is then removed.
 */
export function parquetRows(
  store: Store,
  file: string,
  columns: readonly { name: string; type: ParquetType }[],
  options: string,
  tempDir: string,
): RowWriter {
  fs.mkdirSync(tempDir, { recursive: true });
  const side = path.join(tempDir, `${path.basename(file)}.jsonl`);
  const out = new BatchedFile(side, '');
  return {
    add: (row) => out.add(`${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c.name, row[i]])))}\n`),
    close: async () => {
      out.close();
      const types = columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(', ');
      const read = `read_json(${sqlString(side)}, format = 'newline_delimited', columns = {${types}})`;
      try {
        await store.run('SET threads = 1');
        await store.run(`COPY (SELECT * FROM ${read}) TO ${sqlString(file)} (${options})`);
      } finally {
        await store.run('RESET threads');
        fs.rmSync(side, { force: true });
      }
    },
  };
}
