// The whole demo site as the site's browser tests read it: `territrade build --no-pdf` of the demo
// store (the test file passes inject('demoStore'): helpers never inject it) into `dir`/out, on a fixed date. One helper for the tests that need
// every page (the phone test, the Territoires d'industrie pages), so that they build it alike.
import path from 'node:path';
import { expect } from 'vitest';
import { runCli } from './cli.js';

/** A full build of every page takes minutes on a loaded machine: more than runCli's default. */
const BUILD_TIMEOUT_MS = 600_000;

/** Builds the demo site into `dir`/out; returns that folder and what the build printed. */
export function writeDemoSite(dir: string, store: string): { out: string; stdout: string } {
  const out = path.join(dir, 'out');
  const build = runCli(
    ['build', '--no-pdf', '--store', store, '--out', out],
    { SOURCE_DATE_EPOCH: '1735689600' },
    undefined,
    BUILD_TIMEOUT_MS,
  );
  expect(build.code, build.stderr).toBe(0);
  return { out, stdout: build.stdout };
}
