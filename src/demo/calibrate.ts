// Top-down calibration of the départements' totals for one flow: pinned départements get their
// target, each pinned région shares what is left of its target among its other départements, and
// France's remainder goes to all other départements, each time by largest remainder, so that the
// France, région and département targets all hold to the euro.
import { allocateLargestRemainder } from './allocate.js';
import type { DemoTargets } from './targets.js';

export type Flow = 'exports' | 'imports';

export interface CalibrationUnit {
  dgddi: string;
  dgddiRegion: string;
  /** Relative size (any positive scale). */
  weight: number;
}

/** Total of each département (same order as `units`), in euros. */
export function calibrateDepartements(
  units: readonly CalibrationUnit[],
  targets: DemoTargets,
  flow: Flow,
): Float64Array {
  const totals = new Float64Array(units.length);
  const assigned = new Array<boolean>(units.length).fill(false);
  let franceLeft = targets.france[flow];

  const share = (total: number, members: number[], what: string) => {
    if (total < 0) throw new RangeError(`demo calibration: targets of ${what} exceed their parent (${flow})`);
    if (members.length === 0) {
      if (total !== 0) throw new RangeError(`demo calibration: nothing left to receive ${total} € in ${what}`);
      return;
    }
    const parts = allocateLargestRemainder(
      total,
      members.map((i) => units[i]!.weight),
    );
    members.forEach((i, k) => {
      totals[i] = parts[k]!;
      assigned[i] = true;
    });
  };

  units.forEach((u, i) => {
    const pinned = targets.departements[u.dgddi];
    if (!pinned) return;
    totals[i] = pinned[flow];
    assigned[i] = true;
  });

  for (const [region, regionTargets] of Object.entries(targets.regions)) {
    let left = regionTargets[flow];
    const members: number[] = [];
    units.forEach((u, i) => {
      if (u.dgddiRegion !== region) return;
      if (assigned[i]) left -= totals[i]!;
      else members.push(i);
    });
    share(left, members, `région ${region}`);
    franceLeft -= regionTargets[flow];
  }

  const rest: number[] = [];
  units.forEach((u, i) => {
    if (targets.regions[u.dgddiRegion]) return;
    if (assigned[i]) franceLeft -= totals[i]!;
    else rest.push(i);
  });
  share(franceLeft, rest, 'France');
  return totals;
}
