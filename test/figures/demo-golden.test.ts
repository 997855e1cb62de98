// Golden figures on the demo data: the totals published in the spec fiche (Loire 2024) come out
// to the 0.1 M€, with the spec's shares; and every view reconciles with the totals.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { allTerritories } from '../../src/pipeline/only.js';
import { StoreFigures } from '../../src/pipeline/figures.js';
import type { Figures } from '../../src/figures/types.js';
import { formatMEur, formatShare, plainSpaces } from '../../src/format/fr.js';
import { resolveTerritory } from '../../src/reference/resolve-territory.js';

let store: Store;
let year: StoreFigures;
beforeAll(async () => {
  store = await Store.open(inject('demoStore'), { readOnly: true });
  year = await StoreFigures.load(store);
});
afterAll(() => store.close());

const fig = (q: string) => year.figures(resolveTerritory(q));
const m = (eur: number) => plainSpaces(formatMEur(eur));
const pct = (x: number | null) => plainSpaces(formatShare(x!));

describe('demo golden figures (spec fiche totals)', () => {
  it('Loire (42)', () => {
    const f = fig('42');
    expect(f.demo).toBe(true);
    expect(f.partial_year).toBe(false);
    expect(m(f.exports.total_eur)).toBe('4 192,1 M€');
    expect(m(f.imports.total_eur)).toBe('4 742,8 M€');
    expect(pct(f.exports.share_of_region)).toBe('5,9 %');
    expect(pct(f.exports.share_of_france)).toBe('0,72 %');
    expect(pct(f.imports.share_of_region)).toBe('6,2 %');
    expect(pct(f.imports.share_of_france)).toBe('0,69 %');
    expect(f.region?.name).toBe('Auvergne-Rhône-Alpes');
    expect(f.territoires_industrie).toEqual([
      'Lezoux – Thiers – Ambert – Montbrison',
      'Roannais Forez',
      "Vallée du Gier, de l'Ondaine et de Loire Sud",
    ]);
  });

  it('Auvergne-Rhône-Alpes and France', () => {
    const ara = fig('region:84');
    expect(m(ara.exports.total_eur)).toBe('71 307,5 M€');
    expect(m(ara.imports.total_eur)).toBe('76 304,6 M€');
    expect(ara.exports.share_of_region).toBeNull();
    const fr = fig('france');
    expect(m(fr.exports.total_eur)).toBe('580 354,5 M€');
    expect(m(fr.imports.total_eur)).toBe('684 776,3 M€');
    expect(fr.exports.share_of_france).toBeNull();
  });
});

describe('reconciliation on the demo year', () => {
  const all = () => allTerritories().map((t) => year.figures(t));
  const sum = (xs: { value_eur: number }[]) => xs.reduce((s, x) => s + x.value_eur, 0);

  it('the départements sum to each région and to France, for every flow', () => {
    const figures = all();
    const depts = figures.filter((f) => f.territory.kind === 'departement');
    const regions = figures.filter((f) => f.territory.kind === 'region');
    const france = figures.find((f) => f.territory.kind === 'france')!;
    expect(depts).toHaveLength(101);
    expect(regions).toHaveLength(18);
    for (const flow of ['exports', 'imports'] as const) {
      for (const r of regions) {
        const own = depts.filter((d) => d.region?.code === r.territory.code);
        expect(own.reduce((s, d) => s + d[flow].total_eur, 0)).toBe(r[flow].total_eur);
      }
      expect(depts.reduce((s, d) => s + d[flow].total_eur, 0)).toBe(france[flow].total_eur);
      expect(regions.reduce((s, r) => s + r[flow].total_eur, 0)).toBe(france[flow].total_eur);
    }
  });

  it('every reduced view sums to its territory total', () => {
    const check = (f: Figures) => {
      expect(sum(f.flows.exports.links)).toBe(f.exports.total_eur);
      expect(sum(f.flows.imports.links)).toBe(f.imports.total_eur);
      expect(sum(f.flows.exports.sources)).toBe(f.exports.total_eur);
      expect(sum(f.flows.imports.targets)).toBe(f.imports.total_eur);
      expect(sum(f.activities.exports)).toBe(f.exports.total_eur);
      expect(sum(f.activities.imports)).toBe(f.imports.total_eur);
      expect(f.balance_eur).toBe(f.exports.total_eur - f.imports.total_eur);
      expect(f.flows.exports.links.filter((l) => l.highlight).length).toBe(5);
    };
    for (const f of all()) check(f);
  });
});
