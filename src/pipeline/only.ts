// The --only option: which territories to build.
import { UserError } from '../errors.js';
import { resolveTerritory } from '../reference/resolve-territory.js';
import { departements, regions, type ResolvedTerritory } from '../reference/territories.js';

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

/**
 * '42,69,region:84,france' → those territories in the canonical order (départements, régions,
 * France), each once. Unknown items give the resolver's French error, prefixed with the option.
 */
export function parseOnly(value: string): ResolvedTerritory[] {
  const items = value.split(',').map((s) => s.trim());
  if (items.every((s) => s === '')) throw new UserError('--only : liste vide. Exemple : --only 42,69,region:84,france');
  const wanted = new Set<string>();
  for (const item of items) {
    if (item === '') continue;
    try {
      wanted.add(key(resolveTerritory(item)));
    } catch (err) {
      if (err instanceof UserError) throw new UserError(`--only : ${err.message}`);
      throw err;
    }
  }
  return allTerritories().filter((t) => wanted.has(key(t)));
}
