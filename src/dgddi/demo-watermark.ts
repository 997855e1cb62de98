// The watermark that `territrade demo` writes into its rows, so that demo data are recognised
// from the data themselves, whatever the files are renamed to, split, re-packed or mixed with
// real lines (docs/fiabilite.md, « Données de démonstration reconnues »).
//
// A line is *eligible* when its mass is at least MIN_MASS kg. The generator moves the mass of
// every eligible line by less than MODULUS kg (≤ 1,25 %; values, hence every total, are
// unchanged) so that mass ≡ key (mod MODULUS), where the key mixes the line's value, CPF4 code,
// quarter and year. In a real file, mass mod MODULUS is unrelated to that key: an eligible line
// matches by chance with probability 1/MODULUS. A file is flagged demo only when its count of
// matching lines is beyond what chance allows with probability 10⁻¹² (Chernoff bound on the
// binomial tail), so a real file is never flagged in practice, and any demo piece of 6 eligible
// lines or more is, even inside a large real file as long as it stands out from chance.

/** A prime modulus: one eligible real line in 251 matches by chance. */
export const WATERMARK_MODULUS = 251;
/** Lines lighter than this (kg) carry no watermark (moving them would change them too much). */
export const WATERMARK_MIN_MASS = 10_000;
/** Probability bound under which a count of matches is taken as a watermark. */
const FALSE_ALARM = 1e-12;

const M = WATERMARK_MODULUS;

/** The residue that a demo line's mass carries, from its value, CPF4 code, quarter and year. */
export function watermarkKey(value: number, cpf4: number, quarter: number, year: number): number {
  return ((value % M) * 37 + cpf4 * 11 + quarter * 5 + (year % M) * 3 + 123) % M;
}

/** The mass the generator writes: the nearest one carrying the key (eligible masses only). */
export function watermarkMass(mass: number, value: number, cpf4: number, quarter: number, year: number): number {
  if (mass < WATERMARK_MIN_MASS) return mass;
  const key = watermarkKey(value, cpf4, quarter, year);
  let marked = mass - (mass % M) + key;
  if (marked - mass > M / 2) marked -= M;
  else if (mass - marked > M / 2) marked += M;
  return marked < WATERMARK_MIN_MASS ? marked + M : marked;
}

/**
 * SQL aggregates over the `trade` table's columns: `eligible` (lines that can carry the mark)
 * and `marked` (those that do). Same arithmetic as watermarkKey, in BIGINT.
 */
export const WATERMARK_SQL = `count(*) FILTER (WHERE mass_kg >= ${WATERMARK_MIN_MASS}) AS eligible,
  count(*) FILTER (WHERE mass_kg >= ${WATERMARK_MIN_MASS} AND mass_kg % ${M} =
    ((value_eur % ${M}) * 37 + CAST(cpf4 AS BIGINT) * 11 + quarter * 5 + (year % ${M}) * 3 + 123) % ${M}) AS marked`;

/** Kullback–Leibler divergence of Bernoulli(q) from Bernoulli(p). */
function divergence(q: number, p: number): number {
  const term = (a: number, b: number) => (a === 0 ? 0 : a * Math.log(a / b));
  return term(q, p) + term(1 - q, 1 - p);
}

/**
 * Whether `marked` matching lines among `eligible` are a watermark: chance (each line matching
 * with probability 1/MODULUS) gives that many or more with probability below 10⁻¹²
 * (Chernoff: P(X ≥ k) ≤ exp(−n·D(k/n ‖ p)) for k/n > p).
 */
export function isWatermarked(eligible: number, marked: number): boolean {
  if (eligible <= 0 || marked <= 0) return false;
  const p = 1 / M;
  const q = marked / eligible;
  if (q <= p) return false;
  return -eligible * divergence(q, p) < Math.log(FALSE_ALARM);
}
