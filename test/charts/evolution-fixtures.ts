// Typed inputs of the evolution chart, built from amounts in M€: a Loire-like history with a
// partial last year, and the edge cases the chart must survive.
import type { EvolutionInput, EvolutionYear } from '../../src/charts/evolution.js';
import type { Tncc } from '../../src/format/article.js';
import { DGDDI_SOURCE } from './fixtures/build.js';

const FULL = [1, 2, 3, 4];

export const EMEBI_BREAK = {
  year: 2022,
  label: 'EMEBI',
  note: 'Pointillés entre 2021 et 2022 : changement de collecte.',
};

/** One year from amounts in millions of euros (whole year unless `quarters` says otherwise). */
export function year(y: number, exportsM: number, importsM: number, quarters: number[] = FULL): EvolutionYear {
  return { year: y, exports_eur: Math.round(exportsM * 1e6), imports_eur: Math.round(importsM * 1e6), quarters };
}

export function evolutionInput(name: string, tncc: Tncc, slug: string, years: EvolutionYear[]): EvolutionInput {
  return { subject: { name, tncc, slug, source: DGDDI_SOURCE }, years };
}

export const EVOLUTION_FIXTURES: Record<string, EvolutionInput> = {
  // The spec fiche's 2024 (4 192,1 / 4 742,8 M€), a 2020 slump, a 2022 import peak, 2025 T1–T2.
  loire: evolutionInput('Loire', 3, '42-loire', [
    year(2019, 4010.5, 4390.2),
    year(2020, 3350.8, 3720.4),
    year(2021, 3890.1, 4310.9),
    year(2022, 4305.6, 5120.3),
    year(2023, 4063.2, 4801.7),
    year(2024, 4192.1, 4742.8),
    year(2025, 2130.4, 2305.9, [1, 2]),
  ]),
  // Exports above imports every year: the balance stays above zero.
  surplus: evolutionInput('Haute-Garonne', 3, '31-haute-garonne', [
    year(2021, 21050, 9800),
    year(2022, 24600, 12100),
    year(2023, 27300, 12900),
    year(2024, 28900, 13400),
  ]),
  // France: hundreds of billions, a deficit far below zero.
  france: evolutionInput('France', 3, 'france', [
    year(2019, 508000, 567000),
    year(2020, 428000, 493000),
    year(2021, 500000, 585000),
    year(2022, 588000, 751000),
    year(2023, 607000, 706000),
    year(2024, 598000, 679000),
  ]),
  // A tiny territory (tens of thousands of euros), a year missing in the middle, a partial first year.
  tiny: evolutionInput('Saint-Pierre-et-Miquelon', 0, '975-saint-pierre-et-miquelon', [
    year(2020, 0.021, 0.35, [3, 4]),
    year(2021, 0.045, 0.41),
    year(2023, 0.038, 0.52),
    year(2024, 0, 0.47),
  ]),
  // Many years: one label every two years.
  'many-years': evolutionInput(
    'Loire',
    3,
    '42-loire',
    Array.from({ length: 13 }, (_, i) => year(2013 + i, 3000 + 90 * i, 3400 + 110 * i, i === 12 ? [1, 2, 3] : FULL)),
  ),
  // The Loire with the EMEBI break of 2022 and its partial 2025 beside T1–T2 2024.
  'break-and-partial': {
    ...evolutionInput('Loire', 3, '42-loire', [
      year(2019, 4010.5, 4390.2),
      year(2020, 3350.8, 3720.4),
      year(2021, 3890.1, 4310.9),
      year(2022, 4305.6, 5120.3),
      year(2023, 4063.2, 4801.7),
      year(2024, 4192.1, 4742.8),
      { ...year(2025, 2130.4, 2305.9, [1, 2]), before: { exports_eur: 2052.3e6, imports_eur: 2401.2e6 } },
    ]),
    breaks: [EMEBI_BREAK],
  },
  single: evolutionInput('Lozère', 3, '48-lozere', [year(2024, 9.2, 14.6)]),
  empty: evolutionInput('Loire', 3, '42-loire', []),
};
