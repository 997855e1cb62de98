// StoreOpening: a store opened while the modules that read it load. Its failure waits until the
// store is used; one nothing used is closed.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { Store, withStore } from '../../src/store/store.js';
import { StoreOpening } from '../../src/store/store-opening.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let storePath: string;

beforeEach(async () => {
  dir = tempDir();
  storePath = path.join(dir, 'store.duckdb');
  (await Store.open(storePath)).close();
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('StoreOpening', () => {
  it('gives withStore the store it opened, closed after', async () => {
    // DuckDB does not lock a file against its own process: closing is seen on Store.close.
    const close = vi.spyOn(Store.prototype, 'close');
    const opening = new StoreOpening(storePath, { readOnly: true });
    expect(await withStore(opening, async (store) => store.has('year_cube'))).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);
    await opening.release(); // taken: nothing more to do
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('gives DuckDB the number of threads it was asked for', async () => {
    const opening = new StoreOpening(storePath, { readOnly: true, threads: 1 });
    const threads = await withStore(opening, async (store) => store.all("SELECT current_setting('threads') AS n"));
    expect(Number(threads[0]!['n'])).toBe(1);
  });

  it('closes the store when nothing took it', async () => {
    const close = vi.spyOn(Store.prototype, 'close');
    const opening = new StoreOpening(storePath, { readOnly: true });
    await opening.release();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('tells its failure only to the one that takes it, in French', async () => {
    const missing = path.join(dir, 'absente.duckdb');
    const unused = new StoreOpening(missing, { readOnly: true });
    await unused.release(); // no unhandled rejection: the test run would fail on one
    const opening = new StoreOpening(missing, { readOnly: true });
    const error = await withStore(opening, async () => 'lu').catch((err: unknown) => err);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(`la base ${missing} n'existe pas encore`);
  });
});
