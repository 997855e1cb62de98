// `territrade territoires`: the list of Territoires d'industrie in force, or the one asked for.
import fs from 'node:fs';
import type { TiTerritory } from '../model/territoires-industrie.js';
import type { TerritoiresListKind } from '../model/territory.js';
import { shippedTerritoiresIndustrie } from '../reference/territoires-industrie.js';
import { findTerritoireIndustrie, tiTerritoryOf } from '../reference/ti-query.js';

/** ANCT's list imported into the store if there is one, else the list shipped with territrade. */
export async function territoiresInForce(
  storePath: string,
): Promise<{ list: TiTerritory[]; kind: TerritoiresListKind }> {
  if (fs.existsSync(storePath)) {
    // DuckDB only when there is a store to read.
    const [{ storedTerritoires }, { withStore }] = await Promise.all([
      import('../store/queries.js'),
      import('../store/store.js'),
    ]);
    const stored = await withStore(storePath, storedTerritoires, { readOnly: true });
    if (stored.kind === 'official') return { list: stored.list.map(tiTerritoryOf), kind: 'official' };
  }
  return { list: shippedTerritoiresIndustrie(), kind: 'default' };
}

export interface TerritoiresAnswer {
  list: TiTerritory[];
  kind: TerritoiresListKind;
  /** The territory asked for (by name or ANCT id), or null when none was. */
  one: TiTerritory | null;
}

export async function territoires(storePath: string, query: string | undefined): Promise<TerritoiresAnswer> {
  const { list, kind } = await territoiresInForce(storePath);
  return { list, kind, one: query === undefined ? null : findTerritoireIndustrie(list, query) };
}
