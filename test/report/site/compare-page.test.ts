// The « Comparer » page's data and logic (issue 22 point 6): its rows are `compare`'s, its CSV is
// `compare --csv`'s, the search proposes the territory typed, and the address keeps a valid choice.
// The page itself has a golden file (test/output/site/comparer-small.html, normalised as in
// test/helpers/golden.ts); the browser test drives it in Chromium.
import { describe, expect, it } from 'vitest';
import {
  choiceFromSearch,
  comparisonCsv,
  proposals,
  searchOfChoice,
  type CompareData,
} from '../../../src/browser/compare-choice.js';
import { compareRows } from '../../../src/report/compare-rows.js';
import { compareSiteData } from '../../../src/report/site/compare-data.js';
import { renderComparePage } from '../../../src/report/site/compare-page.js';
import { compareCsv } from '../../../src/report/text/compare-output.js';
import { assertGolden } from '../../helpers/golden.js';
import { makeFigures } from '../../helpers/figures.js';

const flow = (total: number) => ({
  total_eur: total,
  share_of_region: 0.1,
  share_of_france: 0.0072,
  previous_eur: null,
  change_rate: null,
});
const loire = makeFigures({ exports: flow(4192.1e6), imports: flow(4742.8e6), balance_eur: -550.7e6 });
const rhone = makeFigures({
  territory: { kind: 'departement', code: '69', name: 'Rhône', slug: '69-rhone' },
  exports: flow(22643e6),
  imports: flow(29755.2e6),
  balance_eur: -7112.2e6,
});
const corse = makeFigures({
  territory: { kind: 'departement', code: '20', name: 'Corse (2A, 2B)', slug: '20-corse' },
  region: { kind: 'region', code: '94', name: 'Corse', slug: '94-corse' },
});
const ara = makeFigures({
  territory: { kind: 'region', code: '84', name: 'Auvergne-Rhône-Alpes', slug: '84-auvergne-rhone-alpes' },
  region: null,
});
const france = makeFigures({
  territory: { kind: 'france', code: 'FR', name: 'France', slug: 'france' },
  region: null,
  exports: flow(580354.5e6),
  imports: flow(684776.3e6),
});
const all = [loire, rhone, corse, ara, france];
const data: CompareData = compareSiteData(
  all.map((figures) => ({ figures, href: `departements/${figures.territory.slug}.html` })),
  '2024',
  'comparaison-2024.csv',
);

describe('compareSiteData', () => {
  it("holds compare's rows: labels, raw values and texts, and the queries compare takes", () => {
    const rows = compareRows([]);
    expect(data.rows.map((r) => r.l)).toEqual(rows.map((r) => r.label));
    expect(data.territories.map((t) => t.q)).toEqual(['42', '69', '20', 'region:84', 'france']);
    expect(data.territories[0]!.v).toEqual(rows.map((r) => r.value(loire)));
    expect(data.territories[0]!.x).toEqual(rows.map((r) => r.text(loire)));
    expect(data.territories[2]!.n).toBe('Corse (2A, 2B)');
  });
});

describe('the page logic', () => {
  it('proposes the territory typed, by code, name or a word of its name, chosen ones left out', () => {
    expect(proposals(data, '42', []).map((t) => t.q)).toEqual(['42']);
    expect(proposals(data, 'rhone', []).map((t) => t.q)).toEqual(['69', 'region:84']);
    expect(proposals(data, '2a', []).map((t) => t.q)).toEqual(['20']);
    expect(proposals(data, 'region:84', []).map((t) => t.q)).toEqual(['region:84']);
    expect(proposals(data, 'rhone', ['69']).map((t) => t.q)).toEqual(['region:84']);
    expect(proposals(data, '  ', [])).toEqual([]);
  });

  it('reads back from the address only known territories, once each, six at most', () => {
    expect(choiceFromSearch('?t=42,zz,42,region:84', data)).toEqual(['42', 'region:84']);
    expect(choiceFromSearch('', data)).toEqual([]);
    expect(searchOfChoice(['42', 'region:84'])).toBe('?t=42,region:84');
    const many = {
      ...data,
      territories: Array.from({ length: 8 }, (_, i) => ({ ...data.territories[0]!, q: String(i) })),
    };
    expect(choiceFromSearch('?t=0,1,2,3,4,5,6,7', many)).toHaveLength(6);
  });

  it('writes the CSV of compare --csv: the chosen territories, then France as the reference', () => {
    const expected = compareCsv(
      [
        { figures: loire, reference: false },
        { figures: rhone, reference: false },
        { figures: france, reference: true },
      ],
      [],
    );
    expect(comparisonCsv(data, ['42', '69'])).toBe(expected);
  });
});

describe('renderComparePage', () => {
  it('matches its golden page', () => {
    const html = renderComparePage(data, {
      year: 2024,
      demo: true,
      generatedAt: '2025-03-01T09:30:00Z',
      toolVersion: '0.1.0',
      indexHref: 'index.html',
    });
    expect(html).toContain('Données fictives de démonstration');
    assertGolden('site/comparer-small.html', html);
  });
});
