// `territrade import` on a real full disk: the store on a tiny tmpfs in a private mount namespace.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inCI } from '../helpers/env.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;

beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** 60 000 distinct export lines: more than a 1 Mio disk holds once imported or unpacked. */
function bulkLines(): string[] {
  return Array.from({ length: 60000 }, (_, i) =>
    line({
      quarter: String((i % 4) + 1),
      cpf4: String(1000 + (i % 8000)),
      country: ['DE', 'IT', 'ES', 'BE', 'NL', 'PL', 'US', 'CN'][Math.floor(i / 8000)]!,
      value: String(i),
    }),
  );
}

// A real full disk: a 1 Mio tmpfs in a private mount namespace (unshare, no root needed).
const canMount =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt'], { encoding: 'utf8' }).status === 0;
const mountReason = 'needs `unshare -rm` (user namespaces) to mount a small tmpfs';
// Like Chromium for the browser tests: required under CI, skipped with a visible reason elsewhere.
const describeDisk = canMount ? describe : describe.skip;
if (!canMount && inCI()) it('can mount a small tmpfs for the disk-full tests', () => expect.fail(mountReason));
else if (!canMount) console.warn(`import-disk-full: disk-full tests skipped: ${mountReason}`);

describeDisk('a full disk during import (point 8)', () => {
  const cli = path.resolve('dist/cli.js');

  /** Runs `territrade import` with the store on a tmpfs of `size`, then lists what is left there. */
  function importOnSmallDisk(size: string, files: string[]): { out: string; left: string[] } {
    const mnt = path.join(dir, 'disk');
    fs.mkdirSync(mnt);
    const script = `mount -t tmpfs -o size=${size} tmpfs "$1" && shift && "$@"; echo "exit=$?"; echo "left:"; ls -A "${mnt}"`;
    const r = spawnSync(
      'unshare',
      [
        '-rm',
        'sh',
        '-c',
        script,
        'sh',
        mnt,
        process.execPath,
        cli,
        'import',
        '--store',
        path.join(mnt, 'store.duckdb'),
        ...files,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, TERRITRADE_STORE: '' },
      },
    );
    const out = r.stdout + r.stderr;
    const left = r.stdout.split('left:\n')[1]!.split('\n').filter(Boolean);
    return { out, left };
  }

  it('says "disque plein", does not blame the input file, and leaves no store behind', () => {
    const file = path.join(dir, 'Region_2024_Export.txt');
    const lines = bulkLines();
    fs.writeFileSync(file, lines.join('\n'));
    const { out, left } = importOnSmallDisk('1m', [file]);
    expect(out).toMatch(/Erreur : disque plein : plus de place pour écrire \(base .*store\.duckdb/);
    expect(out).not.toMatch(/illisible|Region_2024_Export\.txt:/);
    expect(out).toMatch(/exit=[1-9]/);
    expect(left).toEqual([]);
  });

  it('says "disque plein" when the unpacked archive does not fit, and leaves nothing behind', () => {
    const lines = bulkLines();
    const zip = path.join(dir, 'regional_2024_export.zip');
    fs.writeFileSync(zip, zipSync({ 'Region_2024_Export.txt': Buffer.from(lines.join('\r\n')) }));
    const { out, left } = importOnSmallDisk('1m', [zip]);
    expect(out).toMatch(/Erreur : disque plein : plus de place pour écrire \(copie décompressée de l'import/);
    expect(out).not.toMatch(/illisible|tronquée/);
    expect(left).toEqual([]);
  });
});
