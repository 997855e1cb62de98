// A store opened before the modules that read it are loaded: DuckDB opens the file and checks its
// format on its own threads while Node compiles those modules (≈ 40 ms of `compare`, `figures`
// and `rank` that no longer wait one for the other).
import { Store } from './store.js';

export class StoreOpening {
  private readonly opening: Promise<Store>;
  private taken = false;

  constructor(
    readonly path: string,
    options: Parameters<typeof Store.open>[1] = {},
  ) {
    this.opening = Store.open(path, options);
    // Its failure (no store yet) is told when the store is used, after the errors found before.
    this.opening.catch(() => {});
  }

  /** The store, or the opening's failure: for withStore, which closes it. */
  take(): Promise<Store> {
    this.taken = true;
    return this.opening;
  }

  /** Closes the store if nothing took it (an error was found first). */
  async release(): Promise<void> {
    if (!this.taken)
      await this.opening.then(
        (store) => store.close(),
        () => {},
      );
  }
}
