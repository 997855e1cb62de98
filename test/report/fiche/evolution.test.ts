import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMillions, plainSpaces } from '../../../src/format/fr.js';
import {
  historyYears,
  printedChange,
  moversTable,
  renderEvolutionCharts,
  renderEvolutionSection,
} from '../../../src/report/fiche/evolution.js';
import { changeText, evolutionSource, yearEarlier } from '../../../src/report/fiche/prose-evolution.js';
import { periodWords } from '../../../src/report/fiche/wording.js';
import { tableToCsv } from '../../../src/report/csv.js';
import { assertGolden } from '../../helpers/golden.js';
import { loireChanges, windowWithoutPrevious } from './evolution-fixtures.js';

const SOURCE = 'Source\u00A0: données fictives de démonstration, 2024\u00A0; traitement territrade';
const csv = (key: string) => `donnees/42-loire-${key}.csv`;

describe('period words', () => {
  it('names a whole year, part of a year and a window across two years', () => {
    expect(periodWords({ from: '2023-T1', to: '2023-T4' })).toBe('2023');
    expect(periodWords({ from: '2024-T1', to: '2024-T2' })).toBe('2024 (T1–T2)');
    expect(periodWords({ from: '2024-T3', to: '2025-T2' })).toBe('T3\u00A02024 – T2\u00A02025');
    // One quarter: « (T1) », never « (T1–T1) » (the position section's own copy wrote that).
    expect(periodWords({ from: '2025-T1', to: '2025-T1' })).toBe('2025 (T1)');
    expect(periodWords({ from: '2024-T2', to: '2024-T4' })).toBe('2024 (T2–T4)');
    expect(yearEarlier({ from: '2024-T3', to: '2025-T2' })).toEqual({ from: '2023-T3', to: '2024-T2' });
  });

  it('gives the evolution chart the years it shows as its source period, demo data named as such', () => {
    expect(evolutionSource(true, [2019, 2020, 2025])).toBe(
      'Source\u00A0: données fictives de démonstration, 2019–2025\u00A0; traitement territrade',
    );
    expect(evolutionSource(false, [2024])).toBe(
      'Source\u00A0: DGDDI, statistiques régionales et départementales du commerce extérieur, 2024\u00A0; traitement territrade',
    );
  });

  it('writes the change on the previous period, nothing when it is unknown', () => {
    expect(changeText(0.0317, { from: '2023-T1', to: '2023-T4' })).toBe('+3,2\u00A0% par rapport à 2023');
    expect(changeText(-0.0123, { from: '2023-T3', to: '2024-T2' })).toBe(
      '\u22121,2\u00A0% par rapport à la période T3\u00A02023 – T2\u00A02024',
    );
    expect(changeText(null, { from: '2023-T1', to: '2023-T4' })).toBe('');
    expect(changeText(0.1, null)).toBe('');
  });
});

describe('the « Évolution » section', () => {
  const f = loireChanges();
  const charts = renderEvolutionCharts(f, SOURCE);
  const html = renderEvolutionSection(f, charts, csv);

  it('matches its golden file', () => {
    assertGolden('fiche/evolution-loire.html', html);
  });

  it('maps the history to the chart: the partial last year with its first quarters', () => {
    const years = historyYears(f);
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(years[6]!.quarters).toEqual([1, 2]);
    expect(years[5]!.quarters).toEqual([1, 2, 3, 4]);
    // A partial first year (a store that starts with a latest publication) holds its last quarters.
    const late = {
      ...f,
      history: [
        { year: 2024, exports_eur: 1, imports_eur: 1, quarters: 3 },
        { year: 2025, exports_eur: 1, imports_eur: 1, quarters: 2 },
      ],
    };
    expect(historyYears(late).map((y) => y.quarters)).toEqual([
      [2, 3, 4],
      [1, 2],
    ]);
    expect(charts.chart.svg).toContain('(T1–T2)');
  });

  it('does not repeat the key figures’ totals and changes under its chart (issue 21)', () => {
    expect(html).not.toContain('Sur la période de cette fiche');
    expect(html).not.toContain('class="totals changes"');
  });

  it('lists the largest rises and falls by partner and activity, at export and import', () => {
    expect(html).toContain('<h3>Principales évolutions</h3>');
    expect(html.match(/<table class="data movers"/g)).toHaveLength(2);
    expect(html).toContain('<th scope="rowgroup" colspan="5" class="group">Pays en hausse</th>');
    expect(html).toContain('<th scope="row">États-Unis</th>');
    // Previous zero: no rate, a dash.
    expect(html).toMatch(
      /<th scope="row">Viêt Nam<\/th><td class="num">0,0<\/td><td class="num">12,5<\/td><td class="num rise">\+12,5<\/td><td class="num">–<\/td>/,
    );
    // Imports have no activity movers: their groups are left out.
    const imports = html.slice(html.indexOf('id="evolutions-importations"'));
    expect(imports).not.toContain('Activités en hausse');
    expect(html).toContain('href="donnees/42-loire-principales-evolutions.csv"');
  });

  it('writes the movers as one tidy CSV table', () => {
    const t = moversTable(f)!;
    expect(t.kinds).toEqual(['text', 'text', 'text', 'text', 'text', 'euros', 'euros', 'euros', 'change']);
    expect(t.rows).toHaveLength(8);
    expect(t.rows[0]).toEqual([
      'Exportations',
      'Pays',
      'Hausse',
      'États-Unis',
      'US',
      306e6,
      251.4e6,
      306e6 - 251.4e6,
      (306e6 - 251.4e6) / 251.4e6,
    ]);
    expect(t.rows.find((r) => r[4] === 'VN')![8]).toBe('');
    const text = tableToCsv(t);
    expect(text).toContain(
      'Flux;Catégorie;Sens;Pays ou activité;Code;Valeur 2024 (euros);Valeur 2023 (euros);Évolution (euros);Évolution (%)',
    );
    expect(text).toContain('Importations;Pays;Hausse;Viêt Nam;VN;12500000;0;12500000;\r\n');
    expect(Object.keys(charts.tables)).toEqual(['evolution', 'principales-evolutions']);
  });

  it('drops the data links and the movers tables in print (they stay on the web version)', () => {
    const print = renderEvolutionSection(f, charts, csv, true);
    expect(print).not.toContain('.csv');
    expect(print).not.toContain('class="data movers"');
    expect(print).toMatch(
      /ont le plus augmenté ou diminué entre 2023 et 2024 sont détaillés dans la version web de cette fiche/,
    );
    expect(renderEvolutionSection(f, charts, csv)).toContain('Principales évolutions');
  });

  it('says why there is no change when the previous period is missing', () => {
    const w = windowWithoutPrevious();
    const out = renderEvolutionSection(w, renderEvolutionCharts(w, SOURCE), csv);
    expect(out).not.toContain('class="change"');
    expect(out).not.toContain('Principales évolutions');
    expect(out).toContain(
      'Les données de la même période un an plus tôt (T3\u00A02023 – T2\u00A02024) ne sont pas dans la base',
    );
    expect(moversTable(w)).toBeNull();
    expect(Object.keys(renderEvolutionCharts(w, SOURCE).tables)).toEqual(['evolution']);
  });

  it('writes French typography: no plain space before a colon, semicolon or percent sign', () => {
    expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/ [:;%]/);
  });
});

describe('a mover’s change is the difference of the amounts printed beside it', () => {
  it('shows 636,7 → 622,5 as −14,2, not the exact −14,1 (issue 21, Allemagne)', () => {
    expect(printedChange({ value_eur: 622_542_000, previous_eur: 636_658_000 })).toBe('−14,2');
    expect(printedChange({ value_eur: 101_240_000, previous_eur: 88_440_000 })).toBe('+12,8');
    expect(printedChange({ value_eur: 10_040_000, previous_eur: 10_049_000 })).toBe('0,0');
  });

  it('holds for any pair of amounts: printed change = printed value − printed previous value', () => {
    const printed = (text: string) => Number(plainSpaces(text).replace(/ /g, '').replace('−', '-').replace(',', '.'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5e11 }), fc.integer({ min: 0, max: 5e11 }), (value, previous) => {
        const change = printed(printedChange({ value_eur: value, previous_eur: previous }));
        const diff = printed(formatMillions(value)) - printed(formatMillions(previous));
        expect(Math.round(change * 10)).toBe(Math.round(diff * 10));
      }),
    );
  });
});
