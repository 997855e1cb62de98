import { describe, expect, it } from 'vitest';
import { plainSpaces } from '../../../src/format/fr.js';
import { figuresSummary } from '../../../src/report/text/figures-summary.js';
import { makeFigures } from '../../helpers/figures.js';

const paca = { kind: 'region' as const, code: '93', name: 'Provence-Alpes-Côte d’Azur', slug: '93-paca' };
const entry = (n: number) => ({ in_france: n, of_france: 101, in_region: 5, of_region: 7 });

describe('figuresSummary', () => {
  it('names Monaco and Corse as the fiche does, never « (99) » nor « (2A, 2B) (20) » (issue 21)', () => {
    const monaco = makeFigures({
      territory: { kind: 'departement', code: '99', name: 'Monaco', slug: '99-monaco' },
      region: paca,
      rank: { exports: entry(88), imports: entry(68), balance: entry(69), previous: null },
    });
    const text = plainSpaces(figuresSummary(monaco));
    expect(text.split('\n')[0]).toBe('Monaco — 2024 — région Provence-Alpes-Côte d’Azur');
    expect(text).toContain('Rang : 88e des 101 territoires à l');
    const corse = makeFigures({
      territory: { kind: 'departement', code: '20', name: 'Corse (2A, 2B)', slug: '20-corse' },
    });
    expect(figuresSummary(corse).split('\n')[0]).toMatch(/^Corse \(2A, 2B\) — 2024/);
  });

  it('reads the balance’s word and the change’s sign from their printed values', () => {
    const f = makeFigures({
      exports: {
        total_eur: 10e6,
        share_of_region: null,
        share_of_france: null,
        previous_eur: 10e6,
        change_rate: 0.00004,
      },
      imports: {
        total_eur: 10.04e6,
        share_of_region: null,
        share_of_france: null,
        previous_eur: null,
        change_rate: null,
      },
      balance_eur: -40_000,
      previous_period: { from: '2023-T1', to: '2023-T4' },
    });
    const text = plainSpaces(figuresSummary(f));
    expect(text).toContain('Solde commercial : 0,0 M€ (équilibre)');
    expect(text).toContain('Exportations : 10,0 M€ ; 0,0 % par rapport à 2023');
  });
});
