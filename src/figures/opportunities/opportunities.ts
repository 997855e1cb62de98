// « Pistes d'action » of one territory: where else to sell (markets), where else to buy
// (suppliers), which activities are within reach (related) and its economic complexity.
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

export function opportunityBase(
  exportsByDepartement: readonly CubeRow[],
  franceByActivityCountry: readonly CubeRow[],
): OpportunityBase {
  const byDep = new Map<string, Map<string, number>>();
  for (const r of exportsByDepartement) {
    if (r.flow !== 'E' || !(r.value > 0)) continue;
    let products = byDep.get(r.dept);
    if (!products) byDep.set(r.dept, (products = new Map()));
    products.set(r.a129, (products.get(r.a129) ?? 0) + r.value);
  }
  return { space: departementSpace(byDep), france: tradeSums(franceByActivityCountry) };
}

export function opportunities(
  territory: { kind: 'departement' | 'region' | 'france'; code: string },
  own: TradeSums,
  imports: readonly Dependency[],
  base: OpportunityBase,
  labels: Labels,
): { opportunities: Opportunities; complexity: ComplexityFigures | null } {
  const dept = territory.kind === 'departement';
  return {
    opportunities: {
      markets: territory.kind === 'france' ? null : markets(own.E, base.france.E, labels),
      suppliers: suppliers(imports, base.france.I, labels),
      related: dept ? related(base.space, territory.code, labels) : null,
    },
    complexity: dept ? complexityOf(base.space, territory.code) : null,
  };
}
