// Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method: a sequence
// of plane rotations that drives the off-diagonal entries to zero. Accurate to machine precision
// for the small matrices of the complexity indices (about a hundred rows). The matrices are flat
// row-major Float64Arrays (a[i * n + j]): the same operations in the same order as on rows of
// arrays, without a row's look-up in every step of the inner loops.

export interface EigenPair {
  value: number;
  /** Unit-length eigenvector. */
  vector: number[];
}

const MAX_SWEEPS = 100;

function offDiagonal(a: Float64Array, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sum += a[i * n + j]! ** 2;
  return sum;
}

/** Rotates rows/columns p and q of `a` (and the columns of `v`) so that a[p][q] becomes 0. */
function rotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number): void {
  const apq = a[p * n + q]!;
  if (apq === 0) return;
  const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p]!;
    const akq = a[k * n + q]!;
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  const rp = p * n;
  const rq = q * n;
  for (let k = 0; k < n; k++) {
    const apk = a[rp + k]!;
    const aqk = a[rq + k]!;
    a[rp + k] = c * apk - s * aqk;
    a[rq + k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p]!;
    const vkq = v[k * n + q]!;
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
}

/**
 * Every eigenpair of the symmetric matrix `m`, by eigenvalue descending (ties: first column
 * first). Throws when `m` is not square and symmetric.
 */
export function symmetricEigen(m: readonly (readonly number[])[]): EigenPair[] {
  const n = m.length;
  const a = new Float64Array(n * n);
  const v = new Float64Array(n * n);
  let scale = 0;
  m.forEach((row, i) => {
    if (row.length !== n) throw new Error('matrix is not square');
    let sumOfSquares = 0;
    row.forEach((x, j) => {
      if (Math.abs(x - m[j]![i]!) > 1e-12 * (Math.abs(x) + 1)) throw new Error('matrix is not symmetric');
      const y = (x + m[j]![i]!) / 2;
      a[i * n + j] = y;
      sumOfSquares += y * y;
    });
    scale += sumOfSquares;
    v[i * n + i] = 1;
  });
  for (let sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a, n) > 1e-30 * (scale || 1); sweep++) {
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) rotate(a, v, n, p, q);
  }
  const pairs = Array.from({ length: n }, (_, i) => ({
    value: a[i * n + i]!,
    vector: Array.from({ length: n }, (__, k) => v[k * n + i]!),
    index: i,
  }));
  pairs.sort((x, y) => y.value - x.value || x.index - y.index);
  return pairs.map(({ value, vector }) => ({ value, vector }));
}
