// Which rows of the store a territory's figures read: the départements of one territory (summed
// by DuckDB for a région or France), or the named scopes of several read together (compare).
import type { CubeRow } from '../figures/cube.js';
import { TerritoryRows } from '../figures/territory-rows.js';
import type { TradeCube } from '../model/trade.js';
import type { ResolvedTerritory } from '../reference/territories.js';
import type { CubeScope, NamedScope } from '../store/cube.js';

/** The départements a single territory's figures read, summed in DuckDB for a région or France. */
export function scopeOf(territory: ResolvedTerritory): CubeScope {
  switch (territory.kind) {
    case 'departement':
      return { depts: [territory.departement.dgddi] };
    case 'region':
      return { depts: territory.region.departements, as: `region:${territory.region.code}` };
    case 'france':
      return { as: 'FR' };
  }
}

/** A territory's name in a scoped cube: '42', 'region:84', 'FR'. */
export function scopeName(t: ResolvedTerritory): string {
  return t.kind === 'departement' ? t.departement.dgddi : t.kind === 'region' ? `region:${t.region.code}` : 'FR';
}

export function uniqueScopes(list: readonly ResolvedTerritory[]): NamedScope[] {
  const scopes = new Map<string, NamedScope>();
  for (const t of list) {
    const depts = t.kind === 'departement' ? [t.departement.dgddi] : t.kind === 'region' ? t.region.departements : null;
    scopes.set(scopeName(t), { name: scopeName(t), depts });
  }
  return [...scopes.values()];
}

/** The rows of each scope of a scoped cube, by period. */
export function scopedRows(cube: TradeCube): (name: string, p: number) => CubeRow[] {
  const index = new TerritoryRows(cube);
  return (name, p) => index.named(name, p);
}

export function sameTerritory(a: ResolvedTerritory, b: ResolvedTerritory): boolean {
  if (a.kind === 'departement') return b.kind === 'departement' && a.departement.dgddi === b.departement.dgddi;
  if (a.kind === 'region') return b.kind === 'region' && a.region.code === b.region.code;
  return b.kind === 'france';
}
