// The data files carry the codes behind the names (the charts' code columns) and the period on every line.
import { describe, expect, it } from 'vitest';
import type { ChartTable } from '../../src/charts/types.js';
import type { Figures } from '../../src/figures/types.js';
import { csvTable } from '../../src/report/csv-codes.js';
import { tablePeriod } from '../../src/report/period-labels.js';
import { tableToCsv } from '../../src/report/csv.js';
import { renderDataTable } from '../../src/report/fiche/table.js';
import { renderFlowSankey, renderPartnersChart } from '../../src/charts/index.js';
import { makeFigures } from '../helpers/figures.js';
import { departementFigures } from './site/fixtures.js';

function figures(): Figures {
  const f = departementFigures({ DE: 600, US: 300 }, 900);
  const partners = [
    {
      country: 'DE',
      name: 'Allemagne',
      exports_eur: 600,
      imports_eur: 100,
      balance_eur: 500,
      previous: null,
    },
    {
      country: 'US',
      name: 'États-Unis',
      exports_eur: 300,
      imports_eur: 100,
      balance_eur: 200,
      previous: null,
    },
  ];
  const flows = {
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
  return makeFigures({ ...f, partners, flows: { ...f.flows, exports: flows } });
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

  it('adds the period on every line, and keeps the code columns the charts carry', () => {
    const table: ChartTable = {
      caption: '',
      columns: ['Pays', 'Code pays', 'Importations (euros)'],
      kinds: ['text', 'code', 'euros'],
      rows: [
        ['Allemagne', 'DE', 100],
        ['États-Unis', 'US', 100],
      ],
    };
    const out = csvTable('partenaires', table, figures());
    expect(out.columns).toEqual(['Pays', 'Code pays', 'Importations (euros)', 'Période']);
    expect(tableToCsv(out)).toBe(
      '\uFEFFPays;Code pays;Importations (euros);Période\r\nAllemagne;"DE";100;2024\r\nÉtats-Unis;"US";100;2024\r\n',
    );
  });

  it('the partners and Sankey charts carry the codes of their names; the fiche hides them, the CSV writes them', () => {
    const subject = { name: 'Loire', tncc: 3 as const, year: 2024, slug: '42-loire', source: 'Source' };
    const partners = renderPartnersChart({
      subject,
      partners: [{ country: 'DE', name: 'Allemagne', imports_eur: 1, exports_eur: 2, balance_eur: 1 }],
      totals: { imports_eur: 1, exports_eur: 2 },
    }).table;
    expect(partners.columns.slice(0, 2)).toEqual(['Pays', 'Code pays']);
    expect(partners.rows[0]!.slice(0, 2)).toEqual(['Allemagne', 'DE']);
    const node = (code: string, name: string) => ({ code, name, value_eur: 5 });
    const flows = (direction: 'exports' | 'imports') =>
      renderFlowSankey({
        subject,
        direction,
        total_eur: 5,
        sources: [direction === 'exports' ? node('C21Z', 'Produits pharmaceutiques') : node('CN', 'Chine')],
        targets: [direction === 'exports' ? node('US', 'États-Unis') : node('C21Z', 'Produits pharmaceutiques')],
        links: [
          {
            source: direction === 'exports' ? 'C21Z' : 'CN',
            target: direction === 'exports' ? 'US' : 'C21Z',
            value_eur: 5,
            highlight: true,
          },
        ],
      }).table;
    const exports = flows('exports');
    expect(exports.columns.slice(0, 4)).toEqual(['Produit', 'Code A129', 'Pays de destination', 'Code pays']);
    expect(exports.rows[0]!.slice(0, 4)).toEqual(['Produits pharmaceutiques', 'C21Z', 'États-Unis', 'US']);
    const imports = flows('imports');
    expect(imports.columns.slice(0, 4)).toEqual(["Pays d'origine", 'Code pays', 'Produit', 'Code A129']);
    expect(imports.rows[0]!.slice(0, 4)).toEqual(['Chine', 'CN', 'Produits pharmaceutiques', 'C21Z']);
    const html = renderDataTable(exports);
    expect(html).not.toContain('Code pays');
    expect(html).not.toContain('>US<');
    expect(html).toContain('États-Unis');
    expect(tableToCsv(csvTable('flux-exportations', exports, figures()))).toContain(
      'Produits pharmaceutiques;"C21Z";États-Unis;"US";5;100;oui;2024',
    );
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
