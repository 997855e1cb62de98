// `territrade territoires`: the list of Territoires d'industrie in force, or what a query names in
// it; and that list for the commands that accept a territory, read only when a query needs it.
import fs from 'node:fs';
import { UserError } from '../errors.js';
import type { TiTerritory } from '../model/territoires-industrie.js';
import type { TerritoiresListKind } from '../model/territory.js';
import { resolveTerritory, territoryOrNull } from '../reference/resolve-territory.js';
import { shippedTerritoiresIndustrie } from '../reference/territoires-industrie.js';
import { chooseTerritory, type TerritoryChoice } from '../reference/territory-choice.js';
import { tiTerritoryOf } from '../reference/ti-query.js';
import { searchTerritoires, type TiSearch } from '../reference/ti-search.js';

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
  /** What the query named, or null when there was none. */
  search: TiSearch | null;
}

/**
 * The list, or what `query` names in it; `departement` ('42', 'Loire') asks for the territories
 * of a département, and nothing else.
 */
export async function territoires(
  storePath: string,
  query: string | undefined,
  departement?: string,
): Promise<TerritoiresAnswer> {
  if (departement !== undefined && query !== undefined)
    throw new UserError('Indiquez soit un territoire, soit --departement, pas les deux.');
  if (departement !== undefined && resolveTerritory(departement).kind !== 'departement')
    throw new UserError(`--departement : « ${departement.trim()} » n’est pas un département (ex. 42 ou Loire).`);
  const { list, kind } = await territoiresInForce(storePath);
  const asked = departement ?? query;
  return { list, kind, search: asked === undefined ? null : searchTerritoires(list, asked) };
}

/**
 * The Territoires d'industrie in force when one of the queries is not a département, région or
 * France (the store is then read for an imported list), else none: most commands never need it.
 */
export async function tiListFor(storePath: string, queries: string[]): Promise<TiTerritory[]> {
  return queries.every((q) => territoryOrNull(q) !== null) ? [] : (await territoiresInForce(storePath)).list;
}

/** One query read as a territory or as a Territoire d'industrie of the list in force. */
export async function territoryChoiceIn(storePath: string, query: string): Promise<TerritoryChoice> {
  return chooseTerritory(query, await tiListFor(storePath, [query]));
}
