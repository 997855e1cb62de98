// Eigenvalues and eigenvectors of a real symmetric matrix (Golub & Van Loan, ch. 8): Householder
// reflections bring it to tridiagonal form T = Qᵀ A Q, then implicit symmetric QR steps with the
// Wilkinson shift drive T's off-diagonal to zero, each Givens rotation also applied to Q. About
// 9 n³ operations, a few times fewer than cyclic Jacobi's sweeps over the whole matrix, and as
// accurate (backward stable) for the complexity indices' matrices (about a hundred rows). Matrices
// are flat row-major Float64Arrays (a[i * n + j]); eigenvectors are kept as rows (z[k * n + i] is
// component i of vector k), so that every rotation runs over contiguous memory.

export interface EigenPair {
  value: number;
  /** Unit-length eigenvector. */
  vector: number[];
}

/** The symmetric part of `m` as a flat array; throws when `m` is not square and symmetric. */
function flatSymmetric(m: readonly (readonly number[])[]): Float64Array {
  const n = m.length;
  const a = new Float64Array(n * n);
  m.forEach((row, i) => {
    if (row.length !== n) throw new Error('matrix is not square');
    row.forEach((x, j) => {
      if (Math.abs(x - m[j]![i]!) > 1e-12 * (Math.abs(x) + 1)) throw new Error('matrix is not symmetric');
      a[i * n + j] = (x + m[j]![i]!) / 2;
    });
  });
  return a;
}

export interface Tridiagonal {
  /** T's diagonal. */
  d: Float64Array;
  /** T's off-diagonal: e[i] = T[i][i + 1] (e[n − 1] = 0). */
  e: Float64Array;
  /** H_k = I − beta_k v_k v_kᵀ (0: the identity), v_k in row k of the reduced matrix, columns k+1…; Q = H₀ … H_{n−3}. */
  betas: Float64Array;
}

/**
 * Householder tridiagonalisation, A = Q T Qᵀ. Step k reflects rows and columns k+1… so that
 * column k has zeros below its subdiagonal; the reflections' vectors stay in `a`'s rows. Only
 * the upper triangle of `a` is read (and left meaningful).
 */
export function tridiagonalise(a: Float64Array, n: number): Tridiagonal {
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  const betas = new Float64Array(n);
  const w = new Float64Array(n);
  for (let k = 0; k + 2 < n; k++) {
    const row = k * n;
    // x = A[k+1…][k], scaled by the sum of its magnitudes (no overflow or underflow in its norm).
    let scale = 0;
    for (let i = k + 1; i < n; i++) scale += Math.abs(a[row + i]!);
    if (scale === 0) continue; // already reduced: the reflection is the identity (beta 0)
    let sigma = 0;
    for (let i = k + 1; i < n; i++) {
      const x = (a[row + i]! /= scale);
      sigma += x * x;
    }
    const x0 = a[row + k + 1]!;
    const alpha = x0 >= 0 ? -Math.sqrt(sigma) : Math.sqrt(sigma);
    e[k] = alpha * scale;
    // v = x − alpha e₁ (kept in a's row k), H = I − beta v vᵀ with beta = 2 / vᵀv.
    a[row + k + 1] = x0 - alpha;
    const beta = 1 / (sigma - x0 * alpha);
    betas[k] = beta;
    // The block B = A[k+1…][k+1…] becomes H B H = B − v wᵀ − w vᵀ, w = p − (beta pᵀv / 2) v, p = beta B v.
    // B is symmetric: only its upper triangle (j ≥ i) is read and kept, half the work.
    w.fill(0, k + 1);
    for (let i = k + 1; i < n; i++) {
      const r = i * n;
      const vi = a[row + i]!;
      let s = a[r + i]! * vi;
      for (let j = i + 1; j < n; j++) {
        const aij = a[r + j]!;
        s += aij * a[row + j]!;
        w[j] = w[j]! + aij * vi;
      }
      w[i] = w[i]! + s;
    }
    let pv = 0;
    for (let i = k + 1; i < n; i++) {
      w[i] = beta * w[i]!;
      pv += w[i]! * a[row + i]!;
    }
    const half = (beta * pv) / 2;
    for (let i = k + 1; i < n; i++) w[i] = w[i]! - half * a[row + i]!;
    for (let i = k + 1; i < n; i++) {
      const r = i * n;
      const vi = a[row + i]!;
      const wi = w[i]!;
      for (let j = i; j < n; j++) a[r + j] = a[r + j]! - vi * w[j]! - wi * a[row + j]!;
    }
  }
  for (let i = 0; i < n; i++) d[i] = a[i * n + i]!;
  if (n >= 2) e[n - 2] = a[(n - 2) * n + n - 1]!;
  return { d, e, betas };
}

/** Qᵀ (row-major) from the reflections tridiagonalise left in `a`. */
function transposedQ(a: Float64Array, betas: Float64Array, n: number): Float64Array {
  const w = new Float64Array(n);
  // Q = H₀ H₁ … H_{n−3}, from the last: when H_k is applied, Q is the identity outside rows and
  // columns k+2…, so only the block k+1… changes. Built as Qᵀ = H_{n−3} … H₀ would read
  // columns; Q is built by rows and transposed once.
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  for (let k = n - 3; k >= 0; k--) {
    const beta = betas[k]!;
    if (beta === 0) continue;
    const row = k * n;
    w.fill(0, k + 1);
    for (let i = k + 1; i < n; i++) {
      const vi = a[row + i]!;
      for (let j = k + 1; j < n; j++) w[j] = w[j]! + vi * q[i * n + j]!;
    }
    for (let i = k + 1; i < n; i++) {
      const f = beta * a[row + i]!;
      for (let j = k + 1; j < n; j++) q[i * n + j] = q[i * n + j]! - f * w[j]!;
    }
  }
  const qt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) qt[j * n + i] = q[i * n + j]!;
  return qt;
}

/** Rows k and k+1 of z become c·z_k + s·z_{k+1} and −s·z_k + c·z_{k+1}. */
function rotateRows(z: Float64Array, n: number, k: number, c: number, s: number): void {
  const r0 = k * n;
  const r1 = r0 + n;
  for (let i = 0; i < n; i++) {
    const x = z[r0 + i]!;
    const y = z[r1 + i]!;
    z[r0 + i] = c * x + s * y;
    z[r1 + i] = c * y - s * x;
  }
}

/**
 * One implicit QR step with the Wilkinson shift on the unreduced block lo…hi of T: the rotation
 * of rows/columns (lo, lo+1) that a shifted QR step starts with, then rotations (k, k+1) that
 * chase the bulge it makes at (k−1, k+1) down and out of the block. Each P is applied as
 * T ← P T Pᵀ and Z ← P Z (z's rows are the eigenvectors; no z: the values only).
 */
function qrStep(d: Float64Array, e: Float64Array, z: Float64Array | null, n: number, lo: number, hi: number): void {
  const t = e[hi - 1]!;
  const delta = (d[hi - 1]! - d[hi]!) / 2;
  // mu = d[hi] − t² / (delta + sign(delta) √(delta² + t²)), written with g = delta / t so
  // that t² cannot underflow (a tiny t would otherwise give no shift and no progress).
  const g = delta / t;
  const mu = d[hi]! - t / (g + (g >= 0 ? 1 : -1) * Math.hypot(g, 1));
  let x = d[lo]! - mu;
  let y = e[lo]!;
  for (let k = lo; k < hi; k++) {
    const r = Math.hypot(x, y);
    const c = r === 0 ? 1 : x / r;
    const s = r === 0 ? 0 : y / r;
    if (k > lo) e[k - 1] = r; // (k−1, k) takes the bulge's weight, (k−1, k+1) becomes 0
    const dk = d[k]!;
    const dk1 = d[k + 1]!;
    const ek = e[k]!;
    const cs = c * s;
    d[k] = c * c * dk + 2 * cs * ek + s * s * dk1;
    d[k + 1] = s * s * dk - 2 * cs * ek + c * c * dk1;
    e[k] = cs * (dk1 - dk) + (c * c - s * s) * ek;
    if (k + 1 < hi) {
      // Row k gains s · T[k+1][k+2] at (k, k+2): the bulge the next rotation removes.
      x = e[k]!;
      y = s * e[k + 1]!;
      e[k + 1] = c * e[k + 1]!;
    }
    if (z) rotateRows(z, n, k, c, s);
  }
}

const negligible = (e: number, d0: number, d1: number): boolean =>
  Math.abs(e) <= Number.EPSILON * (Math.abs(d0) + Math.abs(d1)) || Math.abs(e) < Number.MIN_VALUE * 2 ** 60;

/**
 * Every eigenpair of the symmetric matrix `m`, by eigenvalue descending (ties: lower index in the
 * solver's order first). Throws when `m` is not square and symmetric.
 */
export function symmetricEigen(m: readonly (readonly number[])[]): EigenPair[] {
  return flatSymmetricEigen(flatSymmetric(m), m.length);
}

/**
 * symmetricEigen of the n × n matrix `a` (row-major), symmetric to the bit: not checked, as the
 * caller built it so. `a` is overwritten.
 */
export function flatSymmetricEigen(a: Float64Array, n: number): EigenPair[] {
  const { d, e, betas } = tridiagonalise(a, n);
  const z = transposedQ(a, betas, n);
  diagonalise(d, e, z, n);
  const pairs = Array.from({ length: n }, (_, i) => ({
    value: d[i]!,
    vector: Array.from(z.subarray(i * n, i * n + n)),
    index: i,
  }));
  pairs.sort((x, y) => y.value - x.value || x.index - y.index);
  return pairs.map(({ value, vector }) => ({ value, vector }));
}

/**
 * QR steps until T is diagonal: d then holds the eigenvalues (in no order), and the rows of `z`,
 * rotated along, their eigenvectors (z = Qᵀ); without z, the values alone, the same to the bit.
 */
export function diagonalise(d: Float64Array, e: Float64Array, z: Float64Array | null, n: number): void {
  // Deflate from the bottom: the last row splits off once its off-diagonal entry is negligible.
  let steps = 0;
  for (let hi = n - 1; hi > 0;) {
    if (negligible(e[hi - 1]!, d[hi - 1]!, d[hi]!)) {
      e[hi - 1] = 0;
      hi--;
      continue;
    }
    let lo = hi - 1;
    while (lo > 0 && !negligible(e[lo - 1]!, d[lo - 1]!, d[lo]!)) lo--;
    if (lo > 0) e[lo - 1] = 0;
    if (++steps > 50 * n) throw new Error('eigenvalues did not converge');
    qrStep(d, e, z, n, lo, hi);
  }
}
