// `build --only france` and `--only region:84` (issue 25, point 10): a site without any
// département fiche has an index with an empty table, not a TypeError.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { importTinyYear } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let store: string;
beforeAll(() => {
  dir = tempDir();
  store = path.join(dir, 's.duckdb');
  importTinyYear(dir, store);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['france', 'france.html'],
  ['region:84', 'regions/84-auvergne-rhone-alpes.html'],
])('build --only %s', (only, page) => {
  it('writes its fiche and an index, and exits with 0', () => {
    const out = path.join(dir, `out-${only.replace(':', '-')}`);
    const r = runCli(['build', '--only', only, '--no-pdf', '--store', store, '--out', out]);
    expect(r.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(out, page))).toBe(true);
    const index = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('<table class="triable">');
  });
});
