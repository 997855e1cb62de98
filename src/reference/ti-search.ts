// What `territrade territoires QUERY` looks for: one Territoire d'industrie by id or name, the
// territories of a département or région ('42', 'Loire', 'region:84'), or those holding a commune
// ('Roanne'). The customs data stop at the département, so a département is the usual way in.
import type { TiTerritory } from '../model/territoires-industrie.js';
import { communesNamed, type NamedCommune } from './communes.js';
import { territoryOrNull, territorySuggestions } from './resolve-territory.js';
import { unknownNameError } from './suggest.js';
import { normalizeName } from './slug.js';
import type { ResolvedTerritory } from './territories.js';
import { findTerritoireIndustrie, TI_HINT, tiSuggestions } from './ti-query.js';

export type TiSearch =
  | { kind: 'one'; territory: TiTerritory }
  | {
      kind: 'area';
      area: ResolvedTerritory;
      territories: TiTerritory[];
      /** Territories outside the area whose name holds the query as words ('Loire Vendée Océan'). */
      alsoNamed: TiTerritory[];
    }
  | { kind: 'commune'; communes: NamedCommune[]; territories: TiTerritory[] };

/** Territories with at least one commune in the area (a TI may span several départements). */
export function territoriesIn(list: TiTerritory[], area: ResolvedTerritory): TiTerritory[] {
  if (area.kind === 'france') return list;
  if (area.kind === 'region') return list.filter((t) => t.region === area.region.code);
  const codes = new Set(area.departement.inseeCodes);
  return list.filter((t) => t.departements.some((d) => codes.has(d)));
}

function exactTerritory(list: TiTerritory[], raw: string): TiTerritory | undefined {
  const q = normalizeName(raw);
  return list.find((t) => t.id.toLowerCase() === raw.toLowerCase() || normalizeName(t.name) === q);
}

/** Whether `words` (normalised) occurs in the name as whole words: 'loire' in 'nevers val de loire', not 'loiret'. */
function nameHasWords(name: string, words: string): boolean {
  return words !== '' && ` ${normalizeName(name)} `.includes(` ${words} `);
}

/**
 * A territory by ANCT id or exact name first (« Mayotte » is a territory and a département), then
 * a département, région or France, then a unique part of a name ('roannais'), then a commune's
 * name. Several names containing the query, or nothing at all: the French error of
 * findTerritoireIndustrie, with its suggestions.
 */
export function searchTerritoires(list: TiTerritory[], query: string): TiSearch {
  const raw = query.trim();
  const exact = exactTerritory(list, raw);
  if (exact) return { kind: 'one', territory: exact };
  const area = territoryOrNull(raw);
  if (area) {
    const territories = territoriesIn(list, area);
    const inArea = new Set(territories.map((t) => t.id));
    const words = normalizeName(raw);
    const alsoNamed = list.filter((t) => !inArea.has(t.id) && nameHasWords(t.name, words));
    return { kind: 'area', area, territories, alsoNamed };
  }
  const q = normalizeName(raw);
  const namesHoldIt = q !== '' && list.some((t) => normalizeName(t.name).includes(q));
  const communes = namesHoldIt ? [] : communesNamed(raw);
  if (communes.length > 0) {
    const codes = new Set(communes.map((c) => c.code));
    const territories = list.filter((t) => t.groupements.some((g) => g.communes.some((c) => codes.has(c))));
    return { kind: 'commune', communes, territories };
  }
  // Not whole words of a territory's name but close to a département's or région's ('lorie' is in
  // Lorient, and the Loire misspelt): the closest whole names first, as figures suggests them.
  const near = list.some((t) => nameHasWords(t.name, q)) ? [] : territorySuggestions(raw);
  if (near.length > 0)
    throw unknownNameError('Territoire inconnu', raw, [...near, ...tiSuggestions(list, raw)].slice(0, 3), TI_HINT);
  return { kind: 'one', territory: findTerritoireIndustrie(list, raw) };
}
