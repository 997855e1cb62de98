// Small hand-made inputs for the site's tests.
import type { Figures, TerritoryRef } from '../../../src/figures/types.js';
import type { SiteEntry } from '../../../src/report/site/types.js';
import { makeFigures } from '../../helpers/figures.js';

export const ARA: TerritoryRef = {
  kind: 'region',
  code: '84',
  name: 'Auvergne-Rhône-Alpes',
  slug: '84-auvergne-rhone-alpes',
};
export const CORSE_REGION: TerritoryRef = { kind: 'region', code: '94', name: 'Corse', slug: '94-corse' };
export const GUADELOUPE_REGION: TerritoryRef = {
  kind: 'region',
  code: '01',
  name: 'Guadeloupe',
  slug: '01-guadeloupe',
};
export const PACA: TerritoryRef = {
  kind: 'region',
  code: '93',
  name: 'Provence-Alpes-Côte d’Azur',
  slug: '93-provence-alpes-cote-d-azur',
};

/** Figures of a département with the given partners' exports (other fields minimal but coherent). */
export function departementFigures(exportsByCountry: Record<string, number>, total: number): Figures {
  const partners = Object.entries(exportsByCountry).map(([country, exports_eur]) => ({
    country,
    name: `Pays ${country}`,
    exports_eur,
    imports_eur: 100,
    balance_eur: exports_eur - 100,
    previous: null,
  }));
  const matrix = { total_eur: 0, sources: [], targets: [], links: [] };
  const none = { gains: [], losses: [] };
  return makeFigures({
    territory: { kind: 'departement', code: '42', name: 'Loire', slug: '42-loire' },
    region: ARA,
    year: 2024,
    demo: true,
    partial_year: false,
    quarters: [1, 2, 3, 4],
    period: { from: '2024-T1', to: '2024-T4', quarters: 4 },
    previous_period: null,
    exports: {
      total_eur: total,
      share_of_region: 0.059,
      share_of_france: 0.0072,
      previous_eur: null,
      change_rate: null,
    },
    imports: {
      total_eur: 5_000_000_000,
      share_of_region: 0.06,
      share_of_france: 0.007,
      previous_eur: null,
      change_rate: null,
    },
    balance_eur: total - 5_000_000_000,
    exports_to_us_eur: exportsByCountry['US'] ?? 0,
    history: [{ year: 2024, exports_eur: total, imports_eur: 5_000_000_000, quarters: 4 }],
    partners,
    activities: { imports: [], exports: [] },
    movers: { exports: { partners: none, activities: none }, imports: { partners: none, activities: none } },
    flows: { exports: { ...matrix, total_eur: total }, imports: matrix },
    territoires_industrie: ['Roannais Forez', 'Lezoux – Thiers – Ambert – Montbrison'],
    territoires_industrie_detail: [],
    territoires_industrie_list: 'default',
  });
}

/** The map's first four indicators (the others absent: not offered by the map). */
export function coreIndicators(
  exports_eur: number,
  imports_eur: number,
  us: number | null,
): Record<string, number | null> {
  return {
    exportations: exports_eur,
    importations: imports_eur,
    solde: exports_eur - imports_eur,
    'part-etats-unis': us,
  };
}

function dept(
  code: string,
  name: string,
  slug: string,
  region: TerritoryRef,
  values: [number, number, number | null],
  tis: string[] = [],
): SiteEntry {
  const [exports_eur, imports_eur, us] = values;
  return {
    territory: { kind: 'departement', code, name, slug },
    href: `departements/${slug}.html`,
    region,
    territoires_industrie: tis,
    indicators: coreIndicators(exports_eur, imports_eur, us),
    specialisation: [],
  };
}

function aggregate(territory: TerritoryRef, href: string, exports_eur: number, imports_eur: number): SiteEntry {
  return {
    territory,
    href,
    region: null,
    territoires_industrie: [],
    indicators: coreIndicators(exports_eur, imports_eur, 0.08),
    specialisation: [],
  };
}

/** A fixed small set: a few départements (mainland, Corse, a DROM, Monaco), two régions, France. */
export function smallEntries(): SiteEntry[] {
  return [
    dept('07', 'Ardèche', '07-ardeche', ARA, [1_350_000_000, 1_020_000_000, 0.031], ['Ardèche Rhône Coiron']),
    dept('20', 'Corse (2A, 2B)', '20-corse', CORSE_REGION, [95_300_000, 780_400_000, null]),
    dept(
      '42',
      'Loire',
      '42-loire',
      ARA,
      [4_192_100_000, 4_550_000_000, 0.0743],
      ['Lezoux – Thiers – Ambert – Montbrison', 'Roannais Forez', 'Vallée du Gier, de l’Ondaine et de Loire Sud'],
    ),
    dept(
      '63',
      'Puy-de-Dôme',
      '63-puy-de-dome',
      ARA,
      [5_920_000_000, 3_870_000_000, 0.112],
      ['Lezoux – Thiers – Ambert – Montbrison'],
    ),
    dept('69', 'Rhône', '69-rhone', ARA, [21_400_000_000, 25_600_000_000, 0.094]),
    dept('971', 'Guadeloupe', '971-guadeloupe', GUADELOUPE_REGION, [210_000_000, 2_950_000_000, 0.012]),
    dept('99', 'Monaco', '99-monaco', PACA, [1_020_000_000, 880_000_000, 0.05]),
    aggregate(ARA, 'regions/84-auvergne-rhone-alpes.html', 71_300_000_000, 76_300_000_000),
    aggregate(CORSE_REGION, 'regions/94-corse.html', 95_300_000, 780_400_000),
    aggregate(
      { kind: 'france', code: 'FR', name: 'France', slug: 'france' },
      'france.html',
      580_000_000_000,
      685_000_000_000,
    ),
  ];
}
