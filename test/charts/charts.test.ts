import { describe, expect, it } from 'vitest';
import { renderActivitiesTreemap, renderFlowSankey, renderPartnersChart, type ChartOutput } from '../../src/charts/index.js';
import type { Figures } from '../../src/figures/types.js';
import { assertGolden } from './golden.js';
import { fixtureNames, loadFixture } from './fixtures.js';
import { all, byClass, hasClass, inside, labelBoxes, overlaps, parseSvg, viewBox } from './svg-tree.js';

const CHARTS: Record<string, (f: Figures) => ChartOutput> = {
  partenaires: (f) => renderPartnersChart(f),
  activites: (f) => renderActivitiesTreemap(f),
  'flux-exportations': (f) => renderFlowSankey(f, 'exports'),
  'flux-importations': (f) => renderFlowSankey(f, 'imports'),
};

describe.each(fixtureNames())('fixture %s', (fixture) => {
  const figures = loadFixture(fixture);
  describe.each(Object.keys(CHARTS))('%s', (chart) => {
    const out = CHARTS[chart]!(figures);

    it('matches its golden file', () => {
      assertGolden(`${fixture}-${chart}`, out.svg);
    });

    it('is deterministic', () => {
      expect(CHARTS[chart]!(structuredClone(figures)).svg).toBe(out.svg);
    });

    it('is accessible: role, title, desc, a title on every mark', () => {
      const root = parseSvg(out.svg);
      expect(root.attrs.role).toBe('img');
      const [titleId, descId] = root.attrs['aria-labelledby']!.split(' ');
      const title = root.children.find((c) => c.tag === 'title');
      const desc = root.children.find((c) => c.tag === 'desc');
      expect(title?.attrs.id).toBe(titleId);
      expect(desc?.attrs.id).toBe(descId);
      expect(title?.text).toBe(out.title);
      expect(desc?.text).toBe(out.description);
      expect(out.description.length).toBeGreaterThan(40);
      expect(root.attrs['font-family']).toBe("'Source Sans 3', sans-serif");
      const marks = all(root, (n) => (n.tag === 'rect' && (hasClass(n, 'bar') || hasClass(n, 'cell') || hasClass(n, 'node-bar'))) || (n.tag === 'path' && hasClass(n, 'link')));
      for (const m of marks) {
        const t = m.children.find((c) => c.tag === 'title');
        expect(t?.text, `${m.tag}.${m.attrs.class}`).toMatch(/M€/);
      }
    });

    it('keeps all text inside the viewBox, without overlapping labels', () => {
      const root = parseSvg(out.svg);
      const { width, height } = viewBox(root);
      const labels = labelBoxes(root);
      for (const l of labels) expect(inside(l.box, width, height), l.text).toBe(true);
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++)
          expect(overlaps(labels[i]!.box, labels[j]!.box), `${labels[i]!.text} ⟂ ${labels[j]!.text}`).toBe(false);
    });

    it('returns its data as a table', () => {
      expect(out.table.columns.length).toBeGreaterThan(2);
      for (const row of out.table.rows) expect(row).toHaveLength(out.table.columns.length);
    });
  });
});

describe('specific shapes', () => {
  it('draws one bar per partner and side, and a balance of the right colour', () => {
    const f = loadFixture('loire');
    const root = parseSvg(renderPartnersChart(f).svg);
    expect(byClass(root, 'rect', 'bar-import')).toHaveLength(f.partners.length);
    expect(byClass(root, 'rect', 'bar-export')).toHaveLength(f.partners.length);
    const balances = byClass(root, 'g', 'balance');
    f.partners.forEach((p, i) => expect(hasClass(balances[i]!, p.balance_eur < 0 ? 'deficit' : 'surplus')).toBe(true));
  });

  it('says so when there are no imports', () => {
    const f = loadFixture('no-imports');
    const svg = renderFlowSankey(f, 'imports').svg;
    expect(svg).toContain('Aucune importation enregistrée');
    expect(byClass(parseSvg(svg), 'path', 'link')).toHaveLength(0);
    expect(byClass(parseSvg(renderActivitiesTreemap(f).svg), 'g', 'part-imports')).toHaveLength(0);
  });

  it('cuts 120-character labels to two lines ending with an ellipsis', () => {
    const f = loadFixture('long-labels');
    const root = parseSvg(renderPartnersChart(f).svg);
    const long = byClass(root, 'g', 'label').find((g) => g.children[0]!.text.startsWith('République'));
    expect(long!.children).toHaveLength(2);
    expect(long!.children[1]!.text.endsWith('…')).toBe(true);
  });

  it('keeps the Sankey node order of the figures, "Autres" last', () => {
    const f = loadFixture('loire');
    const root = parseSvg(renderFlowSankey(f, 'exports').svg);
    const products = byClass(root, 'g', 'product');
    expect(products.map((n) => n.attrs['data-code'])).toEqual(f.flows.exports.sources.map((n) => n.code));
    const ys = products.map((g) => Number(g.children.find((c) => c.tag === 'rect')!.attrs.y));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('uses caller-given id prefixes', () => {
    const f = loadFixture('loire');
    const svg = renderPartnersChart(f, { idPrefix: 'fiche-2' }).svg;
    expect(svg).toContain('aria-labelledby="fiche-2-title fiche-2-desc"');
  });
});
