// `territrade export` on a full disk (issue 25 point 27): the sentence names the folder that was
// full (the output's, not the store's, which export only reads), the previous export is left as
// it was and no staging folder stays behind. A real small tmpfs: helpers/small-disk.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { diskFullError } from '../../src/errors.js';
import { fullDiskError, fullFolder, outputFolder, storeFolder, tempFolder } from '../../src/pipeline/full-folder.js';
import { onSmallDisk, unshareTool } from '../helpers/small-disk.js';
import { tempDir } from '../helpers/temp-dir.js';
import { skipWithout } from '../helpers/tools.js';

const dir = tempDir('territrade-export-full-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
// Under CI the mount namespace must work: a skipped test there would hide a regression.
const skip = skipWithout([unshareTool(dir)], 'disque plein pendant l’export');

/** A DuckDB write error on a full disk, as it words it (no errno). */
const duckFull = (file: string) => new Error(`IO Error: Could not write file "${file}": No space left on device`);

describe('which folder a full disk stopped export in', () => {
  const folders = [outputFolder('/srv/export'), tempFolder(), storeFolder('/data/t.duckdb')] as const;

  it('is the one holding the file the error names', () => {
    expect(fullFolder(duckFull('/srv/.export.tmp-12-ab/echanges/data_0.parquet'), folders).where).toBe(
      'dossier de sortie /srv/export',
    );
    expect(fullFolder(duckFull('/srv/export/x.csv'), folders).where).toBe('dossier de sortie /srv/export');
    expect(fullFolder(duckFull('/data/t.duckdb.tmp/duckdb_temp_storage-0.tmp'), folders).where).toBe(
      'dossier de la base /data/t.duckdb',
    );
    expect(fullFolder(duckFull(path.join(os.tmpdir(), 'x')), folders).where).toBe(
      `dossier temporaire ${os.tmpdir()} (TMPDIR)`,
    );
  });

  it('is the output folder when nothing tells and no folder is full', () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(fullFolder(enospc, folders).where).toBe('dossier de sortie /srv/export');
  });

  it('re-attributes a full disk a lower layer blamed on the store', () => {
    const blamed = diskFullError(duckFull('/srv/.export.tmp-1-a/x.parquet'), 'base /data/t.duckdb');
    const said = fullDiskError(blamed, folders, 'Rien n’a changé.')!.message;
    expect(said).toMatch(/^disque plein : plus de place pour écrire \(dossier de sortie \/srv\/export, /);
    expect(said).not.toContain('base');
    expect(fullDiskError(new Error('EACCES'), folders, '')).toBeNull();
  });
});

describe.each(['parquet', 'csv', 'xlsx'])('export --format %s on a full output disk', (format) => {
  it.skipIf(skip)(
    'names the output folder, not the store, and keeps the previous export',
    () => {
      const run = onSmallDisk(
        dir,
        '512k',
        `mkdir "$MNT/export" && : > "$MNT/export/.territrade-export" && printf 'ancien' > "$MNT/export/indicateurs.csv"
"$NODE" "$CLI" export --store "$STORE" --out "$MNT/export" --format ${format}
code=$?
test "$(cat "$MNT/export/indicateurs.csv")" = ancien || code=98
(exit $code)`,
        { STORE: inject('demoStore') },
      );
      expect(run.code).toBe(1);
      const last = run.stderr.trim().split('\n').pop()!;
      expect(last).toMatch(/^Erreur : disque plein : plus de place pour écrire \(dossier de sortie .*\/export\b/);
      expect(last).toContain("précédent n'a pas été modifié");
      expect(last).not.toMatch(/\bbase\b/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.listing).toEqual(['.', './export', './export/.territrade-export', './export/indicateurs.csv']);
    },
    180_000,
  );
});
