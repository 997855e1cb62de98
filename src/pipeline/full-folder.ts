// Which folder a full disk stopped a command in: the output folder, TMPDIR or the store's
// folder. Told by the file being written when the error names one, else by which of them has
// no room left; a command's own writes go to its output folder, named when nothing tells.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diskFullCause, diskFullError, failedPath, type UserError } from '../errors.js';

/** A folder a command writes into, as the disk-full sentence names it. */
export interface WrittenFolder {
  /** Where its file system is measured. */
  dir: string;
  /** How the sentence names it: « dossier de sortie export ». */
  where: string;
  /** Whether a written file belongs to it. */
  holds(file: string): boolean;
}

/** Below this, a file system counts as full (a failed write may leave a few blocks). */
const FULL_BYTES = 1024 * 1024;

function inside(dir: string, file: string): boolean {
  const rel = path.relative(dir, path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The output folder `outDir`, written through a staging twin beside it (`.out.tmp-…`, see atomic.ts). */
export function outputFolder(outDir: string): WrittenFolder {
  const full = path.resolve(outDir);
  const parent = path.dirname(full);
  const twin = `.${path.basename(full)}.`;
  return {
    dir: parent,
    where: `dossier de sortie ${outDir}`,
    holds: (file) => inside(full, file) || (inside(parent, file) && path.relative(parent, file).startsWith(twin)),
  };
}

/** TMPDIR (os.tmpdir()). */
export function tempFolder(): WrittenFolder {
  const dir = os.tmpdir();
  return { dir, where: `dossier temporaire ${dir} (TMPDIR)`, holds: (file) => inside(dir, file) };
}

/** The store's folder, where DuckDB keeps its journal and temporary files (`base.duckdb.wal`, `.tmp`). */
export function storeFolder(storePath: string): WrittenFolder {
  const full = path.resolve(storePath);
  return {
    dir: path.dirname(full),
    where: `dossier de la base ${storePath}`,
    holds: (file) => path.resolve(file).startsWith(full),
  };
}

function available(dir: string): number {
  try {
    const stats = fs.statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return Infinity;
  }
}

/**
 * The folder that was full: the one holding the file the error names, else the first whose file
 * system has less than 1 Mio left, else the first (the command's own output).
 */
export function fullFolder(err: unknown, folders: readonly [WrittenFolder, ...WrittenFolder[]]): WrittenFolder {
  const file = failedPath(err);
  const holder = file === null ? undefined : folders.find((f) => f.holds(file));
  return holder ?? folders.find((f) => available(f.dir) < FULL_BYTES) ?? folders[0];
}

/**
 * A full disk said with the folder that was full, and `note` (what was left as it was); null
 * when `err` is not a full disk (also behind the French sentence of a lower layer).
 */
export function fullDiskError(
  err: unknown,
  folders: readonly [WrittenFolder, ...WrittenFolder[]],
  note: string,
): UserError | null {
  const cause = diskFullCause(err);
  return cause === null ? null : diskFullError(cause, fullFolder(cause, folders).where, note);
}
