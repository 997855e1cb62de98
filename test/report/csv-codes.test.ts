// The data files carry the codes behind the names and the period on every line.
import { describe, expect, it } from 'vitest';
import type { ChartTable } from '../../src/charts/types.js';
import type { Figures } from '../../src/figures/types.js';
import { csvTable } from '../../src/report/csv-codes.js';
import { tablePeriod } from '../../src/report/period-labels.js';
import { tableToCsv } from '../../src/report/csv.js';
import { departementFigures } from './site/fixtures.js';

function figures(): Figures {
  const f = departementFigures({ DE: 600, US: 300 }, 900);
  f.partners = [
    {
      country: 'DE',
      name: 'Allemagne',
      exports_eur: 600,
      imports_eur: 100,
      balance_eur: 500,
      exports_previous_eur: null,
      imports_previous_eur: null,
    },
    {
      country: 'US',
      name: 'États-Unis',
      exports_eur: 300,
      imports_eur: 100,
      balance_eur: 200,
      exports_previous_eur: null,
      imports_previous_eur: null,
    },
  ];
  f.flows.exports = {
    total_eur: 900,
    sources: [
      { code: 'C21Z', name: 'Produits pharmaceutiques', value_eur: 700 },
      { code: 'AUTRES', name: 'Autres produits', value_eur: 200 },
    ],
    targets: [
      { code: 'DE', name: 'Allemagne', value_eur: 600 },
      { code: 'US', name: 'États-Unis', value_eur: 300 },
    ],
    links: [],
  };
  return f;
}

describe('csvTable', () => {
  it('leaves the evolution table, one row per year, without the fiche’s period', () => {
    const t: ChartTable = {
      caption: 'x',
      columns: ['Année', 'Trimestres couverts'],
      kinds: ['text', 'text'],
      rows: [
        ['2023', 'T1–T4'],
        ['2024', 'T1–T4'],
      ],
    };
    expect(csvTable('evolution', t, figures())).toEqual(t);
  });

  it('adds the country code after the partner’s name and the period on every line', () => {
    const table: ChartTable = {
      caption: '',
      columns: ['Pays', 'Importations (euros)'],
      kinds: ['text', 'euros'],
      rows: [
        ['Allemagne', 100],
        ['États-Unis', 100],
      ],
    };
    const out = csvTable('partenaires', table, figures());
    expect(out.columns).toEqual(['Pays', 'Code pays', 'Importations (euros)', 'Période']);
    expect(out.rows).toEqual([
      ['Allemagne', 'DE', 100, '2024'],
      ['États-Unis', 'US', 100, '2024'],
    ]);
    expect(tableToCsv(out)).toBe(
      '\uFEFFPays;Code pays;Importations (euros);Période\r\nAllemagne;DE;100;2024\r\nÉtats-Unis;US;100;2024\r\n',
    );
  });

  it('codes both ends of an export flow: the A129 activity and the country', () => {
    const table: ChartTable = {
      caption: '',
      columns: ['Produit', 'Pays de destination', 'Valeur (euros)'],
      kinds: ['text', 'text', 'euros'],
      rows: [
        ['Produits pharmaceutiques', 'États-Unis', 300],
        ['Autres produits', 'Allemagne', 200],
      ],
    };
    const out = csvTable('flux-exportations', table, figures());
    expect(out.columns).toEqual([
      'Produit',
      'Code A129',
      'Pays de destination',
      'Code pays',
      'Valeur (euros)',
      'Période',
    ]);
    expect(out.rows[0]).toEqual(['Produits pharmaceutiques', 'C21Z', 'États-Unis', 'US', 300, '2024']);
    expect(out.rows[1]).toEqual(['Autres produits', 'AUTRES', 'Allemagne', 'DE', 200, '2024']);
    expect(out.kinds).toEqual(['text', 'text', 'text', 'text', 'euros', 'text']);
  });

  it('codes both ends of an import flow the other way round: the country, then the A129 activity', () => {
    const f = figures();
    f.flows.imports = {
      total_eur: 500,
      sources: [{ code: 'CN', name: 'Chine', value_eur: 500 }],
      targets: [{ code: 'C26Z', name: 'Produits informatiques', value_eur: 500 }],
      links: [],
    };
    const table: ChartTable = {
      caption: '',
      columns: ['Pays d’origine', 'Produit', 'Valeur (euros)'],
      kinds: ['text', 'text', 'euros'],
      // A name the flow does not hold gets an empty code.
      rows: [
        ['Chine', 'Produits informatiques', 500],
        ['Japon', 'Produits informatiques', 1],
      ],
    };
    const out = csvTable('flux-importations', table, f);
    expect(out.columns).toEqual(['Pays d’origine', 'Code pays', 'Produit', 'Code A129', 'Valeur (euros)', 'Période']);
    expect(out.rows).toEqual([
      ['Chine', 'CN', 'Produits informatiques', 'C26Z', 500, '2024'],
      ['Japon', '', 'Produits informatiques', 'C26Z', 1, '2024'],
    ]);
  });

  it('adds only the period to tables that already carry their codes', () => {
    const table: ChartTable = {
      caption: '',
      columns: ['Code A129', 'Valeur (euros)'],
      kinds: ['text', 'euros'],
      rows: [['C21Z', 5]],
    };
    expect(csvTable('activites', table, figures()).rows).toEqual([['C21Z', 5, '2024']]);
  });

  it('names a partial year with its quarters', () => {
    const f = { ...figures(), partial_year: true, quarters: [2, 1] };
    expect(tablePeriod(f)).toBe('2024 (T1–T2)');
    expect(tablePeriod({ ...f, quarters: [1] })).toBe('2024 (T1)');
    expect(tablePeriod(figures())).toBe('2024');
  });

  it('names a window of quarters across two years by its bounds', () => {
    const f = { ...figures(), year: null, period: { from: '2024-T3', to: '2025-T2', quarters: 4 } };
    expect(tablePeriod(f)).toBe('2024-T3 – 2025-T2');
  });
});
