import { describe, expect, it } from 'vitest';
import { competitionRanks, rankOf, rankTable, type DepartementTotals } from '../../../src/figures/position/rank.js';

describe('competitionRanks', () => {
  it('gives 1 to the largest and lets ties share the better rank', () => {
    expect(competitionRanks([10, 30, 30, 5])).toEqual([3, 1, 1, 4]);
    expect(competitionRanks([0, 0, 0])).toEqual([1, 1, 1]);
    expect(competitionRanks([-5, 2])).toEqual([2, 1]);
    expect(competitionRanks([])).toEqual([]);
  });
});

describe('rankTable', () => {
  // Two régions: R1 = {A, B, C}, R2 = {D}. B and C tie at export.
  const depts: DepartementTotals[] = [
    { code: 'A', region: 'R1', exports: 100, imports: 40 },
    { code: 'B', region: 'R1', exports: 300, imports: 500 },
    { code: 'C', region: 'R1', exports: 300, imports: 10 },
    { code: 'D', region: 'R2', exports: 50, imports: 900 },
  ];
  const regions = [
    { code: 'R1', exports: 700, imports: 550 },
    { code: 'R2', exports: 50, imports: 900 },
  ];
  const table = rankTable(depts, regions);

  it('ranks a département among all départements and among those of its région', () => {
    expect(rankOf(table, { kind: 'departement', code: 'A' })).toEqual({
      exports: { in_france: 3, of_france: 4, in_region: 3, of_region: 3 },
      imports: { in_france: 3, of_france: 4, in_region: 2, of_region: 3 },
      // Balances: A 60, B −200, C 290, D −850.
      balance: { in_france: 2, of_france: 4, in_region: 2, of_region: 3 },
    });
  });

  it('gives tied départements the same, better rank and skips the next', () => {
    const b = rankOf(table, { kind: 'departement', code: 'B' })!;
    const c = rankOf(table, { kind: 'departement', code: 'C' })!;
    expect(b.exports.in_france).toBe(1);
    expect(c.exports.in_france).toBe(1);
    expect(rankOf(table, { kind: 'departement', code: 'A' })!.exports.in_france).toBe(3);
  });

  it('ranks a lone département first of its région of one', () => {
    expect(rankOf(table, { kind: 'departement', code: 'D' })!.exports).toEqual({
      in_france: 4,
      of_france: 4,
      in_region: 1,
      of_region: 1,
    });
  });

  it('ranks a région among the régions only, and France not at all', () => {
    expect(rankOf(table, { kind: 'region', code: 'R2' })).toEqual({
      exports: { in_france: 2, of_france: 2, in_region: null, of_region: null },
      imports: { in_france: 1, of_france: 2, in_region: null, of_region: null },
      balance: { in_france: 2, of_france: 2, in_region: null, of_region: null },
    });
    expect(rankOf(table, { kind: 'france', code: 'FR' })).toBeNull();
    expect(rankOf(table, { kind: 'departement', code: 'ZZ' })).toBeNull();
  });
});
