// Largest-remainder (Hamilton) allocation: splits an integer total into integer parts proportional
// to weights, so that every level of the demo data (France → départements → cells → quarters)
// adds up to its parent exactly, to the euro.

/** Up to this many leftover units are placed by repeated arg-max instead of a sort. */
const SMALL_LEFTOVER = 8;

/** Reused remainder buffer: the generator calls this hundreds of thousands of times. */
let scratch = new Float64Array(64);

/**
 * Integer parts of `total` proportional to `weights`: each part is the floor of its exact quota or
 * one more, and the parts sum to `total` exactly. The units left after flooring go to the largest
 * remainders (ties: lowest index first). Zero-weight entries get 0. The parts are written to
 * `out` when given (same length as `weights`), else to a new array.
 */
export function allocateLargestRemainder(
  total: number,
  weights: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`allocateLargestRemainder: total must be a non-negative safe integer, got ${total}`);
  }
  const n = weights.length;
  const parts = out ?? new Float64Array(n);
  if (parts.length !== n) throw new RangeError('allocateLargestRemainder: output length differs from weights');
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`allocateLargestRemainder: weight ${i} is ${w}`);
    sum += w;
  }
  parts.fill(0);
  if (total === 0) return parts;
  if (!(sum > 0)) throw new RangeError('allocateLargestRemainder: a positive total needs a positive weight');

  if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
  const remainders = scratch;
  let allocated = 0;
  for (let i = 0; i < n; i++) {
    const quota = (total * (weights[i] as number)) / sum;
    const floor = Math.floor(quota);
    parts[i] = floor;
    remainders[i] = quota - floor;
    allocated += floor;
  }
  let left = total - allocated;

  if (left > 0 && left <= SMALL_LEFTOVER) {
    // Few units to place (always the case for quarters): repeated arg-max, no sort.
    for (; left > 0; left--) {
      let best = -1;
      for (let i = 0; i < n; i++) {
        if ((weights[i] as number) > 0 && (best < 0 || (remainders[i] as number) > (remainders[best] as number))) best = i;
      }
      parts[best] = (parts[best] as number) + 1;
      remainders[best] = -1;
    }
  } else if (left > 0) {
    // Largest remainders first; among them only positive-weight entries can receive a unit.
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((i, j) => (remainders[j] as number) - (remainders[i] as number) || i - j);
    for (let k = 0; left > 0; k = (k + 1) % n) {
      const i = order[k] as number;
      if ((weights[i] as number) > 0) {
        parts[i] = (parts[i] as number) + 1;
        left--;
      }
    }
  } else if (left < 0) {
    // Floating-point rounding pushed some floors one too high: take units back from the smallest
    // remainders (the quotas that were closest to rounding down).
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((i, j) => (remainders[i] as number) - (remainders[j] as number) || j - i);
    for (let k = 0; left < 0; k = (k + 1) % n) {
      const i = order[k] as number;
      if ((parts[i] as number) > 0) {
        parts[i] = (parts[i] as number) - 1;
        left++;
      }
    }
  }
  return parts;
}
