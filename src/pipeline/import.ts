// `territrade import`: the given files into the store, all or nothing. A store file this run
// created is removed again if the import fails.
import fs from 'node:fs';
import type { ImportReport } from '../store/import/import-files.js';
import type { Store } from '../store/store.js';

export type { ImportReport } from '../store/import/import-files.js';

/** Runs `fn` on the store opened for writing; a store file this run created is removed again if `fn` fails. */
export async function withImportStore<T>(storePath: string, fn: (store: Store) => Promise<T>): Promise<T> {
  // DuckDB loads when a store is opened, not when the program starts.
  const { Store } = await import('../store/store.js');
  const store = await Store.open(storePath);
  let ok = false;
  try {
    const result = await fn(store);
    ok = true;
    return result;
  } finally {
    store.close();
    if (!ok && store.created) {
      for (const f of [storePath, `${storePath}.wal`]) fs.rmSync(f, { force: true });
    }
  }
}

/** Imports into the store; a store file created by a failed import is removed again. */
export async function importIntoStore(
  storePath: string,
  files: string[],
  log: (line: string) => void,
  options: { forceOlder?: boolean } = {},
): Promise<ImportReport> {
  const { importFiles } = await import('../store/import/import-files.js');
  return withImportStore(storePath, (store) => importFiles(store, files, { log, forceOlder: options.forceOlder }));
}
