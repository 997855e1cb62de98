// A new store on a read-only file system (issue 25 point 17): DuckDB's uncaught « IO Error » became
// one French sentence naming the store, and nothing is left there. A read-only tmpfs in a private
// mount namespace (unshare, no root needed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

const canMount =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o ro,size=1m tmpfs /mnt'], { encoding: 'utf8' }).status ===
  0;
let dir: string;
beforeAll(() => {
  dir = tempDir();
  fs.writeFileSync(path.join(dir, 'Region_2024_Export.txt'), `${line()}\n`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!canMount)('a store on a read-only file system', () => {
  it('import says so in French, naming the store, without a stack trace', () => {
    const script = 'mount -t tmpfs -o ro,size=1m tmpfs /mnt && "$@"; echo "exit=$?"; ls -A /mnt';
    const args = [
      path.resolve('dist/cli.js'),
      'import',
      '--store',
      '/mnt/s.duckdb',
      path.join(dir, 'Region_2024_Export.txt'),
    ];
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', process.execPath, ...args], { encoding: 'utf8' });
    expect(r.stderr).toContain("Erreur : système de fichiers en lecture seule : impossible d'écrire (/mnt/s.duckdb)");
    expect(r.stderr).not.toMatch(/IO Error|triggerUncaughtException|\n\s+at /);
    expect(r.stdout.trim()).toBe('exit=1');
  });
});
