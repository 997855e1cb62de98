import { changeRate } from './change.js';
import type { FlowTotal } from './types.js';

/** A share, or null when it does not apply (no enclosing territory) or cannot be computed. */
export function share(part: number, whole: number | null): number | null {
  if (whole === null || whole <= 0) return null;
  return part / whole;
}

/** A flow's total, its shares of the région and France, and its change on the previous period (null: none). */
export function flowTotal(
  total: number,
  regionTotal: number | null,
  franceTotal: number | null,
  previous: number | null = null,
): FlowTotal {
  return {
    total_eur: total,
    share_of_region: share(total, regionTotal),
    share_of_france: share(total, franceTotal),
    previous_eur: previous,
    change_rate: changeRate(total, previous),
  };
}
