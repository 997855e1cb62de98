// The charts' print form (src/charts/write-paper.ts): the same drawing as on screen with far fewer
// elements. Every chart of every fixture: same root, same texts at the same places, no
// tooltip, group, class or data attribute; merged marks cover exactly the screen's marks.
import { describe, expect, it } from 'vitest';
import {
  renderActivitiesTreemap,
  renderFlowSankey,
  renderPartnersChart,
  type ChartOutput,
} from '../../src/charts/index.js';
import { renderEvolutionChart } from '../../src/charts/evolution.js';
import { fragment, mergeable } from '../../src/charts/scene.js';
import { paperSvg, rectPath } from '../../src/charts/write-paper.js';
import { screenSvg } from '../../src/charts/write-screen.js';
import { palette } from '../../src/charts/palette.js';
import { renderSpecialisationChart } from '../../src/charts/specialisation.js';
import { el, svgRoot, textEl, titleEl } from '../../src/charts/svg.js';
import { EVOLUTION_FIXTURES } from './evolution-fixtures.js';
import { fixtureNames, loadFixture } from './fixtures.js';
import { assertGolden } from './golden.js';
import { SPECIALISATION_FIXTURES } from './specialisation-fixtures.js';
import { LEADS_FIXTURES } from './leads-fixtures.js';
import { renderLeadsChart } from '../../src/charts/leads.js';
import { all, byClass, parseSvg, ribbonThickness, type Node } from './svg-tree.js';

const SHAPES = new Set(['rect', 'path', 'line', 'circle', 'polyline']);

/** A text element as drawn: its content and every attribute but its class. */
function drawnText(t: Node): string {
  const { class: _class, ...rest } = t.attrs;
  return JSON.stringify([t.text, Object.entries(rest).sort()]);
}

/** The subpaths of path data as written by rectPath / the Sankey ribbons: each starts with M. */
const subpaths = (d: string) => d.split(/(?=M)/).filter(Boolean);

/** Rectangle path data back to numbers: x, y, width, height. */
function rectOf(d: string): number[] {
  const m = /^M([-\d.]+),([-\d.]+)h([-\d.]+)v([-\d.]+)h[-\d.]+Z$/.exec(d);
  expect(m, d).not.toBeNull();
  return m!.slice(1).map(Number);
}

const sorted = <T>(xs: T[]) => [...xs].sort();

function checkPaper(out: ChartOutput): { screen: Node; paper: Node } {
  const screen = parseSvg(out.svg);
  const paper = parseSvg(out.print);
  expect(paper.attrs).toEqual(screen.attrs);
  expect(paper.children.slice(0, 2)).toMatchObject([
    { tag: 'title', text: out.title },
    { tag: 'desc', text: out.description },
  ]);
  const below = all(paper, (n) => n !== paper);
  expect(below.filter((n) => n.tag === 'g')).toEqual([]);
  expect(below.filter((n) => n.tag === 'title' && n.parent !== paper)).toEqual([]);
  expect(below.filter((n) => Object.keys(n.attrs).some((a) => a === 'class' || a.startsWith('data-')))).toEqual([]);
  expect(sorted(all(paper, (n) => n.tag === 'text').map(drawnText))).toEqual(
    sorted(all(screen, (n) => n.tag === 'text').map(drawnText)),
  );
  return { screen, paper };
}

/** The shapes of a chart that paper draws as they are, without their class and tooltip. */
function plainShapes(root: Node): string[] {
  return all(root, (n) => SHAPES.has(n.tag)).map((n) => {
    const { class: _c, ...rest } = n.attrs;
    return JSON.stringify(Object.entries(rest).filter(([k]) => !k.startsWith('data-')));
  });
}

describe('paperSvg', () => {
  it('drops mark tooltips, plain groups, class and data attributes; keeps the root and other groups', () => {
    const svg = svgRoot({ width: 10, height: 10, idPrefix: 'x', className: 'chart', title: 'T', description: 'D' }, [
      el(
        'g',
        { class: 'row', 'data-code': 'DE' },
        el(
          'rect',
          { class: 'bar', 'data-value': 3, x: 0, y: 0, width: 3, height: 1, fill: '#000' },
          titleEl('Allemagne : 3'),
        ),
        el('g', { class: 'label' }, textEl(1, 2, 'A', { size: 12, fill: palette.text, className: 'name' })),
      ),
      el('g', { transform: 'translate(1,0)' }, el('circle', { class: 'dot', cx: 1, cy: 1, r: 1 })),
    ]);
    expect(paperSvg(svg)).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="10" height="10" viewBox="0 0 10 10" role="img" aria-labelledby="x-title x-desc" font-family="&apos;Source Sans 3&apos;, sans-serif" font-size="12" font-weight="400" text-anchor="start" fill="#1f2328">',
        '<title id="x-title">T</title>',
        '<desc id="x-desc">D</desc>',
        '<rect x="0" y="0" width="3" height="1" fill="#000"/>',
        '<text x="1" y="2">A</text>',
        '<g transform="translate(1,0)">',
        '<circle cx="1" cy="1" r="1"/>',
        '</g>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('merges the marks of a layer by key, in rank order then first appearance, texts on top', () => {
    const bar = (x: number, key: string, rank: number, fill: string) =>
      mergeable(
        el('rect', { class: 'bar', x, y: 0, width: 1, height: 1, fill }, titleEl(`barre ${x}`)),
        { key, rank, style: { fill } },
        rectPath(x, 0, 1, 1),
      );
    const root = svgRoot({ width: 4, height: 1, idPrefix: 'x', className: 'chart', title: 'T', description: 'D' }, [
      fragment(
        [
          el('g', { class: 'a' }, bar(0, 'b', 1, '#111'), textEl(0, 1, 'a', { size: 12, fill: palette.text })),
          el('g', { class: 'b' }, bar(1, 'a', 0, '#222'), bar(2, 'b', 1, '#111')),
          bar(3, 'a', 0, '#222'),
        ],
        true,
      ),
    ]);
    const lines = paperSvg(root).split('\n').slice(3, -2);
    expect(lines).toEqual([
      '<path d="M1,0h1v1h-1ZM3,0h1v1h-1Z" fill="#222"/>',
      '<path d="M0,0h1v1h-1ZM2,0h1v1h-1Z" fill="#111"/>',
      '<text x="0" y="1">a</text>',
    ]);
    // On screen the layer is nothing but its children, each mark with its tooltip.
    expect(
      screenSvg(root)
        .split('\n')
        .filter((l) => l.startsWith('<rect')),
    ).toHaveLength(4);
    expect(screenSvg(root)).not.toContain('<path');
  });
});

describe.each(fixtureNames())('print form, fixture %s', (fixture) => {
  const f = loadFixture(fixture);

  it('partners chart: same shapes and texts', () => {
    const { screen, paper } = checkPaper(renderPartnersChart(f.partenaires));
    expect(plainShapes(paper)).toEqual(plainShapes(screen));
  });

  it('treemap: each part as cells, bands and outlines of one path each, covering the same rectangles', () => {
    const { screen, paper } = checkPaper(renderActivitiesTreemap(f.activites));
    const paths = paper.children.filter((n) => n.tag === 'path');
    const rectsOf = (pred: (n: Node) => boolean) =>
      sorted(paths.filter(pred).flatMap((p) => subpaths(p.attrs.d!).map((d) => rectOf(d).join(' '))));
    const screenRects = (cls: string) =>
      sorted(
        byClass(screen, 'rect', cls).map((r) => ['x', 'y', 'width', 'height'].map((k) => Number(r.attrs[k])).join(' ')),
      );
    expect(rectsOf((p) => p.attrs['stroke-width'] === '1')).toEqual(screenRects('cell'));
    expect(rectsOf((p) => p.attrs['stroke-width'] === '2.5')).toEqual(screenRects('group-outline'));
    const bands = sorted(
      all(screen, (n) => n.tag === 'rect' && n.parent?.attrs.class === 'group-name').map((r) =>
        ['x', 'y', 'width', 'height'].map((k) => Number(r.attrs[k])).join(' '),
      ),
    );
    expect(rectsOf((p) => p.attrs['fill-opacity'] === '0.55')).toEqual(bands);
    // At most three paths per part, besides the legend's swatches.
    expect(paths.length).toBeLessThanOrEqual(6);
  });

  for (const key of ['flux-exportations', 'flux-importations'] as const) {
    it(`${key}: one ribbon per link, one path per source node and colour, as thick as the screen's ribbons`, () => {
      const input = f[key];
      const { screen, paper } = checkPaper(renderFlowSankey(input));
      for (const highlight of [false, true]) {
        const links = input.links.filter((l) => l.value_eur > 0 && l.highlight === highlight);
        const paths = paper.children.filter(
          (n) => n.tag === 'path' && n.attrs.fill === (highlight ? palette.highlight : palette.neutral),
        );
        expect(paths).toHaveLength(new Set(links.map((l) => l.source)).size);
        // A ribbon's thickness at its source: the y of its lower edge's end minus its first point's.
        const thickness = paths.flatMap((p) => subpaths(p.attrs.d!).map(ribbonThickness));
        const strokes = byClass(screen, 'path', 'link')
          .filter((n) => n.attrs.class!.includes('highlight') === highlight)
          .map((n) => ribbonThickness(n.attrs.d!));
        expect(thickness).toHaveLength(strokes.length);
        const [a, b] = [thickness.sort((x, y) => x - y), strokes.sort((x, y) => x - y)];
        a.forEach((t, i) => expect(Math.abs(t - b[i]!)).toBeLessThanOrEqual(0.021));
      }
      // The nodes: one path per colour with a rectangle per node bar.
      const nodeRects = sorted(
        byClass(screen, 'rect', 'node-bar').map((r) =>
          ['x', 'y', 'width', 'height'].map((k) => Number(r.attrs[k])).join(' '),
        ),
      );
      const paperRects = sorted(
        paper.children
          .filter((n) => n.tag === 'path' && n.attrs.d!.includes('h'))
          .flatMap((p) => subpaths(p.attrs.d!).map((d) => rectOf(d).join(' '))),
      );
      expect(paperRects).toEqual(nodeRects);
    });
  }
});

describe('print form of the other charts', () => {
  it.each(Object.entries(EVOLUTION_FIXTURES))('evolution chart, %s: same shapes and texts', (_name, input) => {
    const { screen, paper } = checkPaper(renderEvolutionChart(input));
    expect(plainShapes(paper)).toEqual(plainShapes(screen));
  });

  it.each(Object.entries(LEADS_FIXTURES))('« Pistes d’action » chart, %s: same shapes and texts', (_name, input) => {
    const { screen, paper } = checkPaper(renderLeadsChart(input));
    expect(plainShapes(paper)).toEqual(plainShapes(screen));
  });

  it.each(Object.entries(SPECIALISATION_FIXTURES))(
    'specialisation chart, %s: same shapes and texts',
    (_name, input) => {
      const { screen, paper } = checkPaper(renderSpecialisationChart(input));
      expect(plainShapes(paper)).toEqual(plainShapes(screen));
    },
  );
});

describe('print goldens (Loire)', () => {
  const f = loadFixture('loire');
  it.each([
    ['partenaires', () => renderPartnersChart(f.partenaires)],
    ['activites', () => renderActivitiesTreemap(f.activites)],
    ['flux-exportations', () => renderFlowSankey(f['flux-exportations'])],
    ['flux-importations', () => renderFlowSankey(f['flux-importations'])],
  ] as const)('%s', (name, render) => {
    assertGolden(`loire-${name}-papier`, render().print);
  });
});
