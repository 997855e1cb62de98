// The build writes into a temporary folder next to out/ and swaps it in at the end, so that an
// interrupted or failed build leaves the previous out/ untouched.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { processAlive } from '../process-alive.js';

/** A file every build writes at the root of out/: a folder without it is not ours to replace. */
export const MARKER_FILE = '.territrade-build';
export const MARKER_TEXT =
  'Dossier produit par « territrade build » : il est remplacé en entier à chaque construction.\n';

/** Refuses to replace a non-empty folder that a previous build did not write (say `--out .`). */
/** The real path of a file or folder, or its absolute path when it does not exist yet. */
function realOrResolved(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Refuses a store inside the output folder, before anything is written or deleted: the folder is
 * replaced whole, so the store would go with it.
 */
export function checkStoreOutside(storePath: string, outDir: string, command: string): void {
  const rel = path.relative(realOrResolved(outDir), realOrResolved(storePath));
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new UserError(
      `La base ${storePath} est dans le dossier de sortie ${outDir}, que « territrade ${command} » remplace en entier : elle serait supprimée avec lui. Rien n’a été modifié ; placez la base ailleurs (--store) ou choisissez un autre dossier (--out).`,
    );
  }
}

export function checkReplaceable(outDir: string): void {
  if (!fs.existsSync(outDir)) return;
  if (!fs.statSync(outDir).isDirectory())
    throw new UserError(`${outDir} existe et n'est pas un dossier : choisissez un autre --out.`);
  const entries = fs.readdirSync(outDir);
  if (entries.length > 0 && !entries.includes(MARKER_FILE)) {
    throw new UserError(
      `${outDir} n'est pas vide et n'a pas été produit par territrade build : il serait remplacé en entier. Choisissez un dossier vide ou nouveau avec --out.`,
    );
  }
}

export interface Staging {
  /** The temporary folder to write into. */
  dir: string;
  /** Replaces out/ by the temporary folder. */
  commit(): void;
  /** Removes the temporary folder (after a failure). */
  discard(): void;
}

/**
 * Removes what killed builds left next to out/: `.out.tmp-PID-…` and `.out.old-PID-…` folders
 * whose process is gone (or that carry no process id: written by an older version). A folder of
 * a build still running is left alone. Returns the names removed.
 */
export function cleanStale(outDir: string): string[] {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(path.resolve(outDir));
  const prefix = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(?:(\\d+)-)?`);
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = prefix.exec(name);
    if (!m) continue;
    const pid = m[1] === undefined ? null : Number(m[1]);
    // Our own id can only be a leftover of an earlier process that had it (containers reuse ids).
    if (pid !== null && pid !== process.pid && processAlive(pid)) continue;
    const full = path.join(parent, name);
    // Killed between the two renames of commit(): out/ is gone and this is the previous one.
    if (name.includes('.old-') && !fs.existsSync(path.resolve(outDir)) && fs.existsSync(path.join(full, MARKER_FILE))) {
      fs.renameSync(full, path.resolve(outDir));
      continue;
    }
    fs.rmSync(full, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export function stage(outDir: string): Staging {
  const parent = path.dirname(path.resolve(outDir));
  fs.mkdirSync(parent, { recursive: true });
  const base = path.basename(path.resolve(outDir));
  cleanStale(outDir);
  // One place per output, named after this process so that the next build can tell whether it
  // is a leftover (kill -9 runs no cleanup) or a build still running.
  const dir = fs.mkdtempSync(path.join(parent, `.${base}.tmp-${process.pid}-`));
  // mkdtemp makes the folder private (0700); out/ is meant to be published.
  fs.chmodSync(dir, 0o755);
  fs.writeFileSync(path.join(dir, MARKER_FILE), MARKER_TEXT);
  let done = false;
  const discard = () => {
    if (!done) fs.rmSync(dir, { recursive: true, force: true });
    done = true;
  };
  // Ctrl-C during the build: remove the temporary folder, leave out/ as it was.
  const onSignal = (signal: NodeJS.Signals) => {
    discard();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Any other exit before the commit (a closed stdout pipe ends the process): same cleanup.
  process.once('exit', discard);
  const release = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', discard);
  };
  return {
    dir,
    commit() {
      release();
      const target = path.resolve(outDir);
      if (fs.existsSync(target)) {
        // Two renames in the same parent folder: the old out/ is only deleted once the new one is in place.
        const old = fs.mkdtempSync(path.join(parent, `.${base}.old-${process.pid}-`));
        fs.rmdirSync(old);
        fs.renameSync(target, old);
        fs.renameSync(dir, target);
        fs.rmSync(old, { recursive: true, force: true });
      } else {
        fs.renameSync(dir, target);
      }
      done = true;
    },
    discard() {
      release();
      discard();
    },
  };
}
