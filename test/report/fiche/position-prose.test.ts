import { describe, expect, it } from 'vitest';
import type { Exposure, Rank } from '../../../src/figures/position/position.js';
import type { TerritoryRef } from '../../../src/model/territory.js';
import {
  concentrationSentence,
  equivalentCount,
  exposureChangeSentence,
  exposureSentence,
  rankDetail,
  rankSentence,
} from '../../../src/report/fiche/position-prose.js';

const NB = '\u00A0';
const loire: TerritoryRef = { kind: 'departement', code: '42', name: 'Loire', slug: '42-loire' };
const ara: TerritoryRef = { kind: 'region', code: '84', name: 'Auvergne-Rhône-Alpes', slug: '84-auvergne-rhone-alpes' };
const france: TerritoryRef = { kind: 'france', code: 'FR', name: 'France', slug: 'france' };
const entry = (in_france: number, of_france: number, in_region: number | null, of_region: number | null) => ({
  in_france,
  of_france,
  in_region,
  of_region,
});

describe('rank in words', () => {
  it('ranks a département in France and in its région', () => {
    const rank: Rank = {
      exports: entry(12, 101, 3, 12),
      imports: entry(1, 101, 1, 12),
      balance: entry(40, 101, 6, 12),
    };
    expect(rankSentence(loire, rank, ara)).toBe(
      'Loire (42) occupe le 12<sup>e</sup> rang des 101 départements pour ses exportations, le 1<sup>er</sup> pour ses importations et le 40<sup>e</sup> pour son solde commercial. ' +
        "Parmi les 12 départements de la région Auvergne-Rhône-Alpes, il est 3<sup>e</sup> à l'export, 1<sup>er</sup> à l'import et 6<sup>e</sup> pour le solde.",
    );
    expect(rankDetail(loire, rank.exports)).toBe('12<sup>e</sup> sur 101 départements');
  });

  it('says when a département is alone in its région, and ranks a région among régions', () => {
    const alone: Rank = { exports: entry(90, 101, 1, 1), imports: entry(80, 101, 1, 1), balance: entry(20, 101, 1, 1) };
    const guadeloupe: TerritoryRef = { kind: 'departement', code: '971', name: 'Guadeloupe', slug: '971-guadeloupe' };
    expect(
      rankSentence(guadeloupe, alone, { kind: 'region', code: '01', name: 'Guadeloupe', slug: '01-guadeloupe' }),
    ).toMatch(/C'est le seul département de la région Guadeloupe\.$/);
    const regional: Rank = {
      exports: entry(2, 18, null, null),
      imports: entry(3, 18, null, null),
      balance: entry(10, 18, null, null),
    };
    expect(rankSentence(ara, regional, null)).toBe(
      'Auvergne-Rhône-Alpes occupe le 2<sup>e</sup> rang des 18 régions pour ses exportations, le 3<sup>e</sup> pour ses importations et le 10<sup>e</sup> pour son solde commercial.',
    );
  });
});

describe('a window of quarters across two years in the rank and exposure sentences', () => {
  const window = `T3${NB}2023 – T2${NB}2024`;
  const rank: Rank = { exports: entry(12, 101, 3, 12), imports: entry(1, 101, 1, 12), balance: entry(40, 101, 6, 12) };
  const us = (share: number | null, previous: number | null, exports = 1) => ({
    partner: 'US',
    partner_name: 'États-Unis',
    exports_eur: exports,
    share_of_exports: share,
    france_share_of_exports: null,
    products: [],
    previous: previous === null ? null : { share_of_exports: previous },
  });

  it('says « sur la période », never « en », before the window', () => {
    expect(rankSentence(loire, rank, ara, { rank, since: window })).toContain(
      `pour ses exportations (12<sup>e</sup> sur la période ${window}), `,
    );
    expect(rankSentence(loire, rank, ara, { rank, since: '2023' })).toContain(
      'pour ses exportations (12<sup>e</sup> en 2023), ',
    );
    expect(exposureChangeSentence(us(0.132, 0.098), window)).toBe(
      `Sur la période ${window}, cette part était de 9,8${NB}%${NB}: elle a augmenté de 3,4${NB}points.`,
    );
    expect(exposureSentence(ara, us(null, null), `T3${NB}2024 – T2${NB}2025`)).toBe(
      `Aucune exportation de la région n'est enregistrée sur la période T3${NB}2024 – T2${NB}2025.`,
    );
    expect(
      exposureSentence(loire, { ...us(0, null, 0), france_share_of_exports: 0.08 }, `T3${NB}2024 – T2${NB}2025`),
    ).toMatch(/^Aucune exportation du département vers les États-Unis n'est enregistrée sur la période T3/);
  });
});

describe('concentration in words', () => {
  const c = (partners: number, products: number) => ({
    partners_hhi: 1 / partners,
    products_hhi: 1 / products,
    equivalent_partners: partners,
    equivalent_products: products,
  });

  it('speaks of an equivalent number of equal partners and activities', () => {
    expect(concentrationSentence('exports', c(8.3, 12.5))).toBe(
      'Les exportations dépendent autant de leurs partenaires que si elles étaient réparties également entre 8 pays, et autant de leurs produits que si elles étaient partagées également entre 13 activités.',
    );
    expect(concentrationSentence('imports', c(1, 1.2))).toBe(
      'Les importations dépendent de leurs partenaires comme si elles allaient toutes à un seul pays, et de leurs produits comme si elles ne portaient que sur une seule activité.',
    );
    expect(concentrationSentence('exports', c(1234, 2))).toContain(`entre 1${NB}234 pays`);
  });

  it('says when there is nothing to measure', () => {
    expect(
      concentrationSentence('imports', {
        partners_hhi: null,
        products_hhi: null,
        equivalent_partners: null,
        equivalent_products: null,
      }),
    ).toBe(`Les importations sont nulles${NB}: il n'y a pas de concentration à mesurer.`);
    expect(equivalentCount(0.5)).toBe(1);
    expect(equivalentCount(2.5)).toBe(3);
  });
});

describe('exposure in words', () => {
  const e = (exports_eur: number, share: number | null, france: number | null): Exposure => ({
    partner: 'US',
    partner_name: 'États-Unis',
    exports_eur,
    share_of_exports: share,
    france_share_of_exports: france,
    products: [],
  });

  it('compares the territory with France', () => {
    expect(exposureSentence(loire, e(455.3e6, 0.11, 0.08), 2024)).toBe(
      `Les États-Unis reçoivent <strong>11,0${NB}%</strong> des exportations du département (455,3${NB}M€), contre 8,0${NB}% pour l'ensemble de la France${NB}: le territoire y est plus exposé que la moyenne nationale.`,
    );
    expect(exposureSentence(loire, e(1e6, 0.05, 0.08), 2024)).toMatch(/moins exposé que la moyenne nationale\.$/);
    expect(exposureSentence(france, e(45e9, 0.08, null), 2024)).toBe(
      `Les États-Unis reçoivent <strong>8,0${NB}%</strong> des exportations de la France (45${NB}000,0${NB}M€).`,
    );
  });

  it('says when nothing goes to the United States, or nothing is exported', () => {
    expect(exposureSentence(loire, e(0, 0, 0.08), 2024)).toBe(
      `Aucune exportation du département vers les États-Unis n'est enregistrée en 2024, alors qu'ils reçoivent 8,0${NB}% des exportations françaises.`,
    );
    expect(exposureSentence(ara, e(0, null, 0.08), 2024)).toBe(
      "Aucune exportation de la région n'est enregistrée en 2024.",
    );
  });
});

describe('change on the previous period in words', () => {
  const e = (share: number | null, previous: number | null) => ({
    partner: 'US',
    partner_name: 'États-Unis',
    exports_eur: 1,
    share_of_exports: share,
    france_share_of_exports: null,
    products: [],
    previous: previous === null ? null : { share_of_exports: previous },
  });

  it('says how many points the share of exports gained or lost, or that it held', () => {
    expect(exposureChangeSentence(e(0.132, 0.098), '2023')).toBe(
      `En 2023, cette part était de 9,8${NB}%${NB}: elle a augmenté de 3,4${NB}points.`,
    );
    expect(exposureChangeSentence(e(0.05, 0.06), '2023')).toBe(
      `En 2023, cette part était de 6,0${NB}%${NB}: elle a diminué de 1,0${NB}point.`,
    );
    expect(exposureChangeSentence(e(0.1, 0.1002), '2023')).toBe(
      `En 2023, cette part était de 10,0${NB}%${NB}: elle est restée stable.`,
    );
  });

  it('says nothing without a previous period or value', () => {
    expect(exposureChangeSentence(e(0.1, 0.2), null)).toBe('');
    expect(exposureChangeSentence(e(0.1, null), '2023')).toBe('');
    expect(exposureChangeSentence(e(null, 0.2), '2023')).toBe('');
  });
});
