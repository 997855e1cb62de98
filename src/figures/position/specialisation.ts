// Specialisation index: an activity's share in the territory's flow over its share in France's.
import type { Labels } from '../cube.js';
import { byCode, type FlowSums, type TradeSums } from './sums.js';

export interface SpecialisationEntry {
  /** A129 code. */
  code: string;
  name: string;
  a17: string;
  /** Fraction 0–1 of the territory's flow. */
  share: number;
  /** Fraction 0–1 of France's same flow. */
  france_share: number;
  /** share / france_share: above 1, the territory is specialised in the activity. */
  index: number;
}

export interface Specialisation {
  exports: SpecialisationEntry[];
  imports: SpecialisationEntry[];
}

function flowSpecialisation(own: FlowSums, france: FlowSums, labels: Labels): SpecialisationEntry[] {
  const list: SpecialisationEntry[] = [];
  if (!(own.total > 0) || !(france.total > 0)) return list;
  for (const [code, value] of own.byActivity) {
    const national = france.byActivity.get(code) ?? 0;
    // France sums every département, so this only happens when given sums that do not include the territory.
    if (!(national > 0)) continue;
    const share = value / own.total;
    const france_share = national / france.total;
    const info = labels.activity(code);
    list.push({ code, name: info.name, a17: info.a17, share, france_share, index: share / france_share });
  }
  return list.sort((a, b) => b.index - a.index || byCode(a.code, b.code));
}

/** Every activity with a positive value in the territory, by index descending (then code). */
export function specialisation(own: TradeSums, france: TradeSums, labels: Labels): Specialisation {
  return { exports: flowSpecialisation(own.E, france.E, labels), imports: flowSpecialisation(own.I, france.I, labels) };
}
