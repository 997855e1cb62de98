// A loaded cube's rows for one territory and one period: a département's own rows, a région's
// and France's merged across their départements once (far fewer rows to go through after).
import type { TradeCube } from '../model/trade.js';
import type { ResolvedTerritory } from '../reference/territories.js';
import { mergeDepartements, type CubeRow } from './cube.js';

/** The rows of period `p` (index into cube.periods) among `indices`, or all of them. */
export function periodRows(cube: TradeCube, p: number, indices?: Iterable<number>): CubeRow[] {
  const values = cube.values[p]!;
  const rows: CubeRow[] = [];
  const push = (i: number) => {
    const value = values[i]!;
    if (!Number.isNaN(value))
      rows.push({ flow: cube.flow[i]!, dept: cube.dept[i]!, a129: cube.a129[i]!, country: cube.country[i]!, value });
  };
  if (indices) for (const i of indices) push(i);
  else for (let i = 0; i < values.length; i++) push(i);
  return rows;
}

export class TerritoryRows {
  private readonly byDept = new Map<string, number[]>();
  private readonly cache = new Map<string, CubeRow[]>();

  constructor(private readonly cube: TradeCube) {
    cube.dept.forEach((d, i) => {
      const list = this.byDept.get(d);
      if (list) list.push(i);
      else this.byDept.set(d, [i]);
    });
  }

  rows(territory: ResolvedTerritory, p: number): CubeRow[] {
    const key =
      territory.kind === 'departement'
        ? territory.departement.dgddi
        : territory.kind === 'region'
          ? `region:${territory.region.code}`
          : 'FR';
    const cacheKey = `${p}\u0000${key}`;
    let rows = this.cache.get(cacheKey);
    if (!rows) {
      if (territory.kind === 'departement') rows = periodRows(this.cube, p, this.byDept.get(key) ?? []);
      else if (territory.kind === 'region')
        rows = mergeDepartements(
          periodRows(
            this.cube,
            p,
            territory.region.departements.flatMap((d) => this.byDept.get(d) ?? []),
          ),
          key,
        );
      else rows = mergeDepartements(periodRows(this.cube, p), key);
      this.cache.set(cacheKey, rows);
    }
    return rows;
  }
}
