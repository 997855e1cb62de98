// `territrade build` on a full disk and with a full TMPDIR: one French sentence, no stack trace,
// the previous out/ untouched, no temporary folder left. A real full file system: a small tmpfs
// mounted in a private mount namespace (`unshare -rm`, util-linux), gone when the command ends.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { isDiskFull, diskFullError } from '../../src/errors.js';
import { tempDir } from '../helpers/temp-dir.js';
import { chromiumTool, skipWithout, type Tool } from '../helpers/tools.js';

const CLI = path.resolve('dist/cli.js');
const dir = tempDir('territrade-disk-full-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `script` (sh) with $MNT a full-ish tmpfs of `size`; the listing of $MNT after it is returned. */
function onSmallDisk(size: string, script: string, env: Record<string, string> = {}) {
  const mnt = fs.mkdtempSync(path.join(dir, 'mnt-'));
  const listing = path.join(dir, `${path.basename(mnt)}.txt`);
  const result = spawnSync(
    'unshare',
    [
      '-rm',
      'sh',
      '-c',
      `mount -t tmpfs -o size=${size} tmpfs "$MNT" || exit 99\n${script}\ncode=$?\n(cd "$MNT" && find . | sort) > "$LISTING"\nexit $code`,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, TERRITRADE_STORE: '', MNT: mnt, LISTING: listing, NODE: process.execPath, CLI, ...env },
      timeout: 170_000,
    },
  );
  return {
    code: result.status,
    stderr: result.stderr,
    stdout: result.stdout,
    listing: fs.existsSync(listing) ? fs.readFileSync(listing, 'utf8').trim().split('\n') : [],
  };
}

const probe =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1"', 'sh', dir]).status === 0;
const unshare: Tool = {
  name: 'unshare -rm',
  path: probe ? 'unshare' : null,
  howTo: 'les espaces de noms utilisateur (util-linux) sont indisponibles ici',
};
// Under CI the mount namespace and Chromium must work: a skipped test there would hide a regression.
const skip = skipWithout([unshare], 'disque plein');
const skipPrint = skip || skipWithout([chromiumTool()], 'disque plein pendant l’impression');

function expectOneFrenchLine(stderr: string) {
  const last = stderr.trim().split('\n').pop()!;
  expect(last).toMatch(/^Erreur : disque plein : plus de place pour écrire/);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/ENOSPC|node:internal|Error:/);
}

describe('build on a full disk', () => {
  it('recognises the kernel’s own ENOSPC (/dev/full) and says « disque plein »', () => {
    let caught: unknown;
    try {
      fs.writeFileSync('/dev/full', 'x');
    } catch (err) {
      caught = err;
    }
    expect(isDiskFull(caught)).toBe(true);
    expect(diskFullError(caught, 'dossier de sortie out').message).toMatch(
      /^disque plein : plus de place pour écrire \(dossier de sortie out\b.*\)\. Libérez de la place/,
    );
    expect(isDiskFull(new Error('EACCES: permission denied'))).toBe(false);
  });

  it.skipIf(skip)(
    'stops with « disque plein » when out/ fills up, keeps the previous out/ and leaves no temporary folder',
    () => {
      const run = onSmallDisk(
        '256k',
        `mkdir "$MNT/out" && printf 'x' > "$MNT/out/.territrade-build" && printf 'ancienne' > "$MNT/out/index.html"
"$NODE" "$CLI" build --store "$STORE" --out "$MNT/out" --no-pdf
code=$?
test "$(cat "$MNT/out/index.html")" = ancienne || code=98
(exit $code)`,
        { STORE: inject('demoStore') },
      );
      expect(run.code).toBe(1);
      expectOneFrenchLine(run.stderr);
      expect(run.stderr).toContain('(dossier de sortie ');
      expect(run.stderr).toContain("précédent n'a pas été modifié");
      expect(run.listing).toEqual(['.', './out', './out/.territrade-build', './out/index.html']);
    },
    180_000,
  );

  it.skipIf(skipPrint)(
    'stops with « disque plein » naming TMPDIR when Chromium has no room for its profile',
    () => {
      const out = path.join(dir, 'out-tmpdir');
      const run = onSmallDisk(
        '64k',
        `dd if=/dev/zero of="$MNT/plein" bs=1k count=128 2>/dev/null
TMPDIR="$MNT" "$NODE" "$CLI" build --store "$STORE" --out "$OUT" --only 42`,
        { STORE: inject('demoStore'), OUT: out },
      );
      expect(run.code).toBe(1);
      expectOneFrenchLine(run.stderr);
      expect(run.stderr).toContain('TMPDIR');
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(dir).filter((n) => n.startsWith('.out-tmpdir.'))).toEqual([]);
    },
    180_000,
  );
});
