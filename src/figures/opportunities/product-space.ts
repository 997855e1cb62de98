// The product space of the départements' exports (Hidalgo et al. 2007): revealed comparative
// advantage, the binary matrix M, diversity and ubiquity, proximity between activities and the
// density of a département's capabilities around each activity. Definitions: docs/indicateurs.md.
import { byCode } from '../position/sums.js';

/** Exports of one period: département → A129 activity → value (values ≤ 0 are left out). */
export type ExportsByDepartement = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface ProductSpace {
  /** Départements with positive exports, by code. */
  departements: string[];
  /** Activities with positive French exports, by code. */
  products: string[];
  /** RCA[d][p]. */
  rca: number[][];
  /** M[d][p], 1 when RCA ≥ 1. */
  m: (0 | 1)[][];
  /** Diversity k_d. */
  diversity: number[];
  /** Ubiquity k_p. */
  ubiquity: number[];
  /** φ[p][q], 0 on the diagonal. */
  proximity: number[][];
  /** France's exports F[p]. */
  franceExports: number[];
}

function positiveTotals(exports: ExportsByDepartement): { byDep: Map<string, number>; byProduct: Map<string, number> } {
  const byDep = new Map<string, number>();
  const byProduct = new Map<string, number>();
  for (const [dep, products] of exports) {
    for (const [product, value] of products) {
      if (!(value > 0)) continue;
      byDep.set(dep, (byDep.get(dep) ?? 0) + value);
      byProduct.set(product, (byProduct.get(product) ?? 0) + value);
    }
  }
  return { byDep, byProduct };
}

/** φ[p][q] = Σ_d M[d,p] M[d,q] / max(k_p, k_q) for p ≠ q, 0 when either ubiquity is 0. */
export function proximity(m: readonly (readonly number[])[], ubiquity: readonly number[]): number[][] {
  const n = ubiquity.length;
  const rows = m.length;
  // M's columns, each contiguous: the inner sum runs over one pair of them.
  const columns = ubiquity.map(() => new Float64Array(rows));
  m.forEach((row, d) => {
    for (let p = 0; p < n; p++) columns[p]![d] = row[p]!;
  });
  const phi = ubiquity.map(() => new Array<number>(n).fill(0));
  for (let p = 0; p < n; p++) {
    if (ubiquity[p] === 0) continue;
    const a = columns[p]!;
    for (let q = p + 1; q < n; q++) {
      if (ubiquity[q] === 0) continue;
      const b = columns[q]!;
      let both = 0;
      for (let d = 0; d < rows; d++) both += a[d]! * b[d]!;
      phi[p]![q] = phi[q]![p] = both / Math.max(ubiquity[p]!, ubiquity[q]!);
    }
  }
  return phi;
}

/** ω[p] = Σ_{q≠p} M[q] φ[p,q] / Σ_{q≠p} φ[p,q] for one département's row of M; null when the denominator is 0. */
export function density(row: readonly number[], phi: readonly (readonly number[])[]): (number | null)[] {
  return phi.map((line, p) => {
    let num = 0;
    let den = 0;
    line.forEach((x, q) => {
      if (q === p) return;
      num += row[q]! * x;
      den += x;
    });
    return den > 0 ? num / den : null;
  });
}

/** RCA, M, diversity, ubiquity and proximity of the départements' exports. */
export function productSpace(exports: ExportsByDepartement): ProductSpace {
  const { byDep, byProduct } = positiveTotals(exports);
  const departements = [...byDep.keys()].sort(byCode);
  const products = [...byProduct.keys()].sort(byCode);
  const total = [...byDep.values()].reduce((s, x) => s + x, 0);
  const franceExports = products.map((p) => byProduct.get(p)!);
  const shares = franceExports.map((x) => x / total);
  const ubiquity = new Array<number>(products.length).fill(0);
  const rca: number[][] = [];
  const m: (0 | 1)[][] = [];
  const diversity: number[] = [];
  for (const d of departements) {
    const own = exports.get(d)!;
    const exported = byDep.get(d)!;
    const r = products.map((p, j) => {
      const x = own.get(p) ?? 0;
      return x > 0 ? x / exported / shares[j]! : 0;
    });
    const held = r.map((value): 0 | 1 => (value >= 1 ? 1 : 0));
    let k = 0;
    held.forEach((x, j) => {
      k += x;
      ubiquity[j] = ubiquity[j]! + x;
    });
    rca.push(r);
    m.push(held);
    diversity.push(k);
  }
  return { departements, products, rca, m, diversity, ubiquity, proximity: proximity(m, ubiquity), franceExports };
}
