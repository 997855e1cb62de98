// What one département trades in one flow, before any euro is allocated: which products (CPF4),
// with which partners, and the relative weight of each (product, partner) cell. Sparse and
// long-tailed: a few specialisations carry most of the trade, most products go to few partners.
import type { Flow } from './calibrate.js';
import type { Catalogue } from './catalogue.js';
import { productPartnerBoost } from './profiles/countries.js';
import type { DepartementProfile } from './profiles/departements.js';
import type { Rng } from './rng.js';
import { allocateLargestRemainder } from './allocate.js';
import { cumulativeSums, drawFromCumulative, sampleWithoutReplacement } from './sample.js';

export interface DepartementPlan {
  /** Weight of each CPF4 in this département's trade (sums to 1). */
  productWeights: Float64Array;
  /** Partner indices (into the catalogue's countries) the département trades with. */
  partners: number[];
  /** Relative weight of each of those partners. */
  partnerWeights: Float64Array;
  /** Running sums of `partnerWeights`, for weighted draws. */
  partnerCumulative: Float64Array;
  cellCpf4: number[];
  cellCountry: number[];
  cellWeight: number[];
}

export interface PlanSize {
  /** Number of (product, partner) cells to create. */
  cells: number;
  /** Number of partners the département trades with. */
  partners: number;
}

/** Share of the département's trade carried by its specialisations: [min, max). */
const SPECIALISED_SHARE: [number, number] = [0.6, 0.8];

/** Weight of each CPF4 for the département: a noisy national structure plus its specialisations. */
export function departementProductWeights(
  cat: Catalogue,
  flow: Flow,
  specials: readonly string[],
  rng: Rng,
): Float64Array {
  const n = cat.cpf4.length;
  const weights = new Float64Array(n);
  const national = cat.cpf4Weight[flow];
  let baseSum = 0;
  for (let k = 0; k < n; k++) baseSum += weights[k] = national[k]! * rng.lognormal(1.0);

  const resolved = specials
    .map((spec) => {
      const [a129 = '', pinned] = spec.split(':');
      const a = cat.a129.indexOf(a129);
      if (a < 0) return null;
      const [start, end] = cat.a129Range[a]!;
      const k = pinned === undefined ? -1 : cat.cpf4.indexOf(pinned);
      return k >= start && k < end ? ([k, k + 1] as const) : ([start, end] as const);
    })
    .filter((r): r is readonly [number, number] => r !== null);
  const share =
    resolved.length === 0 ? 0 : SPECIALISED_SHARE[0] + (SPECIALISED_SHARE[1] - SPECIALISED_SHARE[0]) * rng.next();
  for (let k = 0; k < n; k++) weights[k] = (weights[k]! * (1 - share)) / baseSum;

  // The first specialisation is the strongest; the others follow with decreasing weights.
  const specialWeights = resolved.map((_, j) => Math.pow(j + 1, -0.8) * rng.lognormal(0.3));
  const specialSum = specialWeights.reduce((s, x) => s + x, 0);
  resolved.forEach(([start, end], j) => {
    const amount = (share * specialWeights[j]!) / specialSum;
    let inner = 0;
    const innerWeights: number[] = [];
    for (let k = start; k < end; k++) inner += innerWeights[k - start] = (national[k]! || 1e-9) * rng.lognormal(0.5);
    for (let k = start; k < end; k++) weights[k] = weights[k]! + (amount * innerWeights[k - start]!) / inner;
  });
  return weights;
}

/** The partners of the département: the national pattern, its own preferences, and noise. */
function choosePartners(
  cat: Catalogue,
  flow: Flow,
  profile: DepartementProfile,
  count: number,
  rng: Rng,
): { partners: number[]; partnerWeights: Float64Array } {
  const national = cat.countryWeight[flow];
  const weights = Array.from(national, (w, i) => {
    const boost = profile.partnerBoosts[cat.countries[i]!] ?? 1;
    return Math.pow(w, 0.85) * boost * rng.lognormal(0.7);
  });
  const partners = sampleWithoutReplacement(rng, weights, count);
  return { partners, partnerWeights: Float64Array.from(partners, (i) => weights[i]!) };
}

/** `n` distinct positions in `weights`, drawn proportionally without replacement. */
function pickDistinct(rng: Rng, weights: Float64Array, n: number, cumulativeOf: () => Float64Array): number[] {
  const m = weights.length;
  // Few draws among many partners: rejection on repeats is cheaper than sorting keys.
  if (n * 4 <= m) {
    const cumulative = cumulativeOf();
    const seen = new Uint8Array(m);
    const out: number[] = [];
    for (let attempts = 0; out.length < n && attempts < 40 * n; attempts++) {
      const j = drawFromCumulative(rng, cumulative);
      if (seen[j]) continue;
      seen[j] = 1;
      out.push(j);
    }
    if (out.length === n) return out;
  }
  return sampleWithoutReplacement(rng, weights, n);
}

export function planDepartement(
  cat: Catalogue,
  flow: Flow,
  profile: DepartementProfile,
  size: PlanSize,
  rng: Rng,
): DepartementPlan {
  const specials = flow === 'exports' ? profile.exportSpecials : profile.importSpecials;
  const productWeights = departementProductWeights(cat, flow, specials, rng);
  const { partners, partnerWeights } = choosePartners(cat, flow, profile, size.partners, rng);
  const plan: DepartementPlan = {
    productWeights,
    partners,
    partnerWeights,
    partnerCumulative: cumulativeSums(partnerWeights),
    cellCpf4: [],
    cellCountry: [],
    cellWeight: [],
  };

  // Larger départements trade more products; each product goes to more partners the more it weighs.
  const productCount = Math.max(3, Math.min(cat.cpf4.length, size.cells, Math.round(1.5 * Math.pow(size.cells, 0.68))));
  const products = sampleWithoutReplacement(rng, productWeights, productCount);
  const spread = products.map((k) => Math.sqrt(productWeights[k]!));
  const extra = allocateLargestRemainder(Math.max(0, size.cells - products.length), spread);
  products.forEach((k, p) => addProductCells(plan, cat, flow, k, 1 + extra[p]!, rng));
  return plan;
}

/** Adds the cells of product `k` with `n` partners, sharing the product's weight among them. */
export function addProductCells(
  plan: DepartementPlan,
  cat: Catalogue,
  flow: Flow,
  k: number,
  n: number,
  rng: Rng,
): void {
  const boost = productPartnerBoost(flow, cat.a129[cat.cpf4A129[k]!]!, cat.cpf4[k]!);
  let weights = plan.partnerWeights;
  let cumulativeOf = () => plan.partnerCumulative;
  if (boost) {
    const boosted = Float64Array.from(
      plan.partners,
      (c, j) => plan.partnerWeights[j]! * (boost[cat.countries[c]!] ?? 1),
    );
    if (boosted.some((w) => w > 0)) {
      weights = boosted;
      cumulativeOf = () => cumulativeSums(boosted);
    }
  }
  const picked = pickDistinct(rng, weights, Math.min(n, plan.partners.length), cumulativeOf);
  const shares = picked.map((j) => weights[j]! * rng.lognormal(1.0));
  const sum = shares.reduce((s, x) => s + x, 0);
  const productWeight = plan.productWeights[k]!;
  picked.forEach((j, i) => {
    plan.cellCpf4.push(k);
    plan.cellCountry.push(plan.partners[j]!);
    plan.cellWeight.push(sum > 0 ? (productWeight * shares[i]!) / sum : productWeight / picked.length);
  });
}
