// What the change over time adds to the fiche's charts: the figures' previous values, mapped to
// the charts' narrow inputs.
import type { ActivityCell, PartnerRow } from '../../charts/types.js';
import { changeRate } from '../../figures/change.js';
import type { Activity, Figures, Partner } from '../../figures/types.js';
import { periodWords } from './wording.js';

/** The previous period in words ('2023'), or undefined without one: the charts then show no change. */
export function changeSince(f: Figures): string | undefined {
  const prev = f.previous_period;
  return prev ? periodWords(prev) : undefined;
}

export function partnerRow(p: Partner, withChange: boolean): PartnerRow {
  const { country, name, imports_eur, exports_eur, balance_eur } = p;
  const row: PartnerRow = { country, name, imports_eur, exports_eur, balance_eur };
  if (!withChange) return row;
  return {
    ...row,
    imports_change: changeRate(imports_eur, p.previous?.imports_eur ?? null),
    exports_change: changeRate(exports_eur, p.previous?.exports_eur ?? null),
  };
}

export function activityCell(a: Activity, withChange: boolean): ActivityCell {
  const { code, name, a17, a17_name, value_eur } = a;
  const cell: ActivityCell = { code, name, a17, a17_name, value_eur };
  return withChange ? { ...cell, previous_value_eur: a.previous?.value_eur ?? null } : cell;
}
