// computeFigures on a few hand-made rows: every field of the record, for a département, a région
// and France, and the United States export sum behind the index map's indicator.
import { describe, expect, it } from 'vitest';
import { computeFigures, flowTotals, UNITED_STATES, type YearContext } from '../../src/figures/compute.js';
import { resolveTerritory } from '../../src/reference/resolve-territory.js';
import { positionBase } from '../../src/figures/position/base.js';
import { tradeSums } from '../../src/figures/position/sums.js';
import { labels, row } from './fixtures.js';

const ctx: YearContext = {
  year: 2024,
  period: { year: 2024, quarters: [1, 2, 3].map((quarter) => ({ year: 2024, quarter })) },
  previousPeriod: null,
  demo: true,
  partial: true,
  quarters: [1, 2, 3],
  labels,
  territoires: {
    kind: 'default',
    list: [
      { id: 'TI-B', name: 'Roannais', departements: ['42'] },
      { id: 'TI-A', name: 'Gier', departements: ['69', '42'] },
      { id: 'TI-C', name: 'Ailleurs', departements: ['01'] },
    ],
  },
  // Position against an empty France: this file checks the other fields (see test/figures/position).
  position: { base: positionBase(new Map(), tradeSums([])), previousBase: null, partners: ['US'] },
};

// Loire: exports 100 + 40 + 25 + 35 = 200 (of which 60 to the United States), imports 300 + 20 = 320.
const loire = [
  row('E', 'C29A', 'US', 25),
  row('E', 'C29A', 'DE', 100),
  row('E', 'C24A', 'US', 35),
  row('E', 'C24A', 'IT', 40),
  row('I', 'C24A', 'US', 300),
  row('I', 'C29A', 'DE', 20),
];
const enclosing = { region: { E: 1000, I: 1600 }, france: { E: 10_000, I: 32_000 } };

describe('computeFigures for a département', () => {
  const f = computeFigures(resolveTerritory('42'), loire, enclosing, ctx);

  it('names the territory and its région', () => {
    expect(f.territory).toEqual({ kind: 'departement', code: '42', name: 'Loire', slug: '42-loire' });
    expect(f.region).toEqual({
      kind: 'region',
      code: '84',
      name: 'Auvergne-Rhône-Alpes',
      slug: '84-auvergne-rhone-alpes',
    });
  });

  it('carries the year’s context through', () => {
    expect([f.year, f.demo, f.partial_year, f.quarters]).toEqual([2024, true, true, [1, 2, 3]]);
  });

  it('totals each flow, with its shares of the région and of France, and the balance', () => {
    expect(f.exports).toEqual({
      total_eur: 200,
      share_of_region: 0.2,
      share_of_france: 0.02,
      previous_eur: null,
      change_rate: null,
    });
    expect(f.imports).toEqual({
      total_eur: 320,
      share_of_region: 0.2,
      share_of_france: 0.01,
      previous_eur: null,
      change_rate: null,
    });
    expect(f.balance_eur).toBe(-120);
  });

  it('sums the exports to the United States only: all activities, no imports, no other country', () => {
    expect(UNITED_STATES).toBe('US');
    expect(f.exports_to_us_eur).toBe(60);
    expect(f.exposure.united_states!.exports_eur).toBe(60);
    expect(
      computeFigures(
        resolveTerritory('42'),
        loire.filter((r) => r.country !== 'US'),
        enclosing,
        ctx,
      ).exports_to_us_eur,
    ).toBe(0);
  });

  it('computes partners, activities and flows from the same rows', () => {
    expect(f.partners.map((p) => [p.country, p.exports_eur, p.imports_eur])).toEqual([
      ['US', 60, 300],
      ['DE', 100, 20],
      ['IT', 40, 0],
    ]);
    expect(f.activities.exports.map((a) => [a.code, a.value_eur])).toEqual([
      ['C29A', 125],
      ['C24A', 75],
    ]);
    expect(f.activities.imports.map((a) => [a.code, a.value_eur])).toEqual([
      ['C24A', 300],
      ['C29A', 20],
    ]);
    expect(f.flows.exports.total_eur).toBe(200);
    expect(f.flows.imports.total_eur).toBe(320);
    expect(f.flows.exports.links.reduce((s, l) => s + l.value_eur, 0)).toBe(200);
  });

  it('lists the département’s Territoires d’industrie by name, and which list they come from', () => {
    expect(f.territoires_industrie).toEqual(['Gier', 'Roannais']);
    expect(f.territoires_industrie_detail.map((t) => t.id)).toEqual(['TI-A', 'TI-B']);
    expect(f.territoires_industrie_list).toBe('default');
  });
});

describe('computeFigures for a région and for France', () => {
  it('gives a région no région and no share of a région, and no Territoires d’industrie', () => {
    const f = computeFigures(resolveTerritory('region:84'), loire, { region: null, france: enclosing.france }, ctx);
    expect(f.territory).toEqual({
      kind: 'region',
      code: '84',
      name: 'Auvergne-Rhône-Alpes',
      slug: '84-auvergne-rhone-alpes',
    });
    expect(f.region).toBeNull();
    expect(f.exports).toEqual({
      total_eur: 200,
      share_of_region: null,
      share_of_france: 0.02,
      previous_eur: null,
      change_rate: null,
    });
    expect(f.territoires_industrie).toEqual([]);
    expect(f.exports_to_us_eur).toBe(60);
    expect(f.exposure.united_states!.exports_eur).toBe(60);
  });

  it('gives France no share at all', () => {
    const f = computeFigures(resolveTerritory('france'), loire, { region: null, france: null }, ctx);
    expect(f.territory.kind).toBe('france');
    expect(f.imports).toEqual({
      total_eur: 320,
      share_of_region: null,
      share_of_france: null,
      previous_eur: null,
      change_rate: null,
    });
  });

  it('copes with a territory that has no trade: zero totals, empty lists', () => {
    const f = computeFigures(resolveTerritory('42'), [], enclosing, ctx);
    expect(f.exports).toEqual({
      total_eur: 0,
      share_of_region: 0,
      share_of_france: 0,
      previous_eur: null,
      change_rate: null,
    });
    expect([f.balance_eur, f.exports_to_us_eur]).toEqual([0, 0]);
    expect([f.partners, f.activities.exports, f.activities.imports]).toEqual([[], [], []]);
  });
});

describe('flowTotals', () => {
  it('sums exports and imports apart', () => {
    expect(flowTotals(loire)).toEqual({ E: 200, I: 320 });
    expect(flowTotals([])).toEqual({ E: 0, I: 0 });
  });
});
