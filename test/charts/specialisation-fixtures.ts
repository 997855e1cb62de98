// Typed inputs of the specialisation chart: a Loire-like case and the edge cases it must survive.
import type { SpecialisationInput, SpecialisationRow } from '../../src/charts/specialisation.js';

const SOURCE = 'Source\u00A0: données fictives de démonstration, 2024\u00A0; traitement territrade';
const loire = { name: 'Loire', tncc: 3 as const, year: 2024, slug: '42-loire', source: SOURCE };

function row(code: string, name: string, share: number, france_share: number): SpecialisationRow {
  return { code, name, share, france_share, index: share / france_share };
}

export const SPECIALISATION_FIXTURES: Record<string, SpecialisationInput> = {
  loire: {
    subject: loire,
    flow: 'exports',
    rows: [
      row('C24A', "Produits sidérurgiques et de première transformation de l'acier", 0.27, 0.03),
      row('C28D', "Machines d'usage général", 0.12, 0.04),
      row('C22B', 'Produits en plastique', 0.08, 0.032),
      row('C13Z', 'Produits textiles', 0.021, 0.012),
      row('C10A', 'Viandes et produits à base de viande', 0.03, 0.02),
    ],
  },
  imports: {
    subject: {
      name: 'Provence-Alpes-Côte d’Azur',
      tncc: 0,
      year: 2023,
      slug: '93-provence-alpes-cote-d-azur',
      source: SOURCE,
    },
    flow: 'imports',
    rows: [
      row('B06Z', 'Pétrole brut et gaz naturel', 0.41, 0.09),
      row('C19Z', 'Produits du raffinage du pétrole', 0.12, 0.05),
    ],
  },
  tiny: {
    subject: { name: 'Guadeloupe', tncc: 3, year: 2024, slug: '971-guadeloupe', source: SOURCE },
    flow: 'exports',
    rows: [
      row('A03Z', 'Produits de la pêche et de l’aquaculture', 0.0042, 0.0004),
      row('C11Z', 'Boissons', 0.0031, 0.0011),
    ],
  },
  'long-labels': {
    subject: {
      name: 'Territoire au nom particulièrement long pour un titre de colonne',
      tncc: 0,
      year: 2024,
      slug: 'long',
      source: SOURCE,
    },
    flow: 'exports',
    rows: [
      row(
        'C20B',
        'Produits chimiques de base, produits azotés et engrais, matières plastiques de base et caoutchouc synthétique',
        0.5,
        0.02,
      ),
      row('C26A', 'Anticonstitutionnellementtransformésdelongueurextrêmeetplusencore', 0.2, 0.1),
      row('C30A', 'Navires et bateaux', 0.15, 0.149),
    ],
  },
  empty: { subject: loire, flow: 'exports', rows: [] },
};
