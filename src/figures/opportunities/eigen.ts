// Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method: a sequence
// of plane rotations that drives the off-diagonal entries to zero. Accurate to machine precision
// for the small matrices of the complexity indices (about a hundred rows).

export interface EigenPair {
  value: number;
  /** Unit-length eigenvector. */
  vector: number[];
}

const MAX_SWEEPS = 100;

function offDiagonal(a: number[][]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) sum += a[i]![j]! ** 2;
  return sum;
}

/** Rotates rows/columns p and q of `a` (and the columns of `v`) so that a[p][q] becomes 0. */
function rotate(a: number[][], v: number[][], p: number, q: number): void {
  const apq = a[p]![q]!;
  if (apq === 0) return;
  const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < a.length; k++) {
    const akp = a[k]![p]!;
    const akq = a[k]![q]!;
    a[k]![p] = c * akp - s * akq;
    a[k]![q] = s * akp + c * akq;
  }
  for (let k = 0; k < a.length; k++) {
    const apk = a[p]![k]!;
    const aqk = a[q]![k]!;
    a[p]![k] = c * apk - s * aqk;
    a[q]![k] = s * apk + c * aqk;
  }
  for (let k = 0; k < v.length; k++) {
    const vkp = v[k]![p]!;
    const vkq = v[k]![q]!;
    v[k]![p] = c * vkp - s * vkq;
    v[k]![q] = s * vkp + c * vkq;
  }
}

/**
 * Every eigenpair of the symmetric matrix `m`, by eigenvalue descending (ties: first column
 * first). Throws when `m` is not square and symmetric.
 */
export function symmetricEigen(m: readonly (readonly number[])[]): EigenPair[] {
  const n = m.length;
  const a = m.map((row, i) => {
    if (row.length !== n) throw new Error('matrix is not square');
    return row.map((x, j) => {
      if (Math.abs(x - m[j]![i]!) > 1e-12 * (Math.abs(x) + 1)) throw new Error('matrix is not symmetric');
      return (x + m[j]![i]!) / 2;
    });
  });
  const v = a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)));
  const scale = a.reduce((s, row) => s + row.reduce((t, x) => t + x * x, 0), 0);
  for (let sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > 1e-30 * (scale || 1); sweep++) {
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) rotate(a, v, p, q);
  }
  const pairs = a.map((row, i) => ({ value: row[i]!, vector: v.map((r) => r[i]!), index: i }));
  pairs.sort((x, y) => y.value - x.value || x.index - y.index);
  return pairs.map(({ value, vector }) => ({ value, vector }));
}
