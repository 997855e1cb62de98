// A loaded cube's rows for one territory and one period: a département's own rows, a région's
// and France's merged across their départements once (far fewer rows to go through after).
// Rows are picked as positions in the cube's id columns; their sums come from those ids
// (position/dense-sums.ts).
import type { TradeCube } from '../model/trade.js';
import type { ResolvedTerritory } from '../reference/territories.js';
import type { CubeRow } from './cube.js';
import { idSums, mergedIds, type IdRows } from './position/dense-sums.js';
import { sumsLater, type TradeSums } from './position/sums.js';

/** Period p's rows among `indices` (all when absent), in that order, those without a line (NaN) left out. */
function present(cube: TradeCube, p: number, indices?: Int32Array): IdRows {
  const values = cube.values[p]!;
  const at = indices ? presentAmong(values, indices) : presentAll(values);
  return { at, exports: cube.exports, a129: cube.a129, country: cube.country, value: values };
}

// Two loops rather than one that asks at each row whether there are indices: V8 keeps each one
// simple (the whole cube's rows are gone through once or twice per territory and period).

function presentAmong(values: Float64Array, indices: Int32Array): Int32Array {
  const at = new Int32Array(indices.length);
  let length = 0;
  for (let j = 0; j < indices.length; j++) {
    const i = indices[j]!;
    if (values[i] === values[i]) at[length++] = i; // not NaN
  }
  return at.subarray(0, length);
}

function presentAll(values: Float64Array): Int32Array {
  const at = new Int32Array(values.length);
  let length = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) at[length++] = i;
  return at.subarray(0, length);
}

/** The rows as objects (a loop of its own: see position/dense-sums.ts). */
function objects(ids: IdRows, codes: TradeCube['codes'], deptOf: (i: number) => string): CubeRow[] {
  const { a129, country } = codes;
  const rows: CubeRow[] = [];
  for (let k = 0; k < ids.at.length; k++) {
    const i = ids.at[k]!;
    rows.push({
      flow: ids.exports[i] ? 'E' : 'I',
      dept: deptOf(i),
      a129: a129[ids.a129[i]!]!,
      country: country[ids.country[i]!]!,
      value: ids.value[i]!,
    });
  }
  return rows;
}

/** The rows as objects, their sums taken from the ids when first asked (rowSums). */
function asRows(
  cube: TradeCube,
  ids: IdRows,
  deptOf: (i: number) => string,
  sums = () => idSums(ids, cube.codes),
): CubeRow[] {
  const rows = objects(ids, cube.codes, deptOf);
  sumsLater(rows, sums);
  return rows;
}

/** The rows of period `p` (index into cube.periods). */
export function periodRows(cube: TradeCube, p: number): CubeRow[] {
  return asRows(cube, present(cube, p), (i) => cube.codes.dept[cube.dept[i]!]!);
}

/** A territory's rows in one period as positions in the cube, and what was made of them. */
interface Picked {
  ids: IdRows;
  /** The rows' `dept`: the territory's name. */
  owner: string;
  rows?: CubeRow[];
  sums?: TradeSums;
}

export class TerritoryRows {
  /** Row indices grouped by owner name: those of name n are order[start[n]] to order[start[n + 1] - 1]. */
  private readonly order: Int32Array;
  private readonly start: Int32Array;
  private readonly nameIds = new Map<string, number>();
  private readonly picks = new Map<string, Picked>();

  constructor(private readonly cube: TradeCube) {
    // One number per distinct owner name, in the order of its first id.
    const nameOf = new Int32Array(cube.codes.dept.length);
    cube.codes.dept.forEach((name, id) => {
      let n = this.nameIds.get(name);
      if (n === undefined) this.nameIds.set(name, (n = this.nameIds.size));
      nameOf[id] = n;
    });
    // Counting sort: each name's rows keep the cube's order.
    this.start = new Int32Array(this.nameIds.size + 1);
    for (let i = 0; i < cube.dept.length; i++) {
      const n = nameOf[cube.dept[i]!]! + 1;
      this.start[n] = this.start[n]! + 1;
    }
    for (let n = 0; n < this.nameIds.size; n++) this.start[n + 1] = this.start[n + 1]! + this.start[n]!;
    const next = this.start.slice(0, -1);
    this.order = new Int32Array(cube.dept.length);
    for (let i = 0; i < cube.dept.length; i++) {
      const n = nameOf[cube.dept[i]!]!;
      this.order[next[n]!] = i;
      next[n] = next[n]! + 1;
    }
  }

  private indicesOf(name: string): Int32Array {
    const n = this.nameIds.get(name);
    return n === undefined ? new Int32Array(0) : this.order.subarray(this.start[n], this.start[n + 1]);
  }

  private picked(key: string, owner: string, ids: () => IdRows): Picked {
    let pick = this.picks.get(key);
    if (!pick) this.picks.set(key, (pick = { ids: ids(), owner }));
    return pick;
  }

  private namedPick(name: string, p: number): Picked {
    return this.picked(`${p}\u0000${name}`, name, () => present(this.cube, p, this.indicesOf(name)));
  }

  private territoryPick(territory: ResolvedTerritory, p: number): Picked {
    if (territory.kind === 'departement') return this.namedPick(territory.departement.dgddi, p);
    // A région or France sums its départements' rows; cached apart from the names ('\u0001').
    const key = territory.kind === 'region' ? `region:${territory.region.code}` : 'FR';
    return this.picked(`${p}\u0001${key}`, key, () => {
      let indices: Int32Array | undefined;
      if (territory.kind === 'region') {
        const lists = territory.region.departements.map((d) => this.indicesOf(d));
        indices = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
        lists.reduce((at, l) => (indices!.set(l, at), at + l.length), 0);
      }
      return mergedIds(present(this.cube, p, indices), this.cube.codes);
    });
  }

  private rowsOf(pick: Picked): CubeRow[] {
    return (pick.rows ??= asRows(
      this.cube,
      pick.ids,
      () => pick.owner,
      () => this.sumsOf(pick),
    ));
  }

  /** From the ids, without a row object: the same sums rowSums gives of the rows. */
  private sumsOf(pick: Picked): TradeSums {
    return (pick.sums ??= idSums(pick.ids, this.cube.codes));
  }

  /** The rows whose `dept` is `name`: a département's, or a scope's in a cube read by scopes. */
  named(name: string, p: number): CubeRow[] {
    return this.rowsOf(this.namedPick(name, p));
  }

  namedSums(name: string, p: number): TradeSums {
    return this.sumsOf(this.namedPick(name, p));
  }

  /** How many rows `named` gives, without making them. */
  namedCount(name: string, p: number): number {
    return this.namedPick(name, p).ids.at.length;
  }

  rows(territory: ResolvedTerritory, p: number): CubeRow[] {
    return this.rowsOf(this.territoryPick(territory, p));
  }

  sums(territory: ResolvedTerritory, p: number): TradeSums {
    return this.sumsOf(this.territoryPick(territory, p));
  }

  count(territory: ResolvedTerritory, p: number): number {
    return this.territoryPick(territory, p).ids.at.length;
  }
}
