// Colour classes of the map. Trade values are very skewed (a few départements weigh more than
// dozens of others), so classes are quantiles rather than equal intervals, with break values
// rounded to two significant digits so that the legend reads well. Pure functions; the
// quantiles come from d3-array and the classes from d3-scale's threshold scale.

import { ascending, bisectRight, quantileSorted, range } from 'd3-array';
import { scaleThreshold } from 'd3-scale';

export interface ColourClass {
  colour: string;
  /** Legend text, e.g. « de 450 à 1 200 M€ ». */
  label: string;
}

export interface ColourScale {
  classes: ColourClass[];
  /** Colour and legend text of a territory without a value. */
  missing: ColourClass;
  /** Index in `classes` of a value, or -1 for a missing value. */
  classOf(value: number | null): number;
}

/** Hatched fill used for missing values (defined once in the map's <defs>). */
export const MISSING_FILL = 'url(#motif-non-disponible)';

/** `x` rounded to two significant digits: 1234 → 1200, 0.04567 → 0.046. */
export function roundSignificant(x: number, digits = 2): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const magnitude = Math.floor(Math.log10(Math.abs(x))) - (digits - 1);
  const f = 10 ** -magnitude;
  // Dividing by a power of ten keeps 0.046 exact where multiplying by 0.001 would not.
  return magnitude < 0 ? Math.round(x * f) / f : Math.round(x / 10 ** magnitude) * 10 ** magnitude;
}

/**
 * Up to `classes - 1` increasing break values splitting `values` into quantile classes, rounded to
 * two significant digits; breaks that round to the same number, or not above 0, are dropped.
 */
export function quantileBreaks(values: readonly number[], classes: number): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort(ascending);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    // Linear interpolation between closest ranks, as spreadsheets compute quantiles.
    const b = roundSignificant(quantileSorted(sorted, i / classes)!);
    if (b > 0 && (breaks.length === 0 || b > breaks[breaks.length - 1]!)) breaks.push(b);
  }
  return breaks;
}

/** Number of breaks ≤ value: the class index of `value` among `breaks.length + 1` classes. */
export function classIndex(value: number, breaks: readonly number[]): number {
  return bisectRight(breaks, value);
}

/** The class index of a value: a threshold scale from the breaks to 0…breaks.length. */
function thresholds(breaks: readonly number[]): (value: number) => number {
  return scaleThreshold<number, number>()
    .domain(breaks)
    .range(range(breaks.length + 1));
}

/** Legend text of the class [lo, hi) of measured values (no bound: open class). */
function measureLabel(lo: number | undefined, hi: number | undefined, format: (value: number) => string): string {
  if (lo === undefined && hi === undefined) return 'toutes valeurs';
  if (lo === undefined) return `moins de ${format(hi!)}`;
  if (hi === undefined) return `${format(lo)} ou plus`;
  return `de ${format(lo)} à ${format(hi)}`;
}

/**
 * Legend text of the class [lo, hi) of whole numbers (ranks), from its first to its last number,
 * so that no number reads as in two classes (« du 18e au 33e », then « du 34e au 50e »); an open
 * end stops at the smallest or largest known value.
 */
function wholeLabel(
  lo: number | undefined,
  hi: number | undefined,
  known: readonly number[],
  format: (value: number) => string,
): string {
  const first = lo === undefined ? Math.min(...known) : Math.ceil(lo);
  const last = hi === undefined ? Math.max(...known) : Math.ceil(hi) - 1;
  if (!Number.isFinite(first) || !Number.isFinite(last)) return 'toutes valeurs';
  if (last <= first) return format(first);
  return `du ${format(first)} au ${format(last)}`;
}

export interface SequentialOptions {
  /** Legend text of a territory without a value. */
  missingLabel?: string;
  /** Whole numbers (ranks): classes labelled from their first to their last number. */
  whole?: boolean;
}

/**
 * Sequential scale for non-negative values (exports, imports, a share): quantile classes drawn
 * from the light end of `ramp` to its dark end. `format` writes a break value with its unit.
 */
export function sequentialScale(
  values: readonly (number | null)[],
  ramp: readonly string[],
  format: (value: number) => string,
  { missingLabel = 'non disponible', whole = false }: SequentialOptions = {},
): ColourScale {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const breaks = quantileBreaks(known, ramp.length);
  const colours = pickColours(ramp, breaks.length + 1);
  const classOfValue = thresholds(breaks);
  const classes = colours.map((colour, i) => {
    const [lo, hi] = [breaks[i - 1], breaks[i]];
    return { colour, label: whole ? wholeLabel(lo, hi, known, format) : measureLabel(lo, hi, format) };
  });
  return {
    classes,
    missing: { colour: MISSING_FILL, label: missingLabel },
    classOf: (value) => (value === null || !Number.isFinite(value) ? -1 : classOfValue(value)),
  };
}

/**
 * Diverging scale for a balance: deficits in the negative ramp, surpluses (and zero) in the positive one, with the same
 * magnitude breaks on both sides (quantiles of the absolute values), darkest for the largest.
 * `negative` and `positive` ramps go from light to dark and have the same length.
 */
export function divergingScale(
  values: readonly (number | null)[],
  negative: readonly string[],
  positive: readonly string[],
  format: (magnitude: number) => string,
  words: { negative: string; positive: string } = { negative: 'déficit', positive: 'excédent' },
): ColourScale {
  if (negative.length !== positive.length) throw new Error('diverging ramps of different lengths');
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const breaks = quantileBreaks(
    known.map((v) => Math.abs(v)).filter((v) => v > 0),
    negative.length,
  );
  const steps = breaks.length + 1;
  const magnitudeClass = thresholds(breaks);
  const magnitudeLabel = (i: number) => {
    const lo = breaks[i - 1];
    const hi = breaks[i];
    if (lo === undefined && hi === undefined) return '';
    if (lo === undefined) return ` de moins de ${format(hi!)}`;
    if (hi === undefined) return ` de ${format(lo)} ou plus`;
    return ` de ${format(lo)} à ${format(hi)}`;
  };
  const neg = pickColours(negative, steps);
  const pos = pickColours(positive, steps);
  // Largest deficits first, so that the legend reads from the most negative to the most positive.
  const classes: ColourClass[] = [
    ...neg.map((colour, i) => ({ colour, label: `${words.negative}${magnitudeLabel(i)}` })).reverse(),
    ...pos.map((colour, i) => ({ colour, label: `${words.positive}${magnitudeLabel(i)}` })),
  ];
  return {
    classes,
    missing: { colour: MISSING_FILL, label: 'non disponible' },
    classOf: (value) => {
      if (value === null || !Number.isFinite(value)) return -1;
      const m = magnitudeClass(Math.abs(value));
      return value < 0 ? steps - 1 - m : steps + m;
    },
  };
}

/** `count` colours spread over a light-to-dark ramp, keeping both ends when count ≥ 2. */
export function pickColours(ramp: readonly string[], count: number): string[] {
  if (count >= ramp.length) return [...ramp];
  if (count === 1) return [ramp[Math.floor((ramp.length - 1) / 2)]!];
  return Array.from({ length: count }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (count - 1))]!);
}

/** Fill of a value: its class colour, or the missing fill. */
export function colourOf(scale: ColourScale, value: number | null): string {
  const i = scale.classOf(value);
  return i < 0 ? scale.missing.colour : scale.classes[i]!.colour;
}
