// The store file itself going wrong (issue 13, points 8 and 9): damaged, locked, foreign,
// of another schema version, or on a full disk. Each gets its own French message, and a file
// that is not a territrade store is never written to.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/store/import/import-files.js';
import { Store } from '../../src/store/store.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';
import { failure } from '../helpers/failure.js';

let dir: string;
let storePath: string;

beforeEach(() => {
  dir = tempDir();
  storePath = path.join(dir, 'store.duckdb');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A store holding enough rows to span several DuckDB blocks. */
async function filledStore(): Promise<void> {
  const file = path.join(dir, 'Region_2024_Export.txt');
  const lines = Array.from({ length: 20000 }, (_, i) =>
    line({
      quarter: String((i % 4) + 1),
      cpf4: String(1000 + (i % 5000)),
      country: ['DE', 'IT', 'ES', 'BE'][Math.floor(i / 5000)]!,
      value: String(i * 13),
    }),
  );
  fs.writeFileSync(file, lines.join('\n'));
  const store = await Store.open(storePath);
  await importFiles(store, [file]);
  await store.run('CHECKPOINT');
  store.close();
}

async function foreignDatabase(): Promise<void> {
  const instance = await DuckDBInstance.create(storePath);
  const c = await instance.connect();
  await c.run("CREATE TABLE clients (id INTEGER, nom VARCHAR); INSERT INTO clients VALUES (1, 'Dupont')");
  c.closeSync();
  instance.closeSync();
}

async function tablesOf(file: string): Promise<string[]> {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const c = await instance.connect();
  const rows = (await c.runAndReadAll('SELECT table_name FROM duckdb_tables() ORDER BY 1'))
    .getRows()
    .map((r) => String(r[0]));
  c.closeSync();
  instance.closeSync();
  return rows;
}

describe('a damaged store (point 9)', () => {
  it('a checksum error in a data block is said as damage, not as a lock, and is no uncaught error', async () => {
    await filledStore();
    const bytes = fs.readFileSync(storePath);
    // Past the three 4 Kio headers every byte belongs to a checksummed block.
    for (let at = 12288 + 512; at < bytes.length; at += 4096) bytes[at]! ^= 0xff;
    fs.writeFileSync(storePath, bytes);
    const error = await failure(
      (async () => {
        const store = await Store.open(storePath, { readOnly: true });
        try {
          await store.all('SELECT sum(value_eur) FROM trade');
        } finally {
          store.close();
        }
      })(),
    );
    expect(error).toMatch(/la base .*store\.duckdb est endommagée \(somme de contrôle incorrecte/);
    expect(error).not.toMatch(/autre processus/);
  });

  it('a store locked by another process is said as such', async () => {
    await filledStore();
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `require('@duckdb/node-api').DuckDBInstance.create(${JSON.stringify(storePath)}).then(() => { console.log('ready'); setInterval(() => {}, 1000); })`,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      const error = await failure(Store.open(storePath));
      expect(error).toMatch(/utilisée par un autre processus territrade/);
    } finally {
      holder.kill();
    }
  });
});

describe('a DuckDB file that is not a territrade store (point 9)', () => {
  it('read-only commands say so', async () => {
    await foreignDatabase();
    const error = await failure(Store.open(storePath, { readOnly: true }));
    expect(error).toMatch(/store\.duckdb est une base DuckDB qui n'est pas une base territrade \(tables : clients\)/);
  });

  it('import refuses it and never writes to it', async () => {
    await foreignDatabase();
    const before = fs.readFileSync(storePath);
    const error = await failure(Store.open(storePath));
    expect(error).toMatch(/n'est pas une base territrade .* elle n'a pas été modifiée/);
    expect(await tablesOf(storePath)).toEqual(['clients']);
    expect(fs.readFileSync(storePath).equals(before)).toBe(true);
  });

  it('a file that is not DuckDB at all is named as such', async () => {
    fs.writeFileSync(storePath, 'flux;trimestre\n'.repeat(1000));
    const error = await failure(Store.open(storePath, { readOnly: true }));
    expect(error).toMatch(/store\.duckdb n'est pas une base DuckDB/);
  });
});

describe('schema version (point 9)', () => {
  it('read-only commands check it too', async () => {
    await filledStore();
    const store = await Store.open(storePath);
    await store.setMeta('schema_version', '99');
    store.close();
    const error = await failure(Store.open(storePath, { readOnly: true }));
    expect(error).toMatch(/a un format \(99\) que cette version de territrade ne sait pas lire \(5\)/);
  });
});

describe('creating a store (point 8)', () => {
  it('an empty store file (left by an older version on a full disk) is made anew by import', async () => {
    fs.writeFileSync(storePath, '');
    const store = await Store.open(storePath);
    const file = path.join(dir, 'Region_2024_Export.txt');
    fs.writeFileSync(file, line());
    expect((await importFiles(store, [file])).rows).toBe(1);
    store.close();
  });

  it('a store whose creation was killed leaves no store file, and its side file goes at the next creation', async () => {
    const stale = `${storePath}.creating-4194305`; // above Linux's largest pid: no such process
    fs.writeFileSync(stale, 'half-written');
    expect(fs.existsSync(storePath)).toBe(false);
    const store = await Store.open(storePath);
    store.close();
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['store.duckdb']);
  });

  it('DuckDB running out of disk says "disque plein", naming the store', async () => {
    await filledStore();
    const store = await Store.open(storePath);
    try {
      const error = await failure(store.run("COPY (SELECT range FROM range(100000)) TO '/dev/full' (FORMAT csv)"));
      expect(error).toMatch(/^disque plein : plus de place pour écrire \(base .*store\.duckdb/);
    } finally {
      store.close();
    }
  });
});
