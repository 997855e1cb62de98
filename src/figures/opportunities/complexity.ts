// Economic complexity (Hidalgo & Hausmann 2009): the eigenvector of the second largest eigenvalue
// of M̃ = D⁻¹ M K⁻¹ Mᵀ, standardised. M̃ is row-stochastic and similar to the symmetric
// S = D^-½ M K⁻¹ Mᵀ D^-½, whose eigenvectors u give those of M̃ as v = D^-½ u.
import { flatSymmetricEigenpair } from './eigenpair.js';

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** (x − mean) / population sd; null when the sd is 0 (fewer than two distinct values). */
export function standardise(xs: readonly number[]): number[] | null {
  const mu = mean(xs);
  const sd = Math.sqrt(mean(xs.map((x) => (x - mu) ** 2)));
  if (!(sd > 1e-12 * (Math.abs(mu) + 1))) return null;
  return xs.map((x) => (x - mu) / sd);
}

function covariance(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  return xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
}

/**
 * S[i][j] = Σ_p M[i,p] M[j,p] / k_p / √(k_i k_j), flat and row-major: each sum over the columns
 * both rows hold, in increasing order, computed once for S[i][j] and S[j][i] (the same bits).
 */
function similarMatrix(m: readonly (readonly number[])[], k: readonly number[]): Float64Array {
  const n = m.length;
  const columns = m[0]!.length;
  const held = m.map((row) => row.flatMap((x, p) => (x ? [p] : [])));
  const inverse = Array.from({ length: columns }, (_, p) => 1 / m.reduce((s, row) => s + row[p]!, 0));
  const s = new Float64Array(n * n);
  const mark = new Uint8Array(columns);
  for (let i = 0; i < n; i++) {
    for (const p of held[i]!) mark[p] = 1;
    for (let j = i; j < n; j++) {
      let sum = 0;
      for (const p of held[j]!) if (mark[p]) sum += inverse[p]!;
      s[i * n + j] = s[j * n + i] = sum / Math.sqrt(k[i]! * k[j]!);
    }
    mark.fill(0);
  }
  return s;
}

/**
 * Complexity of the rows of a binary matrix `m` (rows × columns) whose every row and column has a
 * 1: the standardised eigenvector of the second largest eigenvalue of M̃, its sign chosen so that
 * `sign × correlation with the row sums` is positive (ties: first non-zero entry positive).
 * Null when there are fewer than two rows or the vector is constant.
 */
export function complexityIndex(m: readonly (readonly number[])[], sign: 1 | -1): number[] | null {
  const n = m.length;
  if (n < 2) return null;
  const k = m.map((row) => row.reduce((s, x) => s + x, 0));
  const second = flatSymmetricEigenpair(similarMatrix(m, k), n, 1);
  const z = standardise(second.vector.map((u, i) => u / Math.sqrt(k[i]!)));
  if (!z) return null;
  const c = covariance(z, k) * sign;
  const flip = c < 0 || (c === 0 && (z.find((x) => x !== 0) ?? 0) < 0);
  return flip ? z.map((x) => -x || 0) : z;
}

export interface Complexity {
  /** ECI of each département (null without k_d > 0), in the order of `m`'s rows. */
  eci: (number | null)[];
  /** PCI of each activity (null without k_p > 0), in the order of `m`'s columns. */
  readonly pci: (number | null)[];
}

/**
 * ECI over rows with k_d > 0 and PCI over columns with k_p > 0, both on M restricted to them. The
 * PCI is computed when first read (the related activities of full figures): compare and rank need
 * only the ECI, and the PCI's larger eigenproblem was most of the time.
 */
export function complexity(
  m: readonly (readonly number[])[],
  diversity: readonly number[],
  ubiquity: readonly number[],
): Complexity {
  const rows = diversity.flatMap((k, d) => (k > 0 ? [d] : []));
  const cols = ubiquity.flatMap((k, p) => (k > 0 ? [p] : []));
  const sub = rows.map((d) => cols.map((p) => m[d]![p]!));
  const transposed = cols.map((_, j) => sub.map((row) => row[j]!));
  const eci = rows.length ? complexityIndex(sub, 1) : null;
  const spread = (n: number, idx: number[], values: number[] | null): (number | null)[] => {
    const out = new Array<number | null>(n).fill(null);
    if (values) idx.forEach((i, j) => (out[i] = values[j]!));
    return out;
  };
  let pci: (number | null)[] | undefined;
  return {
    eci: spread(diversity.length, rows, eci),
    get pci() {
      return (pci ??= spread(ubiquity.length, cols, cols.length ? complexityIndex(transposed, -1) : null));
    },
  };
}

/** Rank among the non-null values, 1 = highest; equal values share the best rank. */
export function rankOf(values: readonly (number | null)[], index: number): number | null {
  const v = values[index];
  if (v == null) return null;
  return 1 + values.filter((x) => x != null && x > v).length;
}
