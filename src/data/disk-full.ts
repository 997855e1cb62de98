// "Disque plein" said as such: a full disk is the machine's state, not a fault of the input
// file or of the store, and the user can act on it.
import { UserError } from '../errors.js';

/** True for Node's ENOSPC and for DuckDB's "No space left on device" IO errors. */
export function isDiskFull(err: unknown): boolean {
  if ((err as NodeJS.ErrnoException | null)?.code === 'ENOSPC') return true;
  const message = err instanceof Error ? err.message : String(err);
  return /No space left on device|ENOSPC/i.test(message);
}

/** The French message for a full disk while writing `what`, or null when err is something else. */
export function diskFullError(err: unknown, what: string): UserError | null {
  if (err instanceof UserError || !isDiskFull(err)) return null;
  return new UserError(`disque plein (ENOSPC) en écrivant ${what} : libérez de la place puis relancez.`);
}
