// The catalogue one demo year draws from: products (A129 → CPF4) and partner countries in file
// order, with their national weights for each flow and the per-seed variations of a year.
import { ascending } from 'd3-array';
import type { Flow } from './calibrate.js';
import { EXCLUDED_PARTNERS, mainPartnerShare, TAIL_WEIGHT_RANGE } from './profiles/countries.js';
import { productProfile } from './profiles/products.js';
import { rngFor } from './rng.js';

/** Reference codes the generator needs, injected so that the core stays pure and testable. */
export interface DemoReference {
  departements: readonly { dgddi: string; dgddiRegion: string }[];
  /** Goods A129 codes, each with its CPF4 codes. */
  products: readonly { a129: string; cpf4: readonly string[] }[];
  /** Currently valid DGDDI country codes (non-partners are filtered out here). */
  countries: readonly string[];
}

export interface Catalogue {
  a129: string[];
  /** CPF4 codes sorted by A129 then code: a CPF4 index orders rows like the official files. */
  cpf4: string[];
  /** A129 index of each CPF4. */
  cpf4A129: Int32Array;
  /** For each A129, its CPF4 index range [start, end). */
  a129Range: [number, number][];
  /** Euros per kg of each CPF4 (0: no mass). */
  cpf4EurPerKg: Float64Array;
  /** National weight of each CPF4 by flow (A129 share × CPF4 share within it). */
  cpf4Weight: Record<Flow, Float64Array>;
  /** Partner codes, sorted. */
  countries: string[];
  countryWeight: Record<Flow, Float64Array>;
}

export function buildCatalogue(ref: DemoReference, seed: number): Catalogue {
  const rng = rngFor(seed, 'catalogue');
  const products = [...ref.products].sort((a, b) => ascending(a.a129, b.a129));
  const a129: string[] = [];
  const cpf4: string[] = [];
  const a129Index: number[] = [];
  const a129Range: [number, number][] = [];
  for (const p of products) {
    const codes = [...new Set(p.cpf4)].sort();
    if (codes.length === 0) throw new Error(`demo: A129 ${p.a129} has no CPF4 code`);
    a129Range.push([cpf4.length, cpf4.length + codes.length]);
    for (const c of codes) {
      cpf4.push(c);
      a129Index.push(a129.length);
    }
    a129.push(p.a129);
  }
  const n = cpf4.length;
  const cpf4A129 = Int32Array.from(a129Index);
  const cpf4EurPerKg = new Float64Array(n);
  const cpf4Weight = { exports: new Float64Array(n), imports: new Float64Array(n) };
  a129.forEach((code, a) => {
    const profile = productProfile(code);
    const [start, end] = a129Range[a]!;
    // Within an A129, a few CPF4 codes dominate: log-normal shares drawn once per seed.
    for (const flow of ['exports', 'imports'] as const) {
      const raw = Array.from({ length: end - start }, () => rng.lognormal(1.2));
      const sum = raw.reduce((s, x) => s + x, 0);
      raw.forEach((x, j) => (cpf4Weight[flow][start + j] = (profile[flow] * x) / sum));
    }
    for (let k = start; k < end; k++) cpf4EurPerKg[k] = profile.eurPerKg * rng.lognormal(0.5);
  });

  const countries = [...new Set(ref.countries)].filter((c) => !EXCLUDED_PARTNERS.has(c)).sort();
  const countryWeight = { exports: new Float64Array(countries.length), imports: new Float64Array(countries.length) };
  const [lo, hi] = TAIL_WEIGHT_RANGE;
  countries.forEach((code, i) => {
    // The long tail: small partners get a log-uniform weight, slightly different by flow.
    const tail = lo * Math.pow(hi / lo, rng.next());
    for (const flow of ['exports', 'imports'] as const) {
      countryWeight[flow][i] = mainPartnerShare(code, flow) ?? tail * rng.lognormal(0.3);
    }
  });
  return { a129, cpf4, cpf4A129, a129Range, cpf4EurPerKg, cpf4Weight, countries, countryWeight };
}
