// The totals every share divides by (a département's région, France), summed from the
// départements' quarter totals, so one territory's figures never need the others' detail.
import type { Period } from '../model/period.js';
import type { QuarterTotal } from '../model/trade.js';
import { regionOfDepartement, type ResolvedTerritory } from '../reference/territories.js';
import type { FlowTotals } from './compute.js';

export interface Enclosing {
  region: FlowTotals | null;
  france: FlowTotals | null;
}

/** Each département's export and import totals over the period. */
export function departementTotals(totals: Iterable<QuarterTotal>, period: Period): Map<string, FlowTotals> {
  const inPeriod = new Set(period.quarters.map((q) => q.year * 10 + q.quarter));
  const byDept = new Map<string, FlowTotals>();
  for (const t of totals) {
    if (!inPeriod.has(t.year * 10 + t.quarter)) continue;
    let sums = byDept.get(t.dept);
    if (!sums) byDept.set(t.dept, (sums = { E: 0, I: 0 }));
    sums[t.flow] += t.value;
  }
  return byDept;
}

function sumOf(byDept: Map<string, FlowTotals>, depts: Iterable<string>): FlowTotals {
  const sum = { E: 0, I: 0 };
  for (const d of depts) {
    const t = byDept.get(d);
    if (t) {
      sum.E += t.E;
      sum.I += t.I;
    }
  }
  return sum;
}

/** The région's and France's totals a territory's shares divide by (null where none applies). */
export function enclosingTotals(territory: ResolvedTerritory, byDept: Map<string, FlowTotals>): Enclosing {
  if (territory.kind === 'france') return { region: null, france: null };
  const france = sumOf(byDept, byDept.keys());
  if (territory.kind === 'region') return { region: null, france };
  return { region: sumOf(byDept, regionOfDepartement(territory.departement.dgddi).departements), france };
}

/** The DGDDI départements a territory covers; null for France (all of them). */
export function departementsOf(territory: ResolvedTerritory): ReadonlySet<string> | null {
  if (territory.kind === 'france') return null;
  return new Set(territory.kind === 'region' ? territory.region.departements : [territory.departement.dgddi]);
}
