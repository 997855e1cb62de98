// Typed inputs of the « Pistes d'action » charts: Loire-like cases, a région's long name, tiny
// values and the empty blocks.
import type { LeadsInput } from '../../src/charts/leads.js';

const SOURCE = 'Source\u00A0: données fictives de démonstration, 2024\u00A0; traitement territrade';
const loire = { name: 'Loire', tncc: 3 as const, year: 2024, slug: '42-loire', source: SOURCE };
const paca = {
  name: 'Provence-Alpes-Côte d’Azur',
  tncc: 0 as const,
  year: 'T3 2024 – T2 2025',
  slug: '93-provence-alpes-cote-d-azur',
  source: SOURCE,
};

export const LEADS_FIXTURES: Record<string, LeadsInput> = {
  'debouches-loire': {
    subject: loire,
    kind: 'debouches',
    rows: [
      {
        code: 'C24A',
        name: "Produits sidérurgiques et de première transformation de l'acier",
        country: 'ES',
        country_name: 'Espagne',
        exports_eur: 12_300_000,
        expected_eur: 48_900_000,
      },
      {
        code: 'C28D',
        name: "Machines d'usage général",
        country: 'US',
        country_name: 'États-Unis',
        exports_eur: 4_100_000,
        expected_eur: 21_700_000,
      },
      {
        code: 'C22B',
        name: 'Produits en plastique',
        country: 'GB',
        country_name: 'Royaume-Uni',
        exports_eur: 0,
        expected_eur: 9_450_000,
      },
    ],
  },
  'debouches-tiny': {
    subject: { name: 'Guadeloupe', tncc: 3, year: 2024, slug: '971-guadeloupe', source: SOURCE },
    kind: 'debouches',
    rows: [
      {
        code: 'C10A',
        name: 'Viandes et produits à base de viande',
        country: 'MQ',
        country_name: 'Martinique',
        exports_eur: 12_000,
        expected_eur: 41_000,
      },
    ],
  },
  'debouches-empty': { subject: loire, kind: 'debouches', rows: [] },
  'approvisionnements-region': {
    subject: paca,
    kind: 'approvisionnements',
    rows: [
      {
        code: 'B06Z',
        name: 'Pétrole brut et gaz naturel',
        country: 'DZ',
        country_name: 'Algérie',
        share: 0.71,
        france_share: 0.18,
      },
      {
        code: 'C26A',
        name: 'Composants et cartes électroniques',
        country: 'CN',
        country_name: 'Chine',
        share: 0.55,
        france_share: 0.62,
      },
    ],
  },
  'approvisionnements-empty': { subject: loire, kind: 'approvisionnements', rows: [] },
  'activites-loire': {
    subject: loire,
    kind: 'activites',
    rows: [
      { code: 'C25A', name: 'Éléments en métal pour la construction', density: 0.62, rca: 0.94 },
      { code: 'C27A', name: 'Moteurs, génératrices et transformateurs électriques', density: 0.55, rca: 0.41 },
      { code: 'C16Z', name: 'Bois, produits en bois et en liège', density: 0.48, rca: 0.05 },
      { code: 'C20A', name: 'Produits chimiques de base', density: 0.31, rca: 0 },
    ],
  },
  'activites-empty': { subject: loire, kind: 'activites', rows: [] },
};
