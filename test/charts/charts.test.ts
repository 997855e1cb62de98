import { describe, expect, it } from 'vitest';
import {
  renderActivitiesTreemap,
  renderFlowSankey,
  renderPartnersChart,
  type ChartOutput,
} from '../../src/charts/index.js';
import type { ChartInputs } from '../../src/report/fiche/charts.js';
import { assertGolden } from './golden.js';
import { fixtureNames, loadFixture } from './fixtures.js';
import { all, byClass, hasClass, parseSvg, expectLabelledImage, expectLabelsLaidOut } from './svg-tree.js';

const CHARTS: Record<string, (f: ChartInputs) => ChartOutput> = {
  partenaires: (f) => renderPartnersChart(f.partenaires),
  activites: (f) => renderActivitiesTreemap(f.activites),
  'flux-exportations': (f) => renderFlowSankey(f['flux-exportations']),
  'flux-importations': (f) => renderFlowSankey(f['flux-importations']),
};

/** What each chart's table must hold: its row count and the euros its value columns add up to. */
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
const TABLE_OF: Record<string, (f: ChartInputs) => { rows: number; euroColumns: string[]; total_eur: number }> = {
  partenaires: (f) => ({
    rows: f.partenaires.partners.length,
    euroColumns: ['Importations (euros)', 'Exportations (euros)'],
    total_eur: sum(f.partenaires.partners.map((p) => p.imports_eur + p.exports_eur)),
  }),
  activites: (f) => ({
    rows: f.activites.imports.length + f.activites.exports.length,
    euroColumns: ['Valeur (euros)'],
    total_eur: sum([...f.activites.imports, ...f.activites.exports].map((a) => a.value_eur)),
  }),
  'flux-exportations': (f) => ({
    rows: f['flux-exportations'].links.length,
    euroColumns: ['Valeur (euros)'],
    total_eur: f['flux-exportations'].total_eur,
  }),
  'flux-importations': (f) => ({
    rows: f['flux-importations'].links.length,
    euroColumns: ['Valeur (euros)'],
    total_eur: f['flux-importations'].total_eur,
  }),
};

describe.each(fixtureNames())('fixture %s', (fixture) => {
  const figures = loadFixture(fixture);
  describe.each(Object.keys(CHARTS))('%s', (chart) => {
    const out = CHARTS[chart]!(figures);

    it('matches its golden file', () => {
      assertGolden(`${fixture}-${chart}`, out.svg);
    });

    it('is accessible: role, title, desc, a title on every mark', () => {
      const root = expectLabelledImage(out);
      expect(out.description.length).toBeGreaterThan(40);
      expect(root.attrs['font-family']).toBe("'Source Sans 3', sans-serif");
      const marks = all(
        root,
        (n) =>
          (n.tag === 'rect' && (hasClass(n, 'bar') || hasClass(n, 'cell') || hasClass(n, 'node-bar'))) ||
          (n.tag === 'path' && hasClass(n, 'link')),
      );
      expect(marks.length > 0).toBe(!(fixture === 'no-imports' && chart === 'flux-importations'));
      for (const m of marks) {
        const t = m.children.find((c) => c.tag === 'title');
        expect(t?.text, `${m.tag}.${m.attrs.class}`).toMatch(/M€/);
      }
    });

    it('keeps all text inside the viewBox, without overlapping labels', () => {
      expectLabelsLaidOut(out.svg);
    });

    it('returns the data it draws as a table: one row per datum, same euros', () => {
      const { columns, rows } = out.table;
      const expected = TABLE_OF[chart]!(figures);
      expect(columns.length).toBeGreaterThan(2);
      // Only one fixture has nothing to draw in one chart; every other table has rows.
      expect(rows.length > 0).toBe(!(fixture === 'no-imports' && chart === 'flux-importations'));
      expect(rows).toHaveLength(expected.rows);
      for (const row of rows) {
        expect(row).toHaveLength(columns.length);
        expect(typeof row[0] === 'string' && row[0] !== '').toBe(true);
      }
      const euros = columns.flatMap((c, i) => (expected.euroColumns.includes(c) ? [i] : []));
      expect(euros).toHaveLength(expected.euroColumns.length);
      const sum = rows.reduce((s, row) => s + euros.reduce((t, i) => t + Number(row[i]), 0), 0);
      expect(Math.abs(sum - expected.total_eur)).toBeLessThanOrEqual(rows.length);
    });
  });
});

describe('specific shapes', () => {
  it('draws one bar per partner and side, and a balance of the right colour', () => {
    const f = loadFixture('loire');
    const root = parseSvg(renderPartnersChart(f.partenaires).svg);
    expect(byClass(root, 'rect', 'bar-import')).toHaveLength(f.partenaires.partners.length);
    expect(byClass(root, 'rect', 'bar-export')).toHaveLength(f.partenaires.partners.length);
    const balances = byClass(root, 'g', 'balance');
    f.partenaires.partners.forEach((p, i) =>
      expect(hasClass(balances[i]!, p.balance_eur < 0 ? 'deficit' : 'surplus')).toBe(true),
    );
  });

  it('says so when there are no imports', () => {
    const f = loadFixture('no-imports');
    const svg = renderFlowSankey(f['flux-importations']).svg;
    expect(svg).toContain('Aucune importation enregistrée');
    expect(byClass(parseSvg(svg), 'path', 'link')).toHaveLength(0);
    expect(byClass(parseSvg(renderActivitiesTreemap(f.activites).svg), 'g', 'part-imports')).toHaveLength(0);
  });

  it('cuts 120-character labels to two lines ending with an ellipsis', () => {
    const f = loadFixture('long-labels');
    const root = parseSvg(renderPartnersChart(f.partenaires).svg);
    const long = byClass(root, 'g', 'label').find((g) => g.children[0]!.text.startsWith('République'));
    expect(long!.children).toHaveLength(2);
    // The cut line carries the full name as its tooltip (issue 20.3).
    const cut = long!.children[1]!;
    expect(hasClass(cut, 'shortened')).toBe(true);
    expect(cut.children[1]!.text.endsWith('…')).toBe(true);
    expect(cut.children[0]!.text).toBe(f.partenaires.partners.find((r) => r.name.startsWith('République'))!.name);
  });

  it('keeps the Sankey node order of the figures, "Autres" last', () => {
    const f = loadFixture('loire');
    const root = parseSvg(renderFlowSankey(f['flux-exportations']).svg);
    const products = byClass(root, 'g', 'product');
    expect(products.map((n) => n.attrs['data-code'])).toEqual(f['flux-exportations'].sources.map((n) => n.code));
    const ys = products.map((g) => Number(g.children.find((c) => c.tag === 'rect')!.attrs.y));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('uses caller-given id prefixes', () => {
    const f = loadFixture('loire');
    const svg = renderPartnersChart(f.partenaires, { idPrefix: 'fiche-2' }).svg;
    expect(svg).toContain('aria-labelledby="fiche-2-title fiche-2-desc"');
  });
});
