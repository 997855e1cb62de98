// The set-up of the runFetch tests: for each test, a temporary folder, a local server publishing
// the sources' files, the lines fetch prints (`out`) and logs (`log`), and the options that point
// fetch at that server with fast network limits.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { resolveFetchConfig } from '../../src/fetch/config.js';
import type { FetchRunOptions } from '../../src/pipeline/fetch.js';
import { plainSpaces } from '../../src/format/fr.js';
import { startServer, type TestServer } from './http-server.js';
import { tempDir } from './temp-dir.js';

export interface FetchFixture {
  /** Set before each test: the folder (sources files, `raw/`, `store.duckdb`), the server, and what fetch printed. */
  dir: string;
  server: TestServer;
  out: string[];
  log: string[];
  /** runFetch options reading the sources file `sources`, downloading into dir/raw and importing into dir/store.duckdb. */
  options(sources: string, overrides?: Partial<FetchRunOptions>): FetchRunOptions;
}

export interface FetchFixtureSetup {
  /** Fills the fresh server's routes before each test. */
  publish(server: TestServer): void;
  /** Retries after a failed request (the delay between them is 1 ms). */
  retries: number;
  /** The date fetch believes it is (it judges how old the newest year is). */
  now: Date;
  prefix?: string;
}

/** Registers the beforeEach/afterEach hooks of a runFetch test file; the fixture's fields are renewed for each test. */
export function useFetchFixture(setup: FetchFixtureSetup): FetchFixture {
  const fixture: FetchFixture = {
    dir: '',
    server: undefined as unknown as TestServer,
    out: [],
    log: [],
    options(sources, overrides = {}) {
      const config = resolveFetchConfig({ api: fixture.server.url, sources }, {});
      config.network = { connectTimeoutMs: 2000, idleTimeoutMs: 2000, retries: setup.retries, retryDelayMs: 1 };
      return {
        config,
        dest: path.join(fixture.dir, 'raw'),
        storePath: path.join(fixture.dir, 'store.duckdb'),
        import: true,
        list: false,
        territoires: false,
        // Read at each call, so that a test may start a fresh list by assigning fixture.out = [].
        log: (l) => fixture.log.push(plainSpaces(l)),
        out: (l) => fixture.out.push(plainSpaces(l)),
        now: setup.now,
        ...overrides,
      };
    },
  };

  beforeEach(async () => {
    fixture.dir = tempDir(setup.prefix ?? 'territrade-fetch-');
    fixture.server = await startServer();
    setup.publish(fixture.server);
    fixture.out = [];
    fixture.log = [];
  });
  afterEach(async () => {
    await fixture.server.close();
    fs.rmSync(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}
