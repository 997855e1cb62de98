// Weighted sampling without replacement, for choosing which products and partners a département
// trades (Efraimidis–Spirakis: keep the k largest u^(1/w), computed as log(u)/w).
import type { Rng } from './rng.js';

/**
 * Indices of `k` entries drawn without replacement with probability proportional to `weights`
 * (zero weights are never drawn), in draw-key order. Returns fewer than `k` if fewer are positive.
 */
export function sampleWithoutReplacement(rng: Rng, weights: ArrayLike<number>, k: number): number[] {
  const candidates: number[] = [];
  const keys = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!(w > 0)) continue;
    candidates.push(i);
    keys[i] = Math.log(1 - rng.next()) / w;
  }
  if (k >= candidates.length) return candidates.sort((a, b) => keys[b]! - keys[a]! || a - b);
  candidates.sort((a, b) => keys[b]! - keys[a]! || a - b);
  return candidates.slice(0, Math.max(0, k));
}

/** Index drawn with probability proportional to the increments of a cumulative weight array. */
export function drawFromCumulative(rng: Rng, cumulative: ArrayLike<number>): number {
  const n = cumulative.length;
  const target = rng.next() * cumulative[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Running sums of `weights`. */
export function cumulativeSums(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) out[i] = s += weights[i]!;
  return out;
}
