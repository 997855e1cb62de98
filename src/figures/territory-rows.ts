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

  /** The rows whose `dept` is `name`: a département's, or a scope's in a cube read by scopes. */
  named(name: string, p: number): CubeRow[] {
    const cacheKey = `${p}\u0000${name}`;
    let rows = this.cache.get(cacheKey);
    if (!rows) this.cache.set(cacheKey, (rows = periodRows(this.cube, p, this.byDept.get(name) ?? [])));
    return rows;
  }

  rows(territory: ResolvedTerritory, p: number): CubeRow[] {
    if (territory.kind === 'departement') return this.named(territory.departement.dgddi, p);
    // A région or France sums its départements' rows; cached apart from the names ('\u0001').
    const key = territory.kind === 'region' ? `region:${territory.region.code}` : 'FR';
    const cacheKey = `${p}\u0001${key}`;
    let rows = this.cache.get(cacheKey);
    if (!rows) {
      const indices =
        territory.kind === 'region'
          ? territory.region.departements.flatMap((d) => this.byDept.get(d) ?? [])
          : undefined;
      rows = mergeDepartements(periodRows(this.cube, p, indices), key);
      this.cache.set(cacheKey, rows);
    }
    return rows;
  }
}
