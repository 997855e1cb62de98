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
  const phi = ubiquity.map(() => new Array<number>(n).fill(0));
  for (let p = 0; p < n; p++) {
    for (let q = p + 1; q < n; q++) {
      const denominator = Math.max(ubiquity[p]!, ubiquity[q]!);
      if (ubiquity[p] === 0 || ubiquity[q] === 0) continue;
      let both = 0;
      for (const row of m) both += row[p]! * row[q]!;
      phi[p]![q] = phi[q]![p] = both / denominator;
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
  const rca = departements.map((d) =>
    products.map((p) => {
      const x = exports.get(d)!.get(p) ?? 0;
      return x > 0 ? x / byDep.get(d)! / (byProduct.get(p)! / total) : 0;
    }),
  );
  const m = rca.map((row) => row.map((r): 0 | 1 => (r >= 1 ? 1 : 0)));
  const diversity = m.map((row) => row.reduce<number>((s, x) => s + x, 0));
  const ubiquity = products.map((_, p) => m.reduce((s, row) => s + row[p]!, 0));
  const franceExports = products.map((p) => byProduct.get(p)!);
  return { departements, products, rca, m, diversity, ubiquity, proximity: proximity(m, ubiquity), franceExports };
}
