// The previous period's value of each partner and activity a fiche lists.
import type { Flow } from '../model/trade.js';
import { sumBy, type CubeRow } from './cube.js';

/**
 * Sums of one flow in the previous period by `key`, read by code (a code missing there counts as
 * zero); null when there is no previous period.
 */
export function previousValues(
  previous: CubeRow[] | null,
  flow: Flow,
  key: (r: CubeRow) => string,
): ((code: string) => number) | null {
  if (previous === null) return null;
  const sums = sumBy(previous, key, (r) => r.flow === flow);
  return (code) => sums.get(code) ?? 0;
}
