// The full demo year (about 1.1 million rows): generated once here, checked against the official
// format, the calibration targets and the realism rules. The same-seed archive written by the
// global test setup gives the determinism check without a third generation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDemoYear } from '../../src/demo/year.js';
import { DEMO_DEFAULT_SEED, DEMO_TARGETS } from '../../src/demo/targets.js';
import { readReferenceFile } from '../../src/reference/files.js';
import { currentLabels, parseLabelFile } from '../../src/reference/labels.js';
import { a129Products, cpf4Products } from '../../src/reference/products.js';
import { departements, expectedDgddiRegion } from '../../src/reference/territories.js';

const LINE =
  /^([EI]);([1-4]);(\d{4});(\d{2}|9[A-E]);(\d{2});([A-Z]\d{2}[A-Z]);(\d{4});([A-Z]{2});(0|[1-9]\d*);(0|[1-9]\d*)$/;

interface FlowStats {
  rows: number;
  total: number;
  badLines: string[];
  years: Set<string>;
  byDept: Map<string, number>;
  byRegion: Map<string, number>;
  rowsByDept: Map<string, number>;
  deptQuarters: Set<string>;
  byDeptA129: Map<string, Map<string, number>>;
  byCountry: Map<string, number>;
  a129Cpf4: Set<string>;
  regionOf: Map<string, Set<string>>;
}

function analyse(text: string, flowCode: 'E' | 'I'): FlowStats {
  const s: FlowStats = {
    rows: 0,
    total: 0,
    badLines: [],
    years: new Set(),
    byDept: new Map(),
    byRegion: new Map(),
    rowsByDept: new Map(),
    deptQuarters: new Set(),
    byDeptA129: new Map(),
    byCountry: new Map(),
    a129Cpf4: new Set(),
    regionOf: new Map(),
  };
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const lines = text.split('\r\n');
  expect(lines.pop()).toBe('');
  for (const line of lines) {
    s.rows++;
    const m = LINE.exec(line);
    if (!m || m[1] !== flowCode) {
      if (s.badLines.length < 5) s.badLines.push(line);
      continue;
    }
    const [, , quarter, year, dept, region, a129, cpf4, country, value] = m as unknown as string[];
    const v = Number(value);
    s.total += v;
    s.years.add(year!);
    add(s.byDept, dept!, v);
    add(s.byRegion, region!, v);
    add(s.rowsByDept, dept!, 1);
    s.deptQuarters.add(`${dept}:${quarter}`);
    let perA129 = s.byDeptA129.get(dept!);
    if (!perA129) s.byDeptA129.set(dept!, (perA129 = new Map()));
    add(perA129, a129!, v);
    add(s.byCountry, country!, v);
    s.a129Cpf4.add(`${a129}:${cpf4}`);
    let regions = s.regionOf.get(dept!);
    if (!regions) s.regionOf.set(dept!, (regions = new Set()));
    regions.add(region!);
  }
  return s;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

let text: { exports: string; imports: string };
let stats: Record<'exports' | 'imports', FlowStats>;

beforeAll(() => {
  text = generateDemoYear({ year: 2024, seed: DEMO_DEFAULT_SEED });
  stats = { exports: analyse(text.exports, 'E'), imports: analyse(text.imports, 'I') };
});

const flows = ['exports', 'imports'] as const;

describe('demo year: official format', () => {
  it.each(flows)('every %s line has the 10 official columns with valid codes', (flow) => {
    expect(stats[flow].badLines).toEqual([]);
    expect([...stats[flow].years]).toEqual(['2024']);
  });

  it.each(flows)('%s: each département carries its DGDDI région', (flow) => {
    for (const [dept, regions] of stats[flow].regionOf) {
      expect([...regions]).toEqual([expectedDgddiRegion(dept)]);
    }
  });

  it.each(flows)('%s: every A129 code appears with each of its CPF4 codes', (flow) => {
    const goods = a129Products();
    const expected = new Set(
      [...cpf4Products().values()].filter((c) => goods.has(c.a129)).map((c) => `${c.a129}:${c.code}`),
    );
    expect(new Set([...expected].map((k) => k.split(':')[0])).size).toBe(goods.size);
    expect(goods.size).toBe(76);
    expect(stats[flow].a129Cpf4).toEqual(expected);
  });

  it.each(flows)('%s: about 200 partners, all currently valid DGDDI country codes', (flow) => {
    const valid = currentLabels(parseLabelFile(readReferenceFile('Libelle_PAYS.txt'), 'Libelle_PAYS.txt', 'pays'));
    const used = [...stats[flow].byCountry.keys()];
    for (const code of used) expect(valid.has(code), code).toBe(true);
    for (const code of ['FR', 'EU', 'GP', 'MQ', 'GF', 'RE', 'YT']) expect(used).not.toContain(code);
    expect(used.length).toBeGreaterThanOrEqual(180);
    expect(used.length).toBeLessThanOrEqual(240);
  });
});

describe('demo year: coverage and size', () => {
  it('has at least 1 000 000 rows in total, about 550 000 per flow', () => {
    expect(stats.exports.rows + stats.imports.rows).toBeGreaterThanOrEqual(1_000_000);
    for (const flow of flows) expect(stats[flow].rows).toBeGreaterThan(500_000);
  });

  it.each(flows)('%s: all 101 départements, in all four quarters', (flow) => {
    const all = departements().map((d) => d.dgddi);
    expect(all).toHaveLength(101);
    for (const dept of all)
      for (const q of [1, 2, 3, 4]) expect(stats[flow].deptQuarters.has(`${dept}:${q}`), `${dept} T${q}`).toBe(true);
    expect(stats[flow].byDept.size).toBe(101);
  });

  it.each(flows)('%s: a bigger département has more rows', (flow) => {
    const rows = stats[flow].rowsByDept;
    expect(rows.get('59')!).toBeGreaterThan(rows.get('42')!);
    expect(rows.get('42')!).toBeGreaterThan(rows.get('48')!);
  });
});

describe('demo year: calibration', () => {
  it.each(flows)('%s: France, Auvergne-Rhône-Alpes and Loire totals are exact to the euro', (flow) => {
    expect(stats[flow].total).toBe(DEMO_TARGETS.france[flow]);
    expect(stats[flow].byRegion.get('18')).toBe(DEMO_TARGETS.regions['18']![flow]);
    expect(stats[flow].byDept.get('42')).toBe(DEMO_TARGETS.departements['42']![flow]);
  });

  it('matches the published figures', () => {
    expect(DEMO_TARGETS.france).toEqual({ exports: 580_354_500_000, imports: 684_776_300_000 });
    expect(DEMO_TARGETS.regions['18']).toEqual({ exports: 71_307_500_000, imports: 76_304_600_000 });
    expect(DEMO_TARGETS.departements['42']).toEqual({ exports: 4_192_100_000, imports: 4_742_800_000 });
  });
});

describe('demo year: realism', () => {
  const topShares = (flow: 'exports' | 'imports', dept: string) => {
    const perA129 = [...stats[flow].byDeptA129.get(dept)!].sort((a, b) => b[1] - a[1]);
    const total = stats[flow].byDept.get(dept)!;
    return {
      codes: perA129.map(([c]) => c),
      share: (n: number) => perA129.slice(0, n).reduce((s, [, v]) => s + v, 0) / total,
    };
  };

  it.each(flows)('%s: a few activities carry most of each département’s trade', (flow) => {
    for (const dept of stats[flow].byDept.keys()) expect(topShares(flow, dept).share(6), dept).toBeGreaterThan(0.5);
  });

  it('gives the départements their specialisations', () => {
    expect(topShares('exports', '42').codes.slice(0, 6)).toEqual(expect.arrayContaining(['C24A', 'C28A', 'C29B']));
    expect(topShares('exports', '31').codes[0]).toBe('C30C');
    expect(topShares('imports', '75').codes.slice(0, 2)).toEqual(expect.arrayContaining(['B06Z', 'D35A']));
    expect(topShares('imports', '76').codes.slice(0, 2)).toContain('B06Z');
    expect(topShares('imports', '13').codes.slice(0, 2)).toContain('B06Z');
  });

  it('ranks partners like French trade: Germany first among exports, a long tail after', () => {
    const ranked = [...stats.exports.byCountry].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    expect(ranked.slice(0, 3)).toContain('DE');
    expect(ranked.slice(0, 10)).toEqual(expect.arrayContaining(['BE', 'IT', 'ES', 'US']));
    const tail = ranked.slice(100).reduce((s, c) => s + stats.exports.byCountry.get(c)!, 0);
    expect(tail / stats.exports.total).toBeLessThan(0.05);
  });
});

describe('demo year: determinism', () => {
  it('gives the same bytes as the archive written by the test setup for the same seed', () => {
    const zip = unzipSync(readFileSync(join(inject('demoDir'), 'DEMO_regional_2024_export.zip')));
    expect(sha256(zip['Region_2024_Export.txt']!)).toBe(sha256(text.exports));
  });

  it('gives other data for another seed and year: valid lines of that year, its own totals', () => {
    const other = generateDemoYear({ year: 2023, seed: DEMO_DEFAULT_SEED + 1 });
    expect(sha256(other.exports)).not.toBe(sha256(text.exports));
    expect(sha256(other.imports)).not.toBe(sha256(text.imports));
    const o = analyse(other.imports, 'I');
    expect(o.badLines).toEqual([]);
    expect([...o.years]).toEqual(['2023']);
    // Only the reference year is calibrated; 2023 is an invented year of the history.
    expect(o.total).not.toBe(DEMO_TARGETS.france.imports);
    expect(o.total / DEMO_TARGETS.france.imports).toBeGreaterThan(0.8);
    expect(o.total / DEMO_TARGETS.france.imports).toBeLessThan(1.25);
  });
});
