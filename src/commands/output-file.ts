// A file the user named on the command line (compare --csv, rank --csv): written whole, and a
// path that cannot be written is one French sentence naming the option and the path, not a stack.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/** Why `file` could not be written, in French, for the errno codes a wrong path gives; null otherwise. */
function reason(code: unknown, file: string): string | null {
  if (code === 'ENOENT') return `le dossier ${path.dirname(file)} n'existe pas`;
  if (code === 'ENOTDIR') return `${path.dirname(file)} n'est pas un dossier`;
  if (code === 'EISDIR') return 'c’est un dossier';
  if (code === 'EACCES' || code === 'EPERM') return 'permission refusée';
  return null;
}

/**
 * Writes `content` to `file`, given with `option`. A full disk, a read-only file system or a name
 * too long keep their own sentence (commands/run.ts); the other path errors are said here.
 */
export function writeOptionFile(option: string, file: string, content: string): void {
  try {
    fs.writeFileSync(file, content);
  } catch (err) {
    const why = reason((err as NodeJS.ErrnoException | null)?.code, file);
    if (why === null) throw err;
    throw new UserError(`${option} : impossible d'écrire ${file} : ${why}. Choisissez un autre fichier.`);
  }
}
