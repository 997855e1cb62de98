// Position and exposure of one territory: its rank among its peers, the concentration of its
// trade, its specialisation against France, its exposure to partners and its import dependencies.
import type { Labels } from '../cube.js';
import { concentration, type Concentration } from './concentration.js';
import { dependencies, type Dependency } from './dependencies.js';
import { exposure, UNITED_STATES, WATCHED_PARTNERS, type Exposure } from './exposure.js';
import { rankOf, type Rank, type RankTable } from './rank.js';
import { specialisation, type Specialisation } from './specialisation.js';
import type { TradeSums } from './sums.js';

export interface Position {
  rank: Rank | null;
  concentration: Concentration;
  specialisation: Specialisation;
  /** Keyed by exposureKey(partner code). */
  exposure: Record<string, Exposure>;
  dependencies: { imports: Dependency[] };
}

/** What every territory's position is measured against, computed once for all territories. */
export interface PositionBase {
  ranks: RankTable;
  /** France's sums (all départements). */
  france: TradeSums;
}

/** 'united_states' for US (the key the fiche reads), the partner code itself otherwise. */
export function exposureKey(partner: string): string {
  return partner === UNITED_STATES ? 'united_states' : partner;
}

export function position(
  territory: { kind: 'departement' | 'region' | 'france'; code: string },
  own: TradeSums,
  base: PositionBase,
  labels: Labels,
  partners: readonly string[] = WATCHED_PARTNERS,
): Position {
  const france = territory.kind === 'france' ? null : base.france;
  return {
    rank: rankOf(base.ranks, territory),
    concentration: concentration(own),
    // France is the reference: its index would be 1 for every activity, which says nothing.
    specialisation: france ? specialisation(own, france, labels) : { exports: [], imports: [] },
    exposure: Object.fromEntries(partners.map((p) => [exposureKey(p), exposure(own, france, p, labels)])),
    dependencies: { imports: dependencies(own.I, labels) },
  };
}

export type { Concentration, FlowConcentration } from './concentration.js';
export type { Dependency } from './dependencies.js';
export type { ExposedProduct, Exposure } from './exposure.js';
export type { DepartementTotals, Rank, RankEntry, RankTable, TerritoryTotals } from './rank.js';
export type { SpecialisationEntry, Specialisation } from './specialisation.js';
export type { FlowSums, TradeSums } from './sums.js';
export { rankTable } from './rank.js';
export { tradeSums } from './sums.js';
export { CHINA, UNITED_STATES, WATCHED_PARTNERS } from './exposure.js';
