// The --only option: which territories to build.
import { UserError } from '../errors.js';
import type { TiTerritory } from '../model/territoires-industrie.js';
import { departements, regions, type ResolvedTerritory } from '../reference/territories.js';
import { chooseTerritory } from '../reference/territory-choice.js';

export function allTerritories(): ResolvedTerritory[] {
  return [
    ...departements().map((departement) => ({ kind: 'departement' as const, departement })),
    ...regions().map((region) => ({ kind: 'region' as const, region })),
    { kind: 'france' as const },
  ];
}

function key(t: ResolvedTerritory): string {
  return t.kind === 'departement' ? `d:${t.departement.dgddi}` : t.kind === 'region' ? `r:${t.region.code}` : 'france';
}

export interface OnlyChoice {
  territories: ResolvedTerritory[];
  /** One per Territoire d'industrie named, saying which départements stand for it. */
  notices: string[];
}

/** The items of '42, region:84,france' ('' dropped); an empty list is an error. */
export function onlyItems(value: string): string[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) throw new UserError('--only : liste vide. Exemple : --only 42,69,region:84,france');
  return items;
}

/**
 * '42,69,region:84,france' → those territories in the canonical order (départements, régions,
 * France), each once; a Territoire d'industrie of `tiList` ('Roannais Forez', 'ti-8417') stands for
 * its départements. Unknown items give the resolver's French error, prefixed with the option.
 */
export function parseOnly(value: string, tiList: TiTerritory[] = []): OnlyChoice {
  const wanted = new Set<string>();
  const notices: string[] = [];
  for (const item of onlyItems(value)) {
    try {
      const choice = chooseTerritory(item, tiList);
      for (const t of choice.territories) wanted.add(key(t));
      if (choice.notice) notices.push(choice.notice);
    } catch (err) {
      if (err instanceof UserError) throw new UserError(`--only : ${err.message}`);
      throw err;
    }
  }
  return { territories: allTerritories().filter((t) => wanted.has(key(t))), notices };
}
