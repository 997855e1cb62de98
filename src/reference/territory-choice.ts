// Territories typed by a user for a comparison: départements, régions, France, and Territoires
// d'industrie, which the customs data only know through their départements.
import { NBSP } from '../format/fr.js';
import type { TiTerritory } from '../model/territoires-industrie.js';
import { resolveTerritory, territoryOrNull } from './resolve-territory.js';
import { normalizeName } from './slug.js';
import { departementByDgddi, type ResolvedTerritory } from './territories.js';
import { findTerritoireIndustrie, tiDgddiCodes } from './ti-query.js';

export interface TerritoryChoice {
  territories: ResolvedTerritory[];
  /** Said to the user when the query was a Territoire d'industrie, else null. */
  notice: string | null;
  /** The Territoire d'industrie the query named, else null. */
  ti: TiTerritory | null;
}

/** The départements (DGDDI) a Territoire d'industrie spans: Corse's 2A and 2B are one, 20. */
export function tiDepartements(ti: TiTerritory): ResolvedTerritory[] {
  return tiDgddiCodes(ti).map((code) => ({ kind: 'departement', departement: departementByDgddi(code)! }));
}

/** « Roannais Forez (ti-8417) : Territoire d'industrie, comparé par son département Loire (42)… ». */
export function tiNotice(ti: TiTerritory, depts: ResolvedTerritory[]): string {
  const names = depts.map((t) => (t.kind === 'departement' ? `${t.departement.name} (${t.departement.code})` : ''));
  const words = names.length > 1 ? `ses départements${NBSP}: ${names.join(', ')}` : `son département, ${names[0]}`;
  return `${ti.name} (${ti.id}) est un Territoire d’industrie${NBSP}: les données des douanes s’arrêtent au département, il est donc représenté par ${words}.`;
}

/** Whether the query is a TI id or whole words of a TI name ('roannais', not 'lorie' for Lorient). */
function namesTi(query: string, tiList: TiTerritory[]): boolean {
  const q = normalizeName(query);
  if (q === '') return false;
  return tiList.some(
    (t) => t.id.toLowerCase() === query.trim().toLowerCase() || ` ${normalizeName(t.name)} `.includes(` ${q} `),
  );
}

/**
 * A département, région or France ('42', 'Loire', 'region:84', 'france'), else a Territoire
 * d'industrie of `tiList` by id or name, read as its départements. When neither matches, the
 * territory error (with its suggestions) is the one given, unless the query looks like a TI id.
 */
export function chooseTerritory(query: string, tiList: TiTerritory[]): TerritoryChoice {
  const territory = territoryOrNull(query);
  if (territory) return { territories: [territory], notice: null, ti: null };
  // The territory error, built only when it is the answer: it reads the communes of that name.
  const unknown = (): never => {
    resolveTerritory(query);
    throw new Error(`resolveTerritory accepted « ${query} », which territoryOrNull refused`);
  };
  if (!namesTi(query, tiList)) return unknown();
  let ti: TiTerritory;
  try {
    ti = findTerritoireIndustrie(tiList, query);
  } catch {
    return unknown();
  }
  const depts = tiDepartements(ti);
  return { territories: depts, notice: tiNotice(ti, depts), ti };
}
