// The store of a read command (figures, compare, rank), its opening started before the command's
// modules load: store/store-opening.ts.
import { availableParallelism } from 'node:os';
import { StoreOpening } from '../store/store-opening.js';
import { resolveStorePath } from '../store/store-path.js';

export type { StoreOpening };

/** The read-only store of --store (or the default one); the caller releases it (closed if nothing took it). */
export function openingStore(store: string | undefined): StoreOpening {
  // Its few short statements run beside the JavaScript that computes the figures, the longer
  // part: DuckDB leaves it a core (× 0,94 for compare of 8 territories on 2 cores).
  return new StoreOpening(resolveStorePath(store), {
    readOnly: true,
    threads: Math.max(1, availableParallelism() - 1),
  });
}
