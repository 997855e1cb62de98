// « Pistes d'action » of one territory: where else to sell (markets), where else to buy
// (suppliers), which activities are within reach (related), and a département's economic complexity.
import type { CubeRow } from '../../model/trade.js';
import type { Labels } from '../cube.js';
import type { Dependency } from '../position/dependencies.js';
import { tradeSums, type TradeSums } from '../position/sums.js';
import { markets, type MarketLead } from './markets.js';
import {
  complexityOf,
  departementSpace,
  related,
  type ComplexityFigures,
  type DepartementSpace,
  type RelatedActivity,
} from './related.js';
import { suppliers, type SupplierLead } from './suppliers.js';

/** What every territory's leads are measured against, built once per period. */
export interface OpportunityBase {
  space: DepartementSpace;
  /** France's trade by flow × activity × partner. */
  france: TradeSums;
}

export interface Opportunities {
  /** Null for France. */
  markets: MarketLead[] | null;
  suppliers: SupplierLead[];
  /** Null for régions and France. */
  related: RelatedActivity[] | null;
}

/** Every département's exports by activity: the product space the ECI and related activities read. */
export function exportSpace(exportsByDepartement: readonly CubeRow[]): DepartementSpace {
  const byDep = new Map<string, Map<string, number>>();
  for (const r of exportsByDepartement) {
    if (r.flow !== 'E' || !(r.value > 0)) continue;
    let products = byDep.get(r.dept);
    if (!products) byDep.set(r.dept, (products = new Map()));
    products.set(r.a129, (products.get(r.a129) ?? 0) + r.value);
  }
  return departementSpace(byDep);
}

export function opportunityBase(space: DepartementSpace, franceByActivityCountry: readonly CubeRow[]): OpportunityBase {
  return { space, france: tradeSums(franceByActivityCountry) };
}

/** A département's economic complexity (null for régions and France, or without a product space). */
export function complexityOfTerritory(
  territory: { kind: 'departement' | 'region' | 'france'; code: string },
  space: DepartementSpace | undefined,
): ComplexityFigures | null {
  return space && territory.kind === 'departement' ? complexityOf(space, territory.code) : null;
}

export function opportunities(
  territory: { kind: 'departement' | 'region' | 'france'; code: string },
  own: TradeSums,
  imports: readonly Dependency[],
  base: OpportunityBase,
  labels: Labels,
): Opportunities {
  return {
    markets: territory.kind === 'france' ? null : markets(own.E, base.france.E, labels),
    suppliers: suppliers(imports, base.france.I, labels),
    related: territory.kind === 'departement' ? related(base.space, territory.code, labels) : null,
  };
}
