// The partners and activities whose trade rose or fell most, in euros, since the previous period.
import { ascending } from 'd3-array';
import type { Flow } from '../model/trade.js';
import { sumBy, type CubeRow } from './cube.js';

export const TOP_MOVERS = 5;

export interface Mover {
  code: string;
  name: string;
  value_eur: number;
  previous_eur: number;
  change_eur: number;
}

export interface Movers {
  gains: Mover[];
  losses: Mover[];
}

export interface FlowMovers {
  partners: Movers;
  activities: Movers;
}

const byCode = (a: Mover, b: Mover) => ascending(a.code, b.code);

/**
 * The `top` largest rises and falls of one flow by `key` (a code missing in one period counts as
 * zero there). Rises largest first, falls most negative first, ties by code. Empty without a
 * previous period.
 */
export function movers(
  rows: CubeRow[],
  previous: CubeRow[] | null,
  flow: Flow,
  key: (r: CubeRow) => string,
  name: (code: string) => string,
  top = TOP_MOVERS,
): Movers {
  if (previous === null) return { gains: [], losses: [] };
  const ofFlow = (r: CubeRow) => r.flow === flow;
  const now = sumBy(rows, key, ofFlow);
  const before = sumBy(previous, key, ofFlow);
  const all = [...new Set([...now.keys(), ...before.keys()])].map((code) => {
    const value_eur = now.get(code) ?? 0;
    const previous_eur = before.get(code) ?? 0;
    return { code, name: name(code), value_eur, previous_eur, change_eur: value_eur - previous_eur };
  });
  return {
    gains: all
      .filter((m) => m.change_eur > 0)
      .sort((a, b) => b.change_eur - a.change_eur || byCode(a, b))
      .slice(0, top),
    losses: all
      .filter((m) => m.change_eur < 0)
      .sort((a, b) => a.change_eur - b.change_eur || byCode(a, b))
      .slice(0, top),
  };
}
