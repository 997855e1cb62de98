// The previous period's value of each partner and activity a fiche lists.
import type { TradeSums } from './position/sums.js';

/**
 * Sums of the previous period picked from its trade sums (one flow by partner or by activity),
 * read by code (a code missing there counts as zero); null when there is no previous period.
 * Values are never negative (import), so the sums of the positive ones are all the sums.
 */
export function previousValues(
  previous: TradeSums | null,
  pick: (sums: TradeSums) => Map<string, number>,
): ((code: string) => number) | null {
  if (previous === null) return null;
  const sums = pick(previous);
  return (code) => sums.get(code) ?? 0;
}
