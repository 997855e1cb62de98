import { describe, expect, it } from 'vitest';
import { calibrateDepartements } from '../../src/demo/calibrate.js';
import { generateDemoYearFrom } from '../../src/demo/generate.js';
import type { DemoTargets } from '../../src/demo/targets.js';
import { UserError } from '../../src/errors.js';

const units = [
  { dgddi: '01', dgddiRegion: 'R1', weight: 3 },
  { dgddi: '02', dgddiRegion: 'R1', weight: 1 },
  { dgddi: '03', dgddiRegion: 'R1', weight: 2 },
  { dgddi: '04', dgddiRegion: 'R2', weight: 5 },
  { dgddi: '05', dgddiRegion: 'R3', weight: 1 },
];

const targets: DemoTargets = {
  referenceYear: 2024,
  france: { exports: 1_000_003, imports: 777 },
  regions: { R1: { exports: 500_001, imports: 300 } },
  departements: { '02': { exports: 123_457, imports: 100 } },
};

describe('calibrateDepartements', () => {
  it('meets the France, région and département targets exactly', () => {
    for (const flow of ['exports', 'imports'] as const) {
      const totals = calibrateDepartements(units, targets, flow);
      const sum = (idx: number[]) => idx.reduce((s, i) => s + totals[i]!, 0);
      expect(totals[1]).toBe(targets.departements['02']![flow]);
      expect(sum([0, 1, 2])).toBe(targets.regions.R1![flow]);
      expect(sum([0, 1, 2, 3, 4])).toBe(targets.france[flow]);
      for (const t of totals) expect(Number.isInteger(t) && t >= 0).toBe(true);
    }
  });

  it('shares the rest in proportion to the weights', () => {
    const totals = calibrateDepartements(units, targets, 'exports');
    // Région R1 minus the pinned 02, split 3:2 between 01 and 03.
    expect(totals[0]).toBe(225_926);
    expect(totals[2]).toBe(150_618);
    // France minus R1, split 5:1 between 04 and 05.
    expect(totals[3]).toBe(416_668);
    expect(totals[4]).toBe(83_334);
  });

  it('rejects targets that cannot hold together', () => {
    const bad: DemoTargets = { ...targets, regions: { R1: { exports: 1, imports: 1 } } };
    expect(() => calibrateDepartements(units, bad, 'exports')).toThrow(RangeError);
  });
});

describe('generateDemoYearFrom on a small injected reference', () => {
  const ref = {
    departements: units.map(({ dgddi, dgddiRegion }) => ({ dgddi, dgddiRegion })),
    products: [
      { a129: 'A01Z', cpf4: ['0111', '0112', '0113'] },
      { a129: 'C29A', cpf4: ['2910'] },
      { a129: 'B06Z', cpf4: ['0610', '0620'] },
    ],
    countries: ['DE', 'BE', 'US', 'CN', 'FR', 'EU', 'QU', 'ZZ'],
  };

  it('is calibrated in the reference year, covers every product and never uses excluded partners', () => {
    const files = generateDemoYearFrom(ref, { year: targets.referenceYear, seed: 5 }, targets);
    for (const [flow, text] of [
      ['exports', files.exports],
      ['imports', files.imports],
    ] as const) {
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = text
        .slice(0, -2)
        .split('\r\n')
        .map((l) => l.split(';'));
      const total = rows.reduce((s, r) => s + Number(r[8]), 0);
      expect(total).toBe(targets.france[flow]);
      const r1 = rows.filter((r) => r[4] === 'R1').reduce((s, r) => s + Number(r[8]), 0);
      expect(r1).toBe(targets.regions.R1![flow]);
      expect(new Set(rows.map((r) => r[6]))).toEqual(new Set(['0111', '0112', '0113', '2910', '0610', '0620']));
      for (const r of rows) {
        expect(r[0]).toBe(flow === 'exports' ? 'E' : 'I');
        expect(r[2]).toBe('2024');
        expect(['FR', 'EU']).not.toContain(r[7]);
      }
    }
  });

  it('writes another year with the same codes, its own totals and its own rows', () => {
    const reference = generateDemoYearFrom(ref, { year: targets.referenceYear, seed: 5 }, targets);
    const files = generateDemoYearFrom(ref, { year: 1999, seed: 5 }, targets);
    const rows = files.exports
      .slice(0, -2)
      .split('\r\n')
      .map((l) => l.split(';'));
    for (const r of rows) expect(r[2]).toBe('1999');
    const total = rows.reduce((s, r) => s + Number(r[8]), 0);
    expect(total).not.toBe(targets.france.exports);
    expect(total).toBeGreaterThan(0);
    const codes = (text: string) =>
      new Set(
        text
          .slice(0, -2)
          .split('\r\n')
          .map((l) => l.split(';').slice(5, 7).join(';')),
      );
    expect(codes(files.exports)).toEqual(codes(reference.exports));
    expect(files.imports).not.toBe(reference.imports.replaceAll(';2024;', ';1999;'));
  });

  it('rejects an invalid year or seed with a French message', () => {
    expect(() => generateDemoYearFrom(ref, { year: 24, seed: 1 })).toThrow(UserError);
    expect(() => generateDemoYearFrom(ref, { year: 2024, seed: -1 })).toThrow(/Graine de démonstration invalide/);
  });
});
