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
export function allocateLargestRemainder(total: number, weights: ArrayLike<number>, out?: Float64Array): Float64Array {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`allocateLargestRemainder: total must be a non-negative safe integer, got ${total}`);
  }
  const n = weights.length;
  const parts = out ?? new Float64Array(n);
  if (parts.length !== n) throw new RangeError('allocateLargestRemainder: output length differs from weights');
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
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
    const quota = (total * weights[i]!) / sum;
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
        if (weights[i]! > 0 && (best < 0 || remainders[i]! > remainders[best]!)) best = i;
      }
      parts[best] = parts[best]! + 1;
      remainders[best] = -1;
    }
  } else if (left > 0) {
    placeLeftover(left, weights, remainders, parts);
  } else if (left < 0) {
    // Floating-point rounding pushed some floors one too high: take units back from the smallest
    // remainders (the quotas that were closest to rounding down).
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((i, j) => remainders[i]! - remainders[j]! || j - i);
    for (let k = 0; left < 0; k = (k + 1) % n) {
      const i = order[k]!;
      if (parts[i]! > 0) {
        parts[i] = parts[i]! - 1;
        left++;
      }
    }
  }
  return parts;
}

/** Remainders of `allocateFour`. */
const four = new Float64Array(4);

/**
 * `allocateLargestRemainder(total, weights, out)` for exactly four weights (a cell's quarters),
 * written out for the generator's millions of calls: the same arithmetic in the same order, so
 * the same parts; the rare float corner cases go to the general function.
 */
export function allocateFour(total: number, weights: Float64Array, out: Float64Array): void {
  const w0 = weights[0]!;
  const w1 = weights[1]!;
  const w2 = weights[2]!;
  const w3 = weights[3]!;
  const sum = w0 + w1 + w2 + w3;
  if (
    !Number.isSafeInteger(total) ||
    total <= 0 ||
    !(sum > 0) ||
    !Number.isFinite(sum) ||
    w0 < 0 ||
    w1 < 0 ||
    w2 < 0 ||
    w3 < 0
  ) {
    allocateLargestRemainder(total, weights, out);
    return;
  }
  let allocated = 0;
  for (let i = 0; i < 4; i++) {
    const quota = (total * weights[i]!) / sum;
    const floor = Math.floor(quota);
    out[i] = floor;
    four[i] = quota - floor;
    allocated += floor;
  }
  let left = total - allocated;
  if (left < 0 || left > SMALL_LEFTOVER) {
    allocateLargestRemainder(total, weights, out);
    return;
  }
  for (; left > 0; left--) {
    let best = -1;
    for (let i = 0; i < 4; i++) {
      if (weights[i]! > 0 && (best < 0 || four[i]! > four[best]!)) best = i;
    }
    out[best] = out[best]! + 1;
    four[best] = -1;
  }
}

/** Reused buffer of the positive entries' remainders, sorted to find the cut. */
let sortScratch = new Float64Array(64);

/**
 * Gives `left` units to the positive-weight entries by largest remainder (ties: lowest index
 * first), cycling through them again if there are more units than entries. The result is that
 * of a full sort by (remainder desc, index asc), but only the remainders are sorted, as plain
 * numbers, and the entries at the cut are picked by index.
 */
function placeLeftover(left: number, weights: ArrayLike<number>, remainders: Float64Array, parts: Float64Array): void {
  const n = parts.length;
  let positive = 0;
  for (let i = 0; i < n; i++) if (weights[i]! > 0) positive++;
  const rounds = Math.floor(left / positive);
  const extra = left - rounds * positive;
  if (rounds > 0) for (let i = 0; i < n; i++) if (weights[i]! > 0) parts[i] = parts[i]! + rounds;
  if (extra === 0) return;
  if (sortScratch.length < positive) sortScratch = new Float64Array(Math.max(positive, 2 * sortScratch.length));
  const sorted = sortScratch.subarray(0, positive);
  for (let i = 0, k = 0; i < n; i++) if (weights[i]! > 0) sorted[k++] = remainders[i]!;
  sorted.sort();
  // The `extra` largest remainders: all above the cut, then those equal to it by index.
  const cut = sorted[positive - extra]!;
  let atCut = extra;
  for (let i = 0; i < n; i++) if (weights[i]! > 0 && remainders[i]! > cut) atCut--;
  for (let i = 0; i < n; i++) {
    if (!(weights[i]! > 0)) continue;
    const r = remainders[i]!;
    if (r > cut || (r === cut && atCut-- > 0)) parts[i] = parts[i]! + 1;
  }
}
