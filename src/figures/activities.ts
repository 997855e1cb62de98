import type { Flow } from '../model/trade.js';
import { sortedByValue, type Labels } from './cube.js';
import type { TradeSums } from './position/sums.js';
import { previousValues } from './previous-values.js';
import type { Activity } from './types.js';

/**
 * Value per A129 activity for one flow, with its A17 parent, sorted by value descending, and its
 * value in the previous period (null when there is none).
 */
export function activities(
  trade: TradeSums,
  flow: Flow,
  labels: Labels,
  previous: TradeSums | null = null,
): Activity[] {
  const before = previousValues(previous, (s) => s[flow].byActivity);
  const sums = trade[flow].byActivity;
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  return sortedByValue(sums).map(([code, value_eur]) => {
    const info = labels.activity(code);
    return {
      code,
      name: info.name,
      a17: info.a17,
      a17_name: info.a17_name,
      value_eur,
      share: total > 0 ? value_eur / total : 0,
      previous: before ? { value_eur: before(code) } : null,
    };
  });
}
