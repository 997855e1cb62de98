// A fresh store in its own temporary folder for each test of the calling file (the import tests'
// set-up): files are written beside it, and a refused import is checked to leave it unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { importFiles, type ImportOptions } from '../../src/store/import/import-files.js';
import type { Store } from '../../src/store/store.js';
import { UserError } from '../../src/errors.js';
import { line, openTempStore, storeFingerprint } from './store.js';
import { tempDir } from './temp-dir.js';

export interface TempStore {
  /** The test's folder (the store is `store.duckdb` in it). Set before each test. */
  dir: string;
  store: Store;
  /** Writes a file into the folder; returns its path. */
  write(name: string, content: string | Uint8Array): string;
  /** Imports `files`, expects a UserError and the store exactly as before; returns the message. */
  refused(files: string[], options?: ImportOptions): Promise<string>;
}

/**
 * Registers beforeEach/afterEach hooks giving every test its own store. With `withEarlierYear`,
 * the store already holds one 2023 line (77 €) before the test, so that "unchanged" after a
 * refused import means more than "still empty".
 */
export function useTempStore(options: { withEarlierYear?: boolean } = {}): TempStore {
  const write = (name: string, content: string | Uint8Array): string => {
    const p = path.join(temp.dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const refused = async (files: string[], importOptions: ImportOptions = {}): Promise<string> => {
    const before = await storeFingerprint(temp.store);
    const error = await importFiles(temp.store, files, importOptions).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(await storeFingerprint(temp.store)).toBe(before);
    return (error as Error).message;
  };
  const temp: TempStore = { dir: '', store: undefined as unknown as Store, write, refused };

  beforeEach(async () => {
    temp.dir = tempDir();
    temp.store = await openTempStore(temp.dir);
    if (options.withEarlierYear)
      await importFiles(temp.store, [write('Region_2023_Export.txt', line({ year: '2023', value: '77' }))]);
  });
  afterEach(() => {
    temp.store.close();
    fs.rmSync(temp.dir, { recursive: true, force: true });
  });
  return temp;
}
