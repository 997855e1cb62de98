// Held-out official-format trade lines for the demo-watermark tests: codes from the DGDDI annexes
// (reference-data/), values log-normal over six orders of magnitude, masses from a price per kg
// with noise — the structure of a real file, made by a generator that knows nothing of the
// demo's (its own PRNG, its own prices), optionally with masses rounded as declarations often are.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { departements } from '../../src/reference/territories.js';

const REFERENCE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../reference-data');

const cache = new Map<string, string[]>();

function codes(file: string, encoding: BufferEncoding): string[] {
  const known = cache.get(file);
  if (known) return known;
  const list = fs
    .readFileSync(path.join(REFERENCE, file), encoding)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.includes(';') && l.split(';')[3]?.startsWith('9999'))
    .map((l) => l.split(';')[0]!);
  cache.set(file, list);
  return list;
}

/** mulberry32: small, seeded, independent of the demo generator's PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface OfficialLinesOptions {
  seed: number;
  count: number;
  year?: number;
  flow?: 'E' | 'I';
  /** Masses rounded to this many kg (declarations in tonnes: 1000). */
  roundMassTo?: number;
}

/** `count` distinct-key lines (CRLF-joined text with a final line end), in the official order. */
export function officialLines(o: OfficialLinesOptions): string {
  const rnd = random(o.seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const cpf4 = codes('Libelle_CPF4_rev2.1.txt', 'latin1');
  const a129 = codes('Libelle_A129.txt', 'utf8').filter((c) => /^[A-Z]\d{2}[A-Z]$/.test(c));
  const countries = codes('Libelle_PAYS.txt', 'utf8').filter((c) => /^[A-Z]{2}$/.test(c));
  const depts = departements();
  const pricePerKg = cpf4.map(() => Math.exp(3 * normal()));
  const lines: string[] = [];
  const year = o.year ?? 2023;
  const flow = o.flow ?? 'E';
  const perQuarter = Math.ceil(o.count / 4);
  for (let quarter = 1; quarter <= 4 && lines.length < o.count; quarter++) {
    const keys = new Set<string>();
    while (keys.size < perQuarter && lines.length < o.count) {
      const d = depts[Math.floor(rnd() * depts.length)]!;
      const c = Math.floor(rnd() * cpf4.length);
      const country = countries[Math.floor(rnd() * countries.length)]!;
      const key = `${d.dgddi};${c};${country}`;
      if (keys.has(key)) continue;
      keys.add(key);
      const value = Math.max(1, Math.round(Math.exp(9 + 2.5 * normal())));
      let mass = Math.round((value / pricePerKg[c]!) * Math.exp(0.4 * normal()));
      if (o.roundMassTo) mass = Math.round(mass / o.roundMassTo) * o.roundMassTo;
      lines.push(
        [flow, quarter, year, d.dgddi, d.dgddiRegion, a129[c % a129.length], cpf4[c], country, value, mass].join(';'),
      );
    }
  }
  return lines.join('\r\n') + '\r\n';
}
