// The one place where an import of a store keeps its temporary files (unpacked archives, line
// end copies): a folder beside the store. A killed import leaves it behind; the next import of
// that store, which holds DuckDB's write lock and so is the only one running, empties it first.
import fs from 'node:fs';

/** `data/territrade.duckdb` → `data/territrade.duckdb.import-tmp`. */
export function importWorkDir(storePath: string): string {
  return `${storePath}.import-tmp`;
}

/** Removes whatever an earlier, interrupted import left and returns the (absent) folder's path. */
export function clearWorkDir(storePath: string): string {
  const dir = importWorkDir(storePath);
  fs.rmSync(dir, { recursive: true, force: true });
  return dir;
}
