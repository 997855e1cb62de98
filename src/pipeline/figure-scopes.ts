// Which rows of the store a territory's figures read: the départements of one territory (summed
// by DuckDB for a région or France), the named scopes of several read together (compare), or
// every département's (build, rank); and the France sums their positions are measured against.
import type { CubeRow } from '../figures/cube.js';
import { TerritoryRows } from '../figures/territory-rows.js';
import type { ResolvedTerritory } from '../reference/territories.js';
import { loadScopedCube, loadTradeCube, type CubeScope, type NamedScope } from '../store/cube.js';
import { franceSums } from '../figures/position/base.js';
import { rowSums, type TradeSums } from '../figures/position/sums.js';
import { periodRows } from '../figures/territory-rows.js';
import type { Period } from '../model/period.js';
import { loadNationalSums } from '../store/national.js';
import { loadScopedYearCube, loadYearCube } from '../store/year-cube-rows.js';
import type { Store } from '../store/store.js';

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

export function sameTerritory(a: ResolvedTerritory, b: ResolvedTerritory): boolean {
  if (a.kind === 'departement') return b.kind === 'departement' && a.departement.dgddi === b.departement.dgddi;
  if (a.kind === 'region') return b.kind === 'region' && a.region.code === b.region.code;
  return b.kind === 'france';
}

/** A loaded cube's rows by territory, and France's sums that positions are measured against. */
export interface LoadedRows {
  rowsOf: (territory: ResolvedTerritory, p: number) => CubeRow[];
  /** rowSums of rowsOf, and its length, without making the rows where they are not made yet (summaries). */
  sumsOf: (territory: ResolvedTerritory, p: number) => TradeSums;
  countOf: (territory: ResolvedTerritory, p: number) => number;
  /** France's sums over a period (index i in the cube). */
  franceOf: (p: Period, i: number) => Promise<TradeSums>;
}

/**
 * `years`: the years of year_cube that make each period (store/year-cube.ts), or null when they
 * cannot be read from it; then the rows come from `trade`.
 */
export async function loadedRows(
  store: Store,
  periods: Period[],
  only: ResolvedTerritory | readonly ResolvedTerritory[] | undefined,
  years: number[][] | null = null,
): Promise<LoadedRows> {
  // Territories compare with France's totals by activity and partner, not its rows.
  const national = async (p: Period) => {
    const sums = await loadNationalSums(store, p);
    return franceSums(sums.byActivity, sums.byCountry);
  };
  const several = Array.isArray(only) && only.length > 1 ? (only as readonly ResolvedTerritory[]) : null;
  const one = Array.isArray(only) ? (only.length === 1 ? only[0]! : null) : ((only as ResolvedTerritory) ?? null);
  if (several) {
    const scopes = uniqueScopes(several);
    const cube = years
      ? await loadScopedYearCube(store, periods, years, scopes)
      : await loadScopedCube(store, periods, scopes);
    const index = new TerritoryRows(cube);
    const withFrance = several.some((t) => t.kind === 'france');
    const nameOf = (t: ResolvedTerritory) => {
      if (!several.some((x) => sameTerritory(t, x))) throw new Error('figures of a territory that was not loaded');
      return scopeName(t);
    };
    return {
      rowsOf: (t, p) => index.named(nameOf(t), p),
      sumsOf: (t, p) => index.namedSums(nameOf(t), p),
      countOf: (t, p) => index.namedCount(nameOf(t), p),
      franceOf: async (p, i) => (withFrance ? index.namedSums('FR', i) : national(p)),
    };
  }
  const cube =
    years && !one
      ? await loadYearCube(store, periods, years)
      : await loadTradeCube(store, periods, one ? scopeOf(one) : {});
  if (one) {
    const rows = cube.periods.map((_, p) => periodRows(cube, p));
    const rowsOf = (t: ResolvedTerritory, p: number) => {
      if (!sameTerritory(t, one)) throw new Error('figures of a territory that was not loaded');
      return rows[p]!;
    };
    return {
      rowsOf,
      sumsOf: (t, p) => rowSums(rowsOf(t, p)),
      countOf: (t, p) => rowsOf(t, p).length,
      franceOf: async (p, i) => (one.kind === 'france' ? rowSums(rows[i]!) : national(p)),
    };
  }
  // France's rows are merged from every département's only when France's figures are asked.
  const index = new TerritoryRows(cube);
  return {
    rowsOf: (t, p) => index.rows(t, p),
    sumsOf: (t, p) => index.sums(t, p),
    countOf: (t, p) => index.count(t, p),
    franceOf: national,
  };
}
