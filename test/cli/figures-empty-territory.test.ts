// A store with no row for a territory (issue 25, point 13): `figures 01` and `figures region:53`
// died in loadTradeCube with a TypeError; they now say in French that there are no data.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let store: string;
beforeAll(() => {
  dir = tempDir();
  store = path.join(dir, 's.duckdb');
  const exports = path.join(dir, 'Region_2024_Export.txt');
  const imports = path.join(dir, 'Region_2024_Import.txt');
  fs.writeFileSync(exports, `${line()}\n${line({ country: 'IT' })}\n`);
  fs.writeFileSync(imports, `${line({ flow: 'I' })}\n`);
  expect(runCli(['import', '--store', store, exports, imports]).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('figures of a territory the store has no row for (point 13)', () => {
  it.each([
    ['01', 'Ain (01)'],
    ['region:53', 'Bretagne'],
  ])('figures %s says there are no data, in French', (query, name) => {
    for (const json of [[], ['--json']]) {
      const r = runCli(['figures', query, '--store', store, ...json]);
      expect(r.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`aucune donnée pour ${name}`);
      expect(r.stderr).toContain('T1 2024');
    }
  });

  it('the territory that has rows still gets its figures', () => {
    const r = runCli(['figures', '42', '--store', store]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Loire (42)');
  });
});
