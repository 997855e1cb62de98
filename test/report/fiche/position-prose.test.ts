import { describe, expect, it } from 'vitest';
import type { Exposure, Rank } from '../../../src/figures/position/position.js';
import type { TerritoryRef } from '../../../src/model/territory.js';
import {
  exposureChangeSentence,
  exposureSentence,
  rankDetail,
  rankSentence,
} from '../../../src/report/fiche/position-prose.js';

const NB = '\u00A0';
const NO_IMPORTS = { imports_eur: 0, share_of_imports: null, france_share_of_imports: null, import_products: [] };
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
    // The name with its article and a pronoun of its gender (issue 21: « La Loire … elle »).
    expect(rankSentence(loire, rank, ara)).toBe(
      'La Loire (42) occupe le 12<sup>e</sup> rang des 101 départements pour ses exportations, le 1<sup>er</sup> pour ses importations et le 40<sup>e</sup> pour son solde commercial. ' +
        'Parmi les 12 départements de la région Auvergne-Rhône-Alpes, elle arrive au 3<sup>e</sup> rang à l’export, au 1<sup>er</sup> à l’import et au 6<sup>e</sup> pour le solde.',
    );
    const rhone: TerritoryRef = { kind: 'departement', code: '69', name: 'Rhône', slug: '69-rhone' };
    expect(rankSentence(rhone, rank, ara)).toMatch(/^Le Rhône \(69\) occupe .* Auvergne-Rhône-Alpes, il arrive au 3/);
    const landes: TerritoryRef = { kind: 'departement', code: '40', name: 'Landes', slug: '40-landes' };
    const naq: TerritoryRef = { kind: 'region', code: '75', name: 'Nouvelle-Aquitaine', slug: '75-nouvelle-aquitaine' };
    expect(rankSentence(landes, rank, naq)).toMatch(
      /^Les Landes \(40\) occupent le 12<sup>e<\/sup> rang .* pour leurs exportations, .* pour leur solde commercial\. .*, les Landes arrivent au 3/,
    );
    const ain: TerritoryRef = { kind: 'departement', code: '01', name: 'Ain', slug: '01-ain' };
    expect(rankSentence(ain, rank, ara)).toMatch(/^L’Ain \(01\) occupe .*, l’Ain arrive au 3/);
    expect(rankDetail(loire, rank.exports)).toBe('12<sup>e</sup> sur 101 départements');
  });

  it('says when a département is alone in its région, and ranks a région among régions', () => {
    const alone: Rank = { exports: entry(90, 101, 1, 1), imports: entry(80, 101, 1, 1), balance: entry(20, 101, 1, 1) };
    const guadeloupe: TerritoryRef = { kind: 'departement', code: '971', name: 'Guadeloupe', slug: '971-guadeloupe' };
    expect(
      rankSentence(guadeloupe, alone, { kind: 'region', code: '01', name: 'Guadeloupe', slug: '01-guadeloupe' }),
    ).toMatch(/C’est le seul département de la région Guadeloupe\.$/);
    const regional: Rank = {
      exports: entry(2, 18, null, null),
      imports: entry(3, 18, null, null),
      balance: entry(10, 18, null, null),
    };
    expect(rankSentence(ara, regional, null)).toBe(
      'L’Auvergne-Rhône-Alpes occupe le 2<sup>e</sup> rang des 18 régions pour ses exportations, le 3<sup>e</sup> pour ses importations et le 10<sup>e</sup> pour son solde commercial.',
    );
  });
});

describe('Monaco and Corse, named as what they are', () => {
  const rank: Rank = { exports: entry(88, 101, 5, 7), imports: entry(68, 101, 3, 7), balance: entry(69, 101, 6, 7) };
  const paca: TerritoryRef = { kind: 'region', code: '93', name: 'Provence-Alpes-Côte d’Azur', slug: '93-paca' };
  const monaco: TerritoryRef = { kind: 'departement', code: '99', name: 'Monaco', slug: '99-monaco' };
  const var83: TerritoryRef = { kind: 'departement', code: '83', name: 'Var', slug: '83-var' };
  const corse: TerritoryRef = { kind: 'departement', code: '20', name: 'Corse (2A, 2B)', slug: '20-corse' };

  it('never counts Monaco among the départements of Provence-Alpes-Côte d’Azur, nor calls it one', () => {
    const text = rankSentence(monaco, rank, paca);
    expect(text).toMatch(
      /^Monaco occupe le 88<sup>e<\/sup> rang des 101 territoires des douanes \(les départements et Monaco\)/,
    );
    expect(text).toContain(
      'Parmi les 7 territoires que les douanes rattachent à la région Provence-Alpes-Côte d’Azur, ses 6 départements et Monaco, la principauté arrive au 5<sup>e</sup> rang',
    );
    expect(rankSentence(var83, rank, paca)).toContain('ses 6 départements et Monaco, il arrive');
    expect(text).not.toMatch(/7 départements/);
    expect(rankDetail(monaco, rank.exports)).toBe('88<sup>e</sup> sur 101 territoires');
  });

  it('says that the customs publish Corse’s two départements as one, never « le seul département »', () => {
    const alone: Rank = { exports: entry(95, 101, 1, 1), imports: entry(90, 101, 1, 1), balance: entry(20, 101, 1, 1) };
    const text = rankSentence(corse, alone, { kind: 'region', code: '94', name: 'Corse', slug: '94-corse' });
    expect(text).toMatch(/^La Corse \(2A, 2B\) occupe le 95<sup>e<\/sup> rang/);
    expect(text).toContain('Les douanes publient les deux départements de la région Corse sous un seul code');
    expect(text).not.toContain('seul département');
    expect(text).not.toContain('(20)');
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
    ...NO_IMPORTS,
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

describe('exposure in words', () => {
  const e = (exports_eur: number, share: number | null, france: number | null): Exposure => ({
    partner: 'US',
    partner_name: 'États-Unis',
    exports_eur,
    share_of_exports: share,
    france_share_of_exports: france,
    products: [],
    ...NO_IMPORTS,
  });

  it('compares the territory with France', () => {
    expect(exposureSentence(loire, e(455.3e6, 0.11, 0.08), 2024)).toBe(
      `Les États-Unis reçoivent <strong>11,0${NB}%</strong> des exportations du département (455,3${NB}M€), contre 8,0${NB}% pour l'ensemble de la France${NB}: le territoire y est plus exposé que la moyenne nationale.`,
    );
    expect(exposureSentence(loire, e(1e6, 0.05, 0.08), 2024)).toMatch(/moins exposé que la moyenne nationale\.$/);
  });

  it('compares the shares as printed: equal printed shares are « autant », a printed gap says which way', () => {
    // Maine-et-Loire in issue 21: 6,5 % against 6,5 % was « moins exposé ».
    const same = exposureSentence(loire, e(1e6, 0.06454, 0.06546), 2024);
    expect(same).toContain(`<strong>6,5${NB}%</strong>`);
    expect(same).toMatch(
      /contre 6,5\u00A0% pour l'ensemble de la France\u00A0: le territoire y est exposé autant que la moyenne nationale\.$/,
    );
    expect(exposureSentence(loire, e(1e6, 0.0655, 0.0644), 2024)).toMatch(/plus exposé que/);
    expect(exposureSentence(loire, e(1e6, 0.00694, 0.00726), 2024)).toMatch(/0,69.*0,73.*moins exposé que/);
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
    ...NO_IMPORTS,
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

  it('gives the change a reader computes from the two printed shares (issue 21: France, Jura)', () => {
    // France: 6,5 % and 6,5 % printed, an exact change of 0,06 point was « augmenté de 0,1 point ».
    expect(exposureChangeSentence(e(0.06546, 0.06486), '2023')).toBe(
      `En 2023, cette part était de 6,5${NB}%${NB}: elle est restée stable.`,
    );
    // Jura: 4,9 % → 4,5 % is 0,4 point, not the exact 0,35 rounded to 0,3.
    expect(exposureChangeSentence(e(0.04549, 0.04899), '2023')).toBe(
      `En 2023, cette part était de 4,9${NB}%${NB}: elle a diminué de 0,4${NB}point.`,
    );
    // Shares under 1 % print two digits: so does their change.
    expect(exposureChangeSentence(e(0.0072, 0.0069), '2023')).toBe(
      `En 2023, cette part était de 0,69${NB}%${NB}: elle a augmenté de 0,03${NB}point.`,
    );
  });

  it('says nothing without a previous period or value', () => {
    expect(exposureChangeSentence(e(0.1, 0.2), null)).toBe('');
    expect(exposureChangeSentence(e(0.1, null), '2023')).toBe('');
    expect(exposureChangeSentence(e(null, 0.2), '2023')).toBe('');
  });
});
