// Making a new store file, whole or not at all (store.ts opens it).
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from './duckdb.js';
import { diskFullError, isDiskFull } from '../errors.js';
import { storeError } from './store-errors.js';
import { processAlive } from '../process-alive.js';

/**
 * Creates a store file whole or not at all: the schema is written to a side file, which then
 * takes the store's name (a link, so that a store created meanwhile by another process wins).
 * A full disk or a kill leaves no empty store behind, only a side file the next creation removes.
 */
export async function createStoreFile(storePath: string, init: string): Promise<void> {
  const dir = path.dirname(path.resolve(storePath));
  const base = path.basename(storePath);
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (const name of fs.readdirSync(dir)) {
      const m = name.startsWith(`${base}.creating-`) ? /^(\d+)/.exec(name.slice(base.length + 10)) : null;
      if (m && !processAlive(Number(m[1]))) fs.rmSync(path.join(dir, name), { force: true });
    }
  } catch (err) {
    throw isDiskFull(err) ? diskFullError(err, `base ${storePath}`) : err;
  }
  const side = `${storePath}.creating-${process.pid}`;
  const removeSide = () => [side, `${side}.wal`].forEach((f) => fs.rmSync(f, { force: true }));
  try {
    const instance = await DuckDBInstance.create(side);
    const connection = await instance.connect();
    try {
      await connection.run(init);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    if (fs.existsSync(storePath) && fs.statSync(storePath).size === 0) fs.rmSync(storePath); // see Store.open
    try {
      fs.linkSync(side, storePath);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return; // another process made it first: use theirs
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw err;
      fs.renameSync(side, storePath); // a file system without hard links
    }
  } catch (err) {
    throw storeError(err, storePath) ?? err;
  } finally {
    removeSide();
  }
}
