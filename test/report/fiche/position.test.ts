import { describe, expect, it } from 'vitest';
import { rankTable, tradeSums, type SpecialisationEntry } from '../../../src/figures/position/position.js';
import { positionOverTime } from '../../../src/figures/position/over-time.js';
import type { TerritoryRef } from '../../../src/model/territory.js';
import {
  DEPENDENCIES_SHOWN,
  positionTables,
  renderPositionSection,
  renderSpecialisation,
  specialisationRows,
  type PositionFigures,
} from '../../../src/report/fiche/position.js';
import { labels, row } from '../../figures/fixtures.js';

const loireRef: TerritoryRef = { kind: 'departement', code: '42', name: 'Loire', slug: '42-loire' };
const ara: TerritoryRef = { kind: 'region', code: '84', name: 'Auvergne-Rhône-Alpes', slug: '84-auvergne-rhone-alpes' };
const franceRef: TerritoryRef = { kind: 'france', code: 'FR', name: 'France', slug: 'france' };

// Loire imports 12 activities each from one country (12 dependencies), exports steel to the US.
const loire = [
  row('E', 'C24A', 'US', 300),
  row('E', 'C24A', 'DE', 100),
  row('E', 'C10A', 'DE', 600),
  ...Array.from({ length: 12 }, (_, i) => row('I', `C2${String.fromCharCode(65 + i)}Z`, 'CN', 10 * (i + 1))),
];
const rhone = [
  row('E', 'C10A', 'DE', 8000, '69'),
  row('E', 'C21Z', 'US', 1000, '69'),
  row('I', 'C26A', 'DE', 90, '69'),
];
const base = {
  ranks: rankTable(
    [
      { code: '42', region: '84', exports: 1000, imports: 780 },
      { code: '69', region: '84', exports: 9000, imports: 90 },
    ],
    [{ code: '84', exports: 10000, imports: 870 }],
  ),
  france: tradeSums([...loire, ...rhone]),
};
const YEAR_2024 = { from: '2024-T1', to: '2024-T4', quarters: 4 };
const subject = (territory: TerritoryRef, region: TerritoryRef | null) => ({
  territory,
  region,
  year: 2024,
  period: YEAR_2024,
  previous_period: null,
});
const loireFigures: PositionFigures = {
  ...subject(loireRef, ara),
  ...positionOverTime(loireRef, tradeSums(loire), base, null, labels),
};
const franceFigures: PositionFigures = {
  ...subject(franceRef, null),
  ...positionOverTime(franceRef, tradeSums([...loire, ...rhone]), base, null, labels),
};
// 2023: the Loire sent 10 % of its exports to the United States (100 of 1 000) and ranked first.
const loire2023 = [row('E', 'C24A', 'US', 100), row('E', 'C10A', 'DE', 900)];
const base2023 = {
  ranks: rankTable(
    [
      { code: '42', region: '84', exports: 1000, imports: 0 },
      { code: '69', region: '84', exports: 900, imports: 0 },
    ],
    [{ code: '84', exports: 1900, imports: 0 }],
  ),
  france: tradeSums([...loire2023, row('E', 'C10A', 'DE', 900, '69')]),
};
const loireOverTime: PositionFigures = {
  ...subject(loireRef, ara),
  previous_period: { from: '2023-T1', to: '2023-T4' },
  ...positionOverTime(loireRef, tradeSums(loire), base, { sums: tradeSums(loire2023), base: base2023 }, labels),
};
const SOURCE = 'Source\u00A0: données fictives de démonstration, 2024\u00A0; traitement territrade';
const csv = (key: string) => `donnees/42-loire-${key}.csv`;

describe('specialisation rows', () => {
  it('keeps the largest indices above 1 among activities weighing at least 1 %', () => {
    const e = (code: string, share: number, index: number): SpecialisationEntry => ({
      code,
      name: code,
      a17: 'C5',
      share,
      france_share: share / index,
      index,
    });
    const entries = [
      e('A', 0.005, 50),
      e('B', 0.3, 9),
      ...Array.from({ length: 10 }, (_, i) => e(`C${i}`, 0.02, 8 - i * 0.5)),
      e('D', 0.5, 1),
      e('E', 0.1, 0.5),
    ];
    const rows = specialisationRows(entries);
    expect(rows.map((r) => r.code)).toEqual(['B', 'C0', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
  });
});

describe('position section', () => {
  const chart = renderSpecialisation(loireFigures, SOURCE);
  const html = renderPositionSection(loireFigures, chart, csv);

  it('gives a département its rank, specialisation chart, concentration, US block and dependencies', () => {
    expect(html).toContain('<h2 id="position-titre">Positionnement et exposition</h2>');
    expect(html).toContain('Loire (42) occupe le 2<sup>e</sup> rang des 2 départements pour ses exportations');
    expect(html).toContain('id="graphique-specialisation"');
    expect(html).toContain(
      'Les exportations dépendent autant de leurs partenaires que si elles étaient réparties également entre 2 pays',
    );
    expect(html).toContain('Les États-Unis reçoivent <strong>30,0\u00A0%</strong> des exportations du département');
    expect(html).toContain('href="donnees/42-loire-etats-unis.csv"');
    expect(html).toContain(
      `12 activités tirent la moitié ou plus de leurs importations d’un seul pays. Les ${DEPENDENCIES_SHOWN} plus importantes en valeur`,
    );
  });

  it('shows the largest dependencies by value and keeps them all in the CSV table', () => {
    const shown = [...html.matchAll(/<th scope="row">Activité (C2[A-L]Z)<\/th><td>Pays CN/g)].map((m) => m[1]);
    expect(shown).toEqual(['C2LZ', 'C2KZ', 'C2JZ', 'C2IZ', 'C2HZ', 'C2GZ', 'C2FZ', 'C2EZ', 'C2DZ', 'C2CZ']);
    const tables = positionTables(loireFigures, chart);
    expect(tables.dependances!.rows).toHaveLength(12);
    expect(tables['etats-unis']!.rows).toEqual([['Activité C24A', 'C24A', 300, 0.75]]);
    expect(tables.specialisation!.rows[0]).toEqual(['Activité C24A', 'C24A', 0.4, 400 / 10000, 10]);
  });

  it('gives France neither a rank nor a specialisation chart', () => {
    expect(renderSpecialisation(franceFigures, SOURCE)).toBeNull();
    const out = renderPositionSection(franceFigures, null, csv);
    expect(out).not.toContain('<h3>Rang</h3>');
    expect(out).not.toContain('graphique-specialisation');
    expect(out).toContain('Cette partie mesure l’exposition de la France');
    expect(out).toContain('des exportations de la France');
  });

  it('says whether exposure grew and where the territory ranked the year before', () => {
    const out = renderPositionSection(loireOverTime, null, csv);
    expect(out).toContain('En 2023, cette part était de 10,0\u00A0%\u00A0: elle a augmenté de 20,0\u00A0points.');
    expect(out).toContain('pour ses exportations (1<sup>er</sup> en 2023)');
    expect(html).not.toContain('En 2023');
  });

  it('names a one-quarter previous period « 2024 (T1) », as the evolution section does', () => {
    const out = renderPositionSection(
      {
        ...loireOverTime,
        year: 2025,
        period: { from: '2025-T1', to: '2025-T1', quarters: 1 },
        previous_period: { from: '2024-T1', to: '2024-T1' },
      },
      null,
      csv,
    );
    expect(out).toContain('En 2024 (T1), cette part était de 10,0\u00A0%');
    expect(out).toContain('(1<sup>er</sup> en 2024 (T1))');
    expect(out).not.toContain('T1–T1');
  });

  it('agrees the dependencies lead-in with one activity', () => {
    const one = { ...loireFigures, dependencies: { imports: loireFigures.dependencies.imports.slice(0, 1) } };
    expect(renderPositionSection(one, chart, csv)).toContain(
      'Une activité tire la moitié ou plus de ses importations d’un seul pays. La voici, par valeur décroissante\u00A0:',
    );
  });

  it('has no download link when printed', () => {
    expect(renderPositionSection(loireFigures, chart, csv, true)).not.toContain('download');
  });
});
