// The demo history: invented trajectories around the calibrated reference year. Checked on the
// real reference data, from the generator's département totals (cheap) and from a few generated
// files (the rows must add up to those totals and show the designed shapes).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Flow } from '../../src/demo/calibrate.js';
import { DemoGenerator } from '../../src/demo/generate.js';
import { generalIndex, ENERGY_A129 } from '../../src/demo/profiles/trends.js';
import { loadDemoReference } from '../../src/demo/reference.js';
import { DEMO_DEFAULT_SEED, DEMO_TARGETS } from '../../src/demo/targets.js';
import { expectedDgddiRegion } from '../../src/reference/territories.js';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;
const LINE =
  /^([EI]);([1-4]);(\d{4});(\d{2}|9[A-E]);(\d{2});([A-Z]\d{2}[A-Z]);(\d{4});([A-Z]{2});(0|[1-9]\d*);(0|[1-9]\d*)$/;

interface FileSums {
  total: number;
  bad: number;
  years: Set<string>;
  byDept: Map<string, number>;
  byA129: Map<string, number>;
  byCountry: Map<string, number>;
  deptQuarters: Set<string>;
}

function sums(text: string): FileSums {
  const s: FileSums = {
    total: 0,
    bad: 0,
    years: new Set(),
    byDept: new Map(),
    byA129: new Map(),
    byCountry: new Map(),
    deptQuarters: new Set(),
  };
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const line of text.slice(0, -2).split('\r\n')) {
    const m = LINE.exec(line);
    if (!m || m[5] !== expectedDgddiRegion(m[4]!)) {
      s.bad++;
      continue;
    }
    const v = Number(m[9]);
    s.total += v;
    s.years.add(m[3]!);
    add(s.byDept, m[4]!, v);
    add(s.byA129, m[6]!, v);
    add(s.byCountry, m[8]!, v);
    s.deptQuarters.add(`${m[4]}:${m[2]}`);
  }
  return s;
}

const sumOf = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const share = (s: FileSums, code: string) => (s.byCountry.get(code) ?? 0) / s.total;
const energy = (s: FileSums) => ENERGY_A129.reduce((t, c) => t + (s.byA129.get(c) ?? 0), 0);

let gen: DemoGenerator;
let totals: Record<Flow, Map<number, Map<string, number>>>;
let france: Record<Flow, Map<number, number>>;

beforeAll(() => {
  gen = new DemoGenerator(loadDemoReference(), DEMO_DEFAULT_SEED);
  totals = { exports: new Map(), imports: new Map() };
  france = { exports: new Map(), imports: new Map() };
  for (const flow of ['exports', 'imports'] as const) {
    for (const year of [...YEARS, 2025]) {
      const byDept = gen.departementTotals(flow, year);
      totals[flow].set(year, byDept);
      france[flow].set(year, sumOf(byDept));
    }
  }
});

describe('demo history: national trajectories', () => {
  it.each(['exports', 'imports'] as const)('%s: a 2020 slump below 2019, then a recovery', (flow) => {
    const f = france[flow];
    expect(f.get(2020)!).toBeLessThan(0.9 * f.get(2019)!);
    expect(f.get(2021)!).toBeGreaterThan(f.get(2020)!);
    expect(f.get(2024)!).toBeGreaterThan(f.get(2019)!);
  });

  it('keeps the reference year calibrated to the euro (France, Auvergne-Rhône-Alpes, Loire)', () => {
    for (const flow of ['exports', 'imports'] as const) {
      const byDept = totals[flow].get(DEMO_TARGETS.referenceYear)!;
      expect(france[flow].get(2024)).toBe(DEMO_TARGETS.france[flow]);
      expect(byDept.get('42')).toBe(DEMO_TARGETS.departements['42']![flow]);
      const ara = [...byDept].filter(([d]) => expectedDgddiRegion(d) === '18').reduce((s, [, v]) => s + v, 0);
      expect(ara).toBe(DEMO_TARGETS.regions['18']![flow]);
    }
  });

  it('makes 2022 the import peak of 2019–2024', () => {
    const peak = YEARS.reduce((best, y) => (france.imports.get(y)! > france.imports.get(best)! ? y : best));
    expect(peak).toBe(2022);
  });

  it('gives every département whole, non-negative totals, different from one year to the next', () => {
    for (const flow of ['exports', 'imports'] as const) {
      for (const year of YEARS)
        for (const v of totals[flow].get(year)!.values()) expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
      expect(totals[flow].get(2023)!.get('42')).not.toBe(totals[flow].get(2024)!.get('42'));
    }
  });
});

describe('demo history: départements', () => {
  const change = (flow: Flow, dept: string, from: number, to: number) =>
    totals[flow].get(to)!.get(dept)! / totals[flow].get(from)!.get(dept)! - 1;

  it('has a few départements moving against the national cycle in 2020', () => {
    const against = gen.againstTrend();
    expect(against.length).toBeGreaterThanOrEqual(3);
    expect(against).not.toContain('42');
    expect(generalIndex('exports', 2020)).toBeLessThan(generalIndex('exports', 2019));
    const rising = against.filter((d) => change('exports', d, 2019, 2020) > 0);
    expect(rising.length).toBeGreaterThanOrEqual(3);
  });

  it('spreads the départements’ trajectories (not all the national one)', () => {
    const changes = [...totals.exports.get(2019)!.keys()].map((d) => change('exports', d, 2019, 2024));
    const national = france.exports.get(2024)! / france.exports.get(2019)! - 1;
    expect(national).toBeGreaterThan(0);
    expect(changes.filter((c) => c < 0).length).toBeGreaterThanOrEqual(3);
    expect(changes.filter((c) => c > 2 * national).length).toBeGreaterThanOrEqual(3);
  });
});

describe('demo history: generated files', () => {
  let files: Record<string, FileSums>;
  beforeAll(() => {
    files = {
      'exports:2019': sums(gen.flowFile('exports', 2019)),
      'exports:2024': sums(gen.flowFile('exports', 2024)),
      'imports:2019': sums(gen.flowFile('imports', 2019)),
      'imports:2021': sums(gen.flowFile('imports', 2021)),
      'imports:2022': sums(gen.flowFile('imports', 2022)),
      'imports:2024': sums(gen.flowFile('imports', 2024)),
    };
  }, 180_000);

  it('writes valid official lines of the requested year, every département in every quarter', () => {
    for (const [key, s] of Object.entries(files)) {
      expect(s.bad, key).toBe(0);
      expect([...s.years], key).toEqual([key.split(':')[1]]);
      expect(s.byDept.size, key).toBe(101);
      expect(s.deptQuarters.size, key).toBe(404);
    }
  });

  it('adds up, to the euro, to the département totals of the history', () => {
    for (const [key, s] of Object.entries(files)) {
      const [flow, year] = key.split(':') as [Flow, string];
      expect(s.byDept, key).toEqual(totals[flow].get(Number(year)));
    }
  });

  it('drives the 2022 import peak by energy: its share rises, and it brings most of the rise', () => {
    const [y21, y22, y24] = [files['imports:2021']!, files['imports:2022']!, files['imports:2024']!];
    expect(energy(y22) / y22.total).toBeGreaterThan(energy(y21) / y21.total + 0.05);
    expect(energy(y22) / y22.total).toBeGreaterThan(energy(y24) / y24.total + 0.05);
    expect(energy(y22) - energy(y21)).toBeGreaterThan(0.5 * (y22.total - y21.total));
  });

  it('has activities that grow and others that shrink, 2019 to 2024', () => {
    const [a, b] = [files['exports:2019']!, files['exports:2024']!];
    const national = b.total / a.total;
    const relative = [...b.byA129]
      .filter(([c]) => (a.byA129.get(c) ?? 0) > 1e9)
      .map(([c, v]) => [c, v / a.byA129.get(c)! / national] as const);
    expect(relative.filter(([, r]) => r > 1.15).length).toBeGreaterThanOrEqual(5);
    expect(relative.filter(([, r]) => r < 0.87).length).toBeGreaterThanOrEqual(5);
    const byCode = new Map(relative);
    expect(byCode.get('C21Z')!).toBeGreaterThan(1.05); // pharmacy grows
    expect(byCode.get('C29A')!).toBeLessThan(0.95); // cars shrink
  });

  it('has partners that gain and lose share', () => {
    const [e19, e24, i19, i24] = [
      files['exports:2019']!,
      files['exports:2024']!,
      files['imports:2019']!,
      files['imports:2024']!,
    ];
    expect(share(e19, 'GB')).toBeGreaterThan(1.05 * share(e24, 'GB')); // Brexit
    expect(share(i19, 'RU')).toBeGreaterThan(1.5 * share(i24, 'RU'));
    expect(share(i24, 'CN')).toBeGreaterThan(1.05 * share(i19, 'CN'));
    expect(share(e24, 'IN')).toBeGreaterThan(1.1 * share(e19, 'IN'));
  });
});

describe('demo history: determinism', () => {
  it('gives the same bytes for the same seed and year, other bytes for another seed', () => {
    const again = new DemoGenerator(loadDemoReference(), DEMO_DEFAULT_SEED);
    const text = gen.flowFile('exports', 2020, [2]);
    expect(again.flowFile('exports', 2020, [2])).toBe(text);
    expect(text.startsWith('E;2;2020;01;18;')).toBe(true);
    const other = new DemoGenerator(loadDemoReference(), DEMO_DEFAULT_SEED + 1);
    expect(other.flowFile('exports', 2020, [2])).not.toBe(text);
    expect(other.departementTotals('exports', 2024).get('42')).toBe(DEMO_TARGETS.departements['42']!.exports);
  }, 120_000);
});
