// What every territory's position is measured against, built once per period: the rank table
// from every département's totals, and France's sums. Also the glue from a resolved territory.
import type { CubeRow, Flow } from '../../model/trade.js';
import { departements, regions, type ResolvedTerritory } from '../../reference/territories.js';
import type { Labels } from '../cube.js';
import { position, type Position, type PositionBase } from './position.js';
import { rankTable, type DepartementTotals, type TerritoryTotals } from './rank.js';
import { tradeSums, type TradeSums } from './sums.js';

/** Export (E) and import (I) totals of a département, keyed by its DGDDI code. */
export type DeptTotals = Map<string, Record<Flow, number>>;

/**
 * Every département of the reference (0 where the period has no trade) and every région, with
 * their totals: a département absent from the data still counts among the 101.
 */
export function rankInputs(byDept: DeptTotals): { departements: DepartementTotals[]; regions: TerritoryTotals[] } {
  const depts = departements().map((d) => {
    const t = byDept.get(d.dgddi);
    return { code: d.dgddi, region: d.region, exports: t?.E ?? 0, imports: t?.I ?? 0 };
  });
  const byCode = new Map(depts.map((d) => [d.code, d]));
  const regs = regions().map((r) => {
    let exports = 0;
    let imports = 0;
    for (const code of r.departements) {
      exports += byCode.get(code)?.exports ?? 0;
      imports += byCode.get(code)?.imports ?? 0;
    }
    return { code: r.code, exports, imports };
  });
  return { departements: depts, regions: regs };
}

export function positionBase(byDept: DeptTotals, france: TradeSums): PositionBase {
  const inputs = rankInputs(byDept);
  return { ranks: rankTable(inputs.departements, inputs.regions), france };
}

/**
 * France's sums from its totals by activity and by partner, when its detailed rows are not
 * loaded (the figures of one territory): the indicators compare with these two only.
 */
export function franceSums(
  byActivity: Iterable<{ flow: Flow; code: string; value: number }>,
  byCountry: Iterable<{ flow: Flow; code: string; value: number }>,
): TradeSums {
  const sums = tradeSums([]);
  for (const r of byActivity) {
    if (!(r.value > 0)) continue;
    sums[r.flow].byActivity.set(r.code, (sums[r.flow].byActivity.get(r.code) ?? 0) + r.value);
    sums[r.flow].total += r.value;
  }
  for (const r of byCountry) {
    if (r.value > 0) sums[r.flow].byCountry.set(r.code, (sums[r.flow].byCountry.get(r.code) ?? 0) + r.value);
  }
  return sums;
}

/** The key rankOf reads: DGDDI code for a département, INSEE code for a région. */
export function rankKey(t: ResolvedTerritory): { kind: ResolvedTerritory['kind']; code: string } {
  return t.kind === 'departement'
    ? { kind: t.kind, code: t.departement.dgddi }
    : t.kind === 'region'
      ? { kind: t.kind, code: t.region.code }
      : { kind: 'france', code: 'FR' };
}

/** A territory's position from its rows; France's own rows give France's position. */
export function positionOf(
  t: ResolvedTerritory,
  rows: CubeRow[],
  base: PositionBase,
  labels: Labels,
  partners?: string[],
): Position {
  return position(rankKey(t), tradeSums(rows), base, labels, partners);
}
