import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderActivitiesTreemap, renderFlowSankey, renderPartnersChart } from '../../src/charts/index.js';
import { figuresArb } from './arbitrary.js';
import {
  all,
  byClass,
  hasClass,
  inside,
  labelBoxes,
  overlaps,
  parseSvg,
  ribbonThickness,
  type Node,
  expectLabelsLaidOut,
} from './svg-tree.js';

const RUNS = { numRuns: Number(process.env.CHART_RUNS ?? 100) };
const widthArb = fc.integer({ min: 560, max: 1000 });
const n = (node: Node, attr: string) => Number(node.attrs[attr]);

function checkText(svg: string) {
  const { root, width, height } = expectLabelsLaidOut(svg);
  // Marks stay inside too.
  for (const r of all(root, (x) => x.tag === 'rect')) {
    expect(n(r, 'x')).toBeGreaterThanOrEqual(-0.01);
    expect(n(r, 'y')).toBeGreaterThanOrEqual(-0.01);
    expect(n(r, 'x') + n(r, 'width')).toBeLessThanOrEqual(width + 0.01);
    expect(n(r, 'y') + n(r, 'height')).toBeLessThanOrEqual(height + 0.01);
  }
}

/** Every mark's size divided by its value is one constant (within coordinate rounding). */
function expectProportional(items: { size: number; value: number }[], absTolerance: number, relTolerance = 0) {
  const ref = items.reduce((best, it) => (it.value > best.value ? it : best), { size: 0, value: 0 });
  if (ref.value === 0) return;
  const k = ref.size / ref.value;
  for (const it of items)
    expect(Math.abs(it.size - k * it.value)).toBeLessThanOrEqual(absTolerance + relTolerance * k * it.value);
}

describe('chart properties', { timeout: 60_000 }, () => {
  it('partners: bar lengths proportional to values, text inside and apart', () => {
    fc.assert(
      fc.property(figuresArb, widthArb, (figures, width) => {
        const svg = renderPartnersChart(figures.partenaires, { width }).svg;
        const bars = byClass(parseSvg(svg), 'rect', 'bar');
        expect(bars).toHaveLength(2 * figures.partenaires.partners.length);
        expectProportional(
          bars.map((b) => ({ size: n(b, 'width'), value: n(b, 'data-value') })),
          0.02,
        );
        checkText(svg);
      }),
      RUNS,
    );
  });

  it('treemap: cell areas proportional within 1 %, parts in the ratio imports/exports', () => {
    fc.assert(
      fc.property(figuresArb, widthArb, fc.integer({ min: 300, max: 700 }), (figures, width, height) => {
        const svg = renderActivitiesTreemap(figures.activites, { width, height }).svg;
        const root = parseSvg(svg);
        const cells = byClass(root, 'rect', 'cell').map((c) => ({
          size: n(c, 'width') * n(c, 'height'),
          value: n(c, 'data-value'),
          rounding: 0.01 * (n(c, 'width') + n(c, 'height')) + 0.0001,
          part: hasClass(c.parent!.parent!.parent!, 'part-imports') ? 'imports' : 'exports',
        }));
        const ref = cells.reduce((best, c) => (c.value > best.value ? c : best), { size: 0, value: 0, rounding: 0 });
        if (ref.value > 0) {
          const k = ref.size / ref.value;
          for (const c of cells)
            expect(Math.abs(c.size - k * c.value)).toBeLessThanOrEqual(
              0.01 * k * c.value + c.rounding + ref.rounding * (c.value / ref.value),
            );
        }
        // Areas of the two parts: ratio equals total imports / total exports.
        const area = (p: string) => cells.filter((c) => c.part === p).reduce((s, c) => s + c.size, 0);
        const ti = figures.activites.imports.reduce((s, a) => s + a.value_eur, 0);
        const te = figures.activites.exports.reduce((s, a) => s + a.value_eur, 0);
        // Coordinates are written with 2 decimals: allow that rounding on top of the 1 %.
        const rounding = (p: string) => cells.filter((c) => c.part === p).reduce((s, c) => s + c.rounding, 0);
        if (ti > 0 && te > 0) {
          const slack = 0.01 + rounding('imports') / area('imports') + rounding('exports') / area('exports');
          expect(Math.abs(area('imports') / area('exports') / (ti / te) - 1)).toBeLessThanOrEqual(slack);
        }
        checkText(svg);
        // Each label lies inside its cell.
        for (const g of byClass(root, 'g', 'activity')) {
          const rect = g.children.find((c) => c.tag === 'rect')!;
          const label = labelBoxes(g)[0];
          if (!label) continue;
          expect(label.box.x0).toBeGreaterThanOrEqual(n(rect, 'x'));
          expect(label.box.x1).toBeLessThanOrEqual(n(rect, 'x') + n(rect, 'width') + 0.01);
          expect(label.box.y0).toBeGreaterThanOrEqual(n(rect, 'y'));
          expect(label.box.y1).toBeLessThanOrEqual(n(rect, 'y') + n(rect, 'height') + 0.01);
        }
      }),
      RUNS,
    );
  });

  it('sankey: link widths proportional to values, node order kept, text inside and apart', () => {
    fc.assert(
      fc.property(
        figuresArb,
        widthArb,
        fc.constantFrom('exports' as const, 'imports' as const),
        (figures, width, direction) => {
          const m = figures[direction === 'exports' ? 'flux-exportations' : 'flux-importations'];
          const svg = renderFlowSankey(m, { width }).svg;
          const root = parseSvg(svg);
          const links = byClass(root, 'path', 'link');
          expect(links).toHaveLength(m.links.filter((l) => l.value_eur > 0).length);
          expectProportional(
            links.map((l) => ({ size: ribbonThickness(l.attrs.d!), value: n(l, 'data-value') })),
            0.02,
          );
          expect(byClass(root, 'path', 'highlight')).toHaveLength(
            m.links.filter((l) => l.highlight && l.value_eur > 0).length,
          );
          const products = byClass(root, 'g', 'node').map((g) => g.attrs['data-code']);
          if (links.length > 0) {
            expect(products).toEqual([...m.sources, ...m.targets].map((x) => x.code));
          }
          checkText(svg);
        },
      ),
      RUNS,
    );
  });

  it('the overlap and containment checks do detect problems', () => {
    const svg =
      '<svg viewBox="0 0 100 50"><text x="10" y="20" font-size="12" font-weight="400" text-anchor="start">Allemagne</text>' +
      '<text x="30" y="24" font-size="12" font-weight="400" text-anchor="start">Italie</text>' +
      '<text x="95" y="40" font-size="12" font-weight="400" text-anchor="start">Espagne</text></svg>';
    const [a, b, c] = labelBoxes(parseSvg(svg));
    expect(overlaps(a!.box, b!.box)).toBe(true);
    expect(overlaps(a!.box, c!.box)).toBe(false);
    expect(inside(c!.box, 100, 50)).toBe(false);
    expect(inside(a!.box, 100, 50)).toBe(true);
  });
});
