// Store.together: reading tasks side by side on their own connections, results and failures in
// task order. (An older store read through temporary tables runs them in turn: totals.test.)
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { openTempStore } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = tempDir();
  store = await openTempStore(dir);
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const temporaryTables = async (s: Store) =>
  Number((await s.all('SELECT count(*) AS n FROM duckdb_tables() WHERE temporary'))[0]!['n']);

describe('Store.together', () => {
  it('gives the results in task order, the first task on this connection and the others on their own', async () => {
    await store.run('CREATE TEMP TABLE mine AS SELECT 1 AS x');
    const [first, second, third] = await store.together(
      async (s) => {
        await pause(30);
        return temporaryTables(s);
      },
      (s) => temporaryTables(s),
      async (s) => s.has('trade') && s.has('year_cube'),
    );
    expect([first, second, third]).toEqual([1, 0, true]);
  });

  it('fails with the first failure in task order, once every task has ended', async () => {
    let ended = false;
    const run = store.together(
      async () => {
        await pause(40);
        throw new Error('first');
      },
      async () => {
        throw new Error('second');
      },
      async (s) => {
        await pause(80);
        await s.all('SELECT 1');
        ended = true;
      },
    );
    await expect(run).rejects.toThrow('first');
    expect(ended).toBe(true);
    // A task that throws before returning a promise is a failure like the others: the rest still run.
    let after = false;
    const thrown = store.together(
      async (s) => s.all('SELECT 1'),
      () => {
        throw new Error('at once');
      },
      async (s) => {
        await s.all('SELECT 3');
        after = true;
      },
    );
    await expect(thrown).rejects.toThrow('at once');
    expect(after).toBe(true);
    // The store is still usable after its side connections are closed.
    expect(await store.all('SELECT 2 AS two')).toEqual([{ two: 2 }]);
  });
});
