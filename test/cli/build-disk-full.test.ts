// `territrade build` on a full disk and with a full TMPDIR: one French sentence, no stack trace,
// the previous out/ untouched, no temporary folder left (a real small tmpfs: helpers/small-disk.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { isDiskFull, diskFullError } from '../../src/errors.js';
import { tempDir } from '../helpers/temp-dir.js';
import { chromiumTool, skipWithout } from '../helpers/tools.js';
import { onSmallDisk, unshareTool } from '../helpers/small-disk.js';

const dir = tempDir('territrade-disk-full-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const unshare = unshareTool(dir);
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
        dir,
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
        dir,
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
