// DuckDB's errors about the store file, said in French and for what they are: another process
// holds the lock, the file is damaged, it is not a DuckDB file, or the disk is full. Anything
// else is left as is (a bug, shown with its stack).
import { diskFullError, isDiskFull, UserError } from '../errors.js';

export function storeError(err: unknown, storePath: string): UserError | null {
  if (err instanceof UserError) return err;
  const message = err instanceof Error ? err.message : String(err);
  // DuckDB's words, not any "lock" ("block" has those letters too).
  if (/Could not set lock on file|Conflicting lock is held/i.test(message)) {
    return new UserError(
      `la base ${storePath} est utilisée par un autre processus territrade ; réessayez quand il aura terminé.`,
    );
  }
  if (/Corrupt database file|checksum .* does not match/i.test(message)) {
    return new UserError(
      `la base ${storePath} est endommagée (somme de contrôle incorrecte : fichier altéré sur le disque) ; restaurez une sauvegarde, ou supprimez-la et réimportez les fichiers.`,
    );
  }
  if (/not a valid DuckDB database file/i.test(message)) {
    return new UserError(
      `${storePath} n'est pas une base DuckDB (fichier d'un autre format) ; il n'a pas été modifié. Indiquez une autre base (--store).`,
    );
  }
  if (/Trying to read a database file with version number|database file .* version/i.test(message)) {
    return new UserError(
      `la base ${storePath} a été écrite par une autre version de DuckDB, que cette version de territrade ne sait pas lire.`,
    );
  }
  return isDiskFull(err) ? diskFullError(err, `base ${storePath}`) : null;
}
