import type { FlowTotal } from './types.js';

/** A share, or null when it does not apply (no enclosing territory) or cannot be computed. */
export function share(part: number, whole: number | null): number | null {
  if (whole === null || whole <= 0) return null;
  return part / whole;
}

export function flowTotal(total: number, regionTotal: number | null, franceTotal: number | null): FlowTotal {
  return { total_eur: total, share_of_region: share(total, regionTotal), share_of_france: share(total, franceTotal) };
}
