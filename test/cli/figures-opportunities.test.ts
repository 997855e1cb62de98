// `figures --json` « Pistes d'action » against an independent numpy computation from the raw
// lines of held-out official-format files covering every département.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { officialLines } from '../helpers/official-lines.js';
import { pythonJson } from '../helpers/python.js';
import { departements } from '../../src/reference/territories.js';

const SCRIPT = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'python/opportunities.py'),
  'utf8',
);

interface Reference {
  related: { product: string; density: number; rca: number; pci: number }[];
  complexity: { eci: number; rank_in_france: number; of_france: number; diversity: number };
  markets: { product: string; countries: [string, number][] }[];
  suppliers: { product: string; country: string; france_share: number; alternatives: [string, number][] }[];
  eci: Record<string, number>;
}

interface Json {
  opportunities: {
    markets: { product: string; countries: { country: string; gap_eur: number }[] }[] | null;
    suppliers: {
      product: string;
      country: string;
      france_share_from_country: number;
      alternatives: { country: string; france_imports_eur: number }[];
    }[];
    related: { product: string; density: number; rca: number; pci: number }[] | null;
  };
  complexity: Reference['complexity'] | null;
}

/** Markets to the euro: each top activity's countries and gaps, in order. */
function expectMarkets(f: Json, ref: Reference): void {
  expect(f.opportunities.markets).toHaveLength(5);
  expect(
    f.opportunities.markets!.map((m) => [m.product, m.countries.map((c) => [c.country, Math.round(c.gap_eur)])]),
  ).toEqual(ref.markets.map((m) => [m.product, m.countries.map(([c, g]) => [c, Math.round(g)])]));
}

/** Suppliers: each dependency, France's share from its country, the alternatives to the euro. */
function expectSuppliers(f: Json, ref: Reference): void {
  expect(f.opportunities.suppliers.length).toBeGreaterThan(0);
  const suppliers = [...f.opportunities.suppliers].sort((a, b) =>
    a.product + a.country < b.product + b.country ? -1 : 1,
  );
  expect(
    suppliers.map((s) => [s.product, s.country, s.alternatives.map((a) => [a.country, a.france_imports_eur])]),
  ).toEqual(ref.suppliers.map((s) => [s.product, s.country, s.alternatives]));
  suppliers.forEach((s, i) => expect(s.france_share_from_country).toBeCloseTo(ref.suppliers[i]!.france_share, 12));
}

describe('figures: opportunities against an independent computation', () => {
  let dir = '';
  let files: string[] = [];
  let store = '';
  const figures = (territory: string): Json =>
    JSON.parse(runCli(['figures', territory, '--json', '--store', store]).stdout) as Json;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opps-'));
    files = [
      ['export.txt', officialLines({ seed: 231, count: 40_000, year: 2024, flow: 'E' })],
      ['import.txt', officialLines({ seed: 232, count: 40_000, year: 2024, flow: 'I' })],
    ].map(([name, text]) => {
      const file = path.join(dir, name!);
      fs.writeFileSync(file, text!, 'latin1');
      return file;
    });
    store = path.join(dir, 'store.duckdb');
    expect(runCli(['import', ...files, '--store', store]).code).toBe(0);
  }, 180_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives related, complexity, markets and suppliers of the Loire as numpy does', () => {
    const ref = pythonJson<Reference>(SCRIPT, [files[0]!, files[1]!, '42']);
    const f = figures('42');
    const related = f.opportunities.related!;
    expect(related).toHaveLength(10);
    expect(related.map((r) => r.product)).toEqual(ref.related.map((r) => r.product));
    related.forEach((r, i) => {
      expect(r.density).toBeCloseTo(ref.related[i]!.density, 12);
      expect(r.rca).toBeCloseTo(ref.related[i]!.rca, 12);
      expect(r.pci).toBeCloseTo(ref.related[i]!.pci, 9);
    });
    expect(Math.abs(f.complexity!.eci - ref.complexity.eci)).toBeLessThan(1e-9);
    expect({ ...f.complexity, eci: 0 }).toEqual({ ...ref.complexity, eci: 0 });
    expectMarkets(f, ref);
    expectSuppliers(f, ref);
  }, 300_000);

  it('gives every département’s ECI (to 1e-9) and rank as numpy does', () => {
    const ref = pythonJson<Reference>(SCRIPT, [files[0]!, files[1]!, '42']);
    const r = runCli(['rank', 'complexite-economique', '--json', '--store', store]);
    expect(r.code, r.stderr).toBe(0);
    const ranked = (JSON.parse(r.stdout) as { territories: { rank: number; code: string; value: number }[] })
      .territories;
    const dgddi = new Map(departements().map((d) => [d.code, d.dgddi]));
    const values = Object.values(ref.eci);
    expect(ranked).toHaveLength(values.length);
    expect(values.length).toBeGreaterThan(90);
    for (const t of ranked) {
      const expected = ref.eci[dgddi.get(t.code)!]!;
      expect(Math.abs(t.value - expected), t.code).toBeLessThan(1e-9);
      expect(t.rank, t.code).toBe(1 + values.filter((v) => v > expected).length);
    }
  }, 300_000);

  it('gives a région’s markets and suppliers, and France’s suppliers, as numpy does', () => {
    const own = departements()
      .filter((d) => d.region === '84')
      .map((d) => d.dgddi)
      .join(',');
    const ref = pythonJson<Reference>(SCRIPT, [files[0]!, files[1]!, '42', own]);
    const region = figures('region:84');
    expectMarkets(region, ref);
    expectSuppliers(region, ref);
    expectSuppliers(figures('france'), pythonJson<Reference>(SCRIPT, [files[0]!, files[1]!, '42', '*']));
  }, 300_000);

  it('gives régions markets and suppliers, France suppliers, related and complexity null for both', () => {
    const region = figures('region:84');
    expect(region.opportunities.markets).toHaveLength(5);
    expect(region.opportunities.related).toBeNull();
    expect(region.complexity).toBeNull();
    const france = figures('france');
    expect(france.opportunities.markets).toBeNull();
    expect(Array.isArray(france.opportunities.suppliers)).toBe(true);
    expect(france.opportunities.related).toBeNull();
    expect(france.complexity).toBeNull();
  }, 300_000);
});
