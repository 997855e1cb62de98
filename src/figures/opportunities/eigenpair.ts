// One eigenpair of a symmetric matrix, for the complexity indices, which read only the second: the
// tridiagonal T = Qᵀ A Q of eigen.ts, its eigenvalues by QR steps without vectors (O(n²)), then
// the vector by inverse iteration on T (Golub & Van Loan §8.2.2, O(n) a solve) reflected back by
// Q (O(n²)). The n³ work is then the reduction alone, against about 9 n³ for every vector.
import { diagonalise, tridiagonalise, type EigenPair } from './eigen.js';

/** T − λI = P L U with row interchanges; U has three diagonals (u0 on the main one). */
interface Factors {
  u0: Float64Array;
  u1: Float64Array;
  u2: Float64Array;
  /** Elimination multipliers, and whether rows i and i+1 were swapped first. */
  multipliers: Float64Array;
  swapped: Uint8Array;
}

/** A pivot at least `tiny` in size (λ is an eigenvalue: T − λI is singular but for rounding). */
const pivot = (x: number, tiny: number): number => (Math.abs(x) >= tiny ? x : x < 0 ? -tiny : tiny);

/** Gaussian elimination of T − λI with partial pivoting; pivots below `tiny` become ±tiny. */
function factorise(d: Float64Array, e: Float64Array, lambda: number, n: number, tiny: number): Factors {
  const f: Factors = {
    u0: new Float64Array(n),
    u1: new Float64Array(n),
    u2: new Float64Array(n),
    multipliers: new Float64Array(n),
    swapped: new Uint8Array(n),
  };
  // The row being eliminated: p0 at column i, p1 at column i+1.
  let p0 = d[0]! - lambda;
  let p1 = n > 1 ? e[0]! : 0;
  for (let i = 0; i + 1 < n; i++) {
    const below = e[i]!;
    const next = d[i + 1]! - lambda;
    const after = i + 2 < n ? e[i + 1]! : 0;
    if (Math.abs(below) > Math.abs(p0)) {
      const u = pivot(below, tiny);
      const m = p0 / u;
      f.u0[i] = u;
      f.u1[i] = next;
      f.u2[i] = after;
      f.multipliers[i] = m;
      f.swapped[i] = 1;
      [p0, p1] = [p1 - m * next, -m * after];
    } else {
      p0 = pivot(p0, tiny);
      const m = below / p0;
      f.u0[i] = p0;
      f.u1[i] = p1;
      f.multipliers[i] = m;
      [p0, p1] = [next - m * p1, after];
    }
  }
  f.u0[n - 1] = pivot(p0, tiny);
  return f;
}

/** Solves U x = b in place (b becomes x), up to a power of two: x only matters up to scale. */
function backSubstitute(f: Factors, b: Float64Array, n: number): void {
  for (let i = n - 1; i >= 0; i--) {
    let x = b[i]!;
    if (i + 1 < n) x -= f.u1[i]! * b[i + 1]!;
    if (i + 2 < n) x -= f.u2[i]! * b[i + 2]!;
    b[i] = x / f.u0[i]!;
    // Tiny pivots (a repeated value) multiply the growth: kept far from overflow.
    if (Math.abs(b[i]!) > 2 ** 500) for (let j = i; j < n; j++) b[j] = b[j]! * 2 ** -500;
  }
}

/** x · 2^p without overflow or underflow on the way (p may exceed the exponent range). */
function times2(x: number, p: number): number {
  if (p > 1000) return x * 2 ** 1000 * 2 ** (p - 1000);
  if (p < -1000) return x * 2 ** -1000 * 2 ** (p + 1000);
  return x * 2 ** p;
}

/** Applies P L's inverse to b in place. */
function forwardEliminate(f: Factors, b: Float64Array, n: number): void {
  for (let i = 0; i + 1 < n; i++) {
    if (f.swapped[i]) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
    b[i + 1] = b[i + 1]! - f.multipliers[i]! * b[i]!;
  }
}

/** Scales x to unit length (by its largest entry first: no overflow). */
function normalise(x: Float64Array): void {
  const largest = x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  if (largest === 0) return;
  for (let i = 0; i < x.length; i++) x[i] = x[i]! / largest;
  const norm = Math.hypot(...x);
  for (let i = 0; i < x.length; i++) x[i] = x[i]! / norm;
}

/**
 * The eigenpair of rank `k` (0: the largest value) of the n × n symmetric matrix `a` (flat,
 * row-major, symmetric to the bit, overwritten). Its value is flatSymmetricEigen's to the bit;
 * its vector, up to sign, the same within rounding when the value is simple (for a repeated value,
 * any unit vector of its eigenspace).
 */
export function flatSymmetricEigenpair(a: Float64Array, n: number, k: number): EigenPair {
  const { d, e, betas } = tridiagonalise(a, n);
  const diagonal = d.slice();
  const off = e.slice();
  diagonalise(d, e, null, n);
  const lambda = [...d].sort((x, y) => y - x)[k]!;
  const size = diagonal.reduce((m, v, i) => Math.max(m, Math.abs(v) + Math.abs(off[i]!)), 0);
  const x = new Float64Array(n);
  if (size === 0) {
    x[k] = 1; // the zero matrix: any vector
    return { value: lambda, vector: Array.from(x) };
  }
  // T and λ scaled by a power of two (exact) to a size near 1: the same vectors, and pivots of
  // ε·‖T‖ that neither underflow nor overflow.
  const p = -Math.floor(Math.log2(size));
  for (let i = 0; i < n; i++) {
    diagonal[i] = times2(diagonal[i]!, p);
    off[i] = times2(off[i]!, p);
  }
  const f = factorise(diagonal, off, times2(lambda, p), n, Number.EPSILON);
  // Inverse iteration: the first solve with U alone (its right side is as good a start as any).
  x.fill(1);
  backSubstitute(f, x, n);
  normalise(x);
  for (let step = 0; step < 2; step++) {
    forwardEliminate(f, x, n);
    backSubstitute(f, x, n);
    normalise(x);
  }
  // x = Q y = H₀ (H₁ (… H_{n−3} y)).
  for (let j = n - 3; j >= 0; j--) {
    const beta = betas[j]!;
    if (beta === 0) continue;
    const row = j * n;
    let dot = 0;
    for (let i = j + 1; i < n; i++) dot += a[row + i]! * x[i]!;
    const scale = beta * dot;
    for (let i = j + 1; i < n; i++) x[i] = x[i]! - scale * a[row + i]!;
  }
  return { value: lambda, vector: Array.from(x) };
}
