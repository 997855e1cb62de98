// The store's path given wrong (issue 25, points 18 and 22): an empty --store or TERRITRADE_STORE,
// and a path that is not a regular file (a FIFO, on which DuckDB would wait forever), get a
// French message from every command, before anything is opened.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const CLI = path.resolve('dist/cli.js');
let dir: string;

beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in the test's folder; a command that hangs is killed after 30 s (status null). */
function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const base: Record<string, string | undefined> = { ...process.env };
  delete base['TERRITRADE_STORE'];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 30_000,
    input: '',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COMMANDS: string[][] = [
  ['status'],
  ['import', 'Region_2024_Export.txt'],
  ['figures', '42'],
  ['build', '--out', 'out'],
  ['export', '--out', 'exp'],
  ['demo', '--year', '2024'],
  ['territoires', '42'],
  ['compare', '42', '69'],
  ['fetch', '--url', 'http://127.0.0.1:9/x.zip'],
];

describe('an empty store name (point 18)', () => {
  it.each(COMMANDS)('--store "" is refused in French by %s', (...args) => {
    const r = cli([...args, '--store', '']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--store est vide');
    expect(r.stderr).not.toMatch(/ENOENT|at .*\.js:\d+/);
  });

  it.each(COMMANDS)('TERRITRADE_STORE= (empty) is refused in French by %s', (...args) => {
    const r = cli(args, { TERRITRADE_STORE: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('TERRITRADE_STORE est définie mais vide');
    expect(r.stderr).not.toMatch(/ENOENT|la base {2}n'existe/);
  });
});

describe('a store path that is not a regular file (point 22)', () => {
  it.each([['status'], ['import', 'Region_2024_Export.txt'], ['figures', '42']])(
    'a FIFO is refused by %s, without waiting',
    (...args) => {
      const fifo = path.join(dir, 'tube.duckdb');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      fs.writeFileSync(path.join(dir, 'Region_2024_Export.txt'), 'E;1;2024;42;18;C29A;2910;DE;1000;10\n');
      const r = cli([...args, '--store', fifo]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('est un tube nommé (FIFO), pas un fichier ordinaire');
    },
  );

  it('a folder is named as such', () => {
    const r = cli(['status', '--store', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('est un dossier, pas un fichier ordinaire');
  });
});
