// From a département's plan to its rows: euros allocated to cells and then to quarters (largest
// remainder at both levels, so the département's total is exact), masses derived from values.
import { allocateFour, allocateLargestRemainder } from './allocate.js';
import type { Catalogue } from './catalogue.js';
import type { DepartementPlan } from './plan.js';
import type { Rng } from './rng.js';

export interface DepartementRows {
  /** Cells in file order (CPF4 index, then partner index); shared with `SortedCells`, read-only. */
  cellCpf4: Int32Array;
  cellCountry: Int32Array;
  /** Value of cell i in quarter q at [4i + q]; -1 when the cell has no row that quarter. */
  quarterValue: Float64Array;
  /** Mass (kg) of the same rows. */
  quarterMass: Float64Array;
}

export interface RowOptions {
  /** Weight of each cell in this year (default: the plan's reference weights). */
  cellWeights?: ArrayLike<number>;
  /** Multipliers of the four quarters (the shape of an unusual year). */
  quarterShape?: readonly number[];
}

/** A plan's cells in file order (CPF4 index, then partner index): the same every year. */
export interface SortedCells {
  /** Plan cell index of each sorted position. */
  order: Int32Array;
  cellCpf4: Int32Array;
  cellCountry: Int32Array;
}

/** Room for a cell's index in a sort key (more cells than this take the comparator sort). */
const INDEX_SLOTS = 2 ** 21;

export function sortCells(plan: DepartementPlan): SortedCells {
  const n = plan.cellWeight.length;
  let countries = 1;
  let products = 1;
  for (let i = 0; i < n; i++) {
    countries = Math.max(countries, plan.cellCountry[i]! + 1);
    products = Math.max(products, plan.cellCpf4[i]! + 1);
  }
  let order: Int32Array;
  if (n < INDEX_SLOTS && products * countries * INDEX_SLOTS <= Number.MAX_SAFE_INTEGER) {
    // (CPF4, partner, index) packed into one exact number: a plain numeric sort gives the order
    // the comparator below gives (index last, as its stable sort keeps ties), several times faster.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (plan.cellCpf4[i]! * countries + plan.cellCountry[i]!) * INDEX_SLOTS + i;
    keys.sort();
    order = Int32Array.from(keys, (key) => key % INDEX_SLOTS);
  } else {
    order = Int32Array.from(
      Array.from({ length: n }, (_, i) => i).sort(
        (i, j) => plan.cellCpf4[i]! - plan.cellCpf4[j]! || plan.cellCountry[i]! - plan.cellCountry[j]!,
      ),
    );
  }
  const cellCpf4 = new Int32Array(n);
  const cellCountry = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    cellCpf4[k] = plan.cellCpf4[order[k]!]!;
    cellCountry[k] = plan.cellCountry[order[k]!]!;
  }
  return { order, cellCpf4, cellCountry };
}

/**
 * Spreads `total` euros over the plan's cells and the four quarters. `sorted` is the plan's
 * `sortCells`, which a caller generating several years computes once.
 */
export function allocateRows(
  plan: DepartementPlan,
  total: number,
  cat: Catalogue,
  rng: Rng,
  options: RowOptions = {},
  sorted: SortedCells = sortCells(plan),
): DepartementRows {
  const n = plan.cellWeight.length;
  const cellWeights = options.cellWeights ?? plan.cellWeight;
  const shape = options.quarterShape ?? [1, 1, 1, 1];
  const weights = new Float64Array(n);
  for (let k = 0; k < n; k++) weights[k] = cellWeights[sorted.order[k]!]!;
  const values = allocateLargestRemainder(total, weights);
  let mean = 0;
  let top = 0;
  for (let i = 0; i < n; i++) {
    mean += weights[i]! / n;
    if (weights[i]! > weights[top]!) top = i;
  }

  const rows: DepartementRows = {
    cellCpf4: sorted.cellCpf4,
    cellCountry: sorted.cellCountry,
    quarterValue: new Float64Array(4 * n).fill(-1),
    quarterMass: new Float64Array(4 * n),
  };
  const quarterWeights = new Float64Array(4);
  const split = new Float64Array(4);
  for (let i = 0; i < n; i++) {
    // Large flows run all year; small ones show up in some quarters only. The largest cell is
    // always present in every quarter, so each département has rows in all four quarters.
    const relative = weights[i]! / mean;
    const presence = i === top ? 1 : Math.min(1, 0.25 + 0.5 * Math.pow(relative, 0.3));
    let present = 0;
    for (let q = 0; q < 4; q++) {
      const on = rng.next() < presence;
      quarterWeights[q] = on ? Math.max(0.2, 1 + 0.2 * rng.normal()) * shape[q]! : 0;
      if (on) present++;
    }
    if (present === 0) quarterWeights[rng.int(4)] = 1;
    allocateFour(values[i]!, quarterWeights, split);
    const eurPerKg = cat.cpf4EurPerKg[rows.cellCpf4[i]!]!;
    for (let q = 0; q < 4; q++) {
      if (quarterWeights[q] === 0) continue;
      const v = split[q]!;
      rows.quarterValue[4 * i + q] = v;
      rows.quarterMass[4 * i + q] = eurPerKg > 0 ? Math.round(v / (eurPerKg * rng.lognormal(0.35))) : 0;
    }
  }
  return rows;
}
