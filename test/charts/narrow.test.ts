// The charts' narrow layouts (phones, NARROW_WIDTH px): golden files for the demo territories,
// every label inside the frame and none over another, and text never under 11 px (drawn 1:1
// or larger at 390 px, see test/report/site/phone.browser.test.ts).
import { describe, expect, it } from 'vitest';
import {
  NARROW_WIDTH,
  renderActivitiesTreemap,
  renderEvolutionChart,
  renderFlowSankey,
  renderPartnersChart,
  withNarrowLayout,
  type ChartOutput,
} from '../../src/charts/index.js';
import { renderSpecialisationChart } from '../../src/charts/specialisation.js';
import type { ChartInputs } from '../../src/report/fiche/charts.js';
import { EVOLUTION_FIXTURES } from './evolution-fixtures.js';
import { demoFixtureNames, fixtureNames, loadFixture } from './fixtures.js';
import { assertGolden } from './golden.js';
import { SPECIALISATION_FIXTURES } from './specialisation-fixtures.js';
import { all, expectLabelsLaidOut, parseSvg } from './svg-tree.js';

const narrow = { width: NARROW_WIDTH };
const CHARTS: Record<string, (f: ChartInputs) => ChartOutput> = {
  partenaires: (f) => renderPartnersChart(f.partenaires, narrow),
  activites: (f) => renderActivitiesTreemap(f.activites, narrow),
  'flux-exportations': (f) => renderFlowSankey(f['flux-exportations'], narrow),
  'flux-importations': (f) => renderFlowSankey(f['flux-importations'], narrow),
};

/** Checks what every narrow chart must hold; returns the SVG for its golden file. */
function expectNarrow(svg: string): void {
  const { root, width } = expectLabelsLaidOut(svg);
  expect(width).toBe(NARROW_WIDTH);
  // Texts without a size take the root's.
  const texts = all(root, (n) => n.tag === 'text');
  expect(texts.length).toBeGreaterThan(3);
  for (const t of texts) expect(Number(t.attrs['font-size'] ?? root.attrs['font-size'])).toBeGreaterThanOrEqual(11);
}

describe.each(demoFixtureNames())('narrow layout, fixture %s', (fixture) => {
  const figures = loadFixture(fixture);
  it.each(Object.keys(CHARTS))('%s: golden file, labels laid out, text ≥ 11 px', (chart) => {
    const svg = CHARTS[chart]!(figures).svg;
    expectNarrow(svg);
    assertGolden(`narrow/${fixture}-${chart}`, svg);
  });
});

describe.each(fixtureNames().filter((f) => !demoFixtureNames().includes(f)))(
  'narrow layout of the hand-made fixture %s',
  (fixture) => {
    const figures = loadFixture(fixture);
    it.each(Object.keys(CHARTS))('%s: labels laid out, text ≥ 11 px', (chart) => {
      expectNarrow(CHARTS[chart]!(figures).svg);
    });
  },
);

describe('narrow évolution and specialisation charts', () => {
  it.each(Object.keys(EVOLUTION_FIXTURES).filter((k) => k !== 'empty'))('évolution %s', (name) => {
    const svg = renderEvolutionChart(EVOLUTION_FIXTURES[name]!, narrow).svg;
    expectNarrow(svg);
    assertGolden(`narrow/evolution-${name}`, svg);
  });
  it.each(Object.keys(SPECIALISATION_FIXTURES))('specialisation %s', (name) => {
    const svg = renderSpecialisationChart(SPECIALISATION_FIXTURES[name]!, narrow).svg;
    expectNarrow(svg);
    assertGolden(`narrow/specialisation-${name}`, svg);
  });
});

describe('withNarrowLayout', () => {
  it('adds the narrow SVG with its own ids, and leaves the wide chart as it was', () => {
    const f = loadFixture('demo-42');
    const both = withNarrowLayout(renderPartnersChart, f.partenaires);
    expect(both.svg).toBe(renderPartnersChart(f.partenaires).svg);
    expect(both.narrow).toBe(renderPartnersChart(f.partenaires, narrow).svg);
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const wideIds = new Set(ids(both.svg));
    expect(ids(both.narrow!).length).toBeGreaterThan(0);
    for (const id of ids(both.narrow!)) expect(wideIds.has(id)).toBe(false);
    const prefixed = withNarrowLayout(renderPartnersChart, f.partenaires, { idPrefix: 'fiche-2' });
    expect(parseSvg(prefixed.narrow!).attrs['aria-labelledby']).toBe('fiche-2-etroit-title fiche-2-etroit-desc');
  });
});
