// The demo chart fixtures are what the figures of the demo store give today: regenerate them
// with `npm run build && node scripts/demo-chart-fixtures.mjs` when this test fails on purpose.
import { describe, expect, inject, it } from 'vitest';
import { withStore } from '../../src/store/store.js';
import { figuresFor } from '../../src/pipeline/figures.js';
import { chartInputs } from '../../src/report/fiche/charts.js';
import { demoFixtureNames, loadDemoFixture } from './fixtures.js';

describe('demo chart fixtures', () => {
  it('cover the five demo territories', () => {
    expect(demoFixtureNames()).toEqual(['demo-20', 'demo-42', 'demo-971', 'demo-france', 'demo-region-84']);
  });

  it.each(demoFixtureNames())('%s equals the chart inputs of its figures in the demo store', async (name) => {
    const fixture = loadDemoFixture(name);
    const figures = await withStore(inject('demoStore'), (store) => figuresFor(store, fixture.query), {
      readOnly: true,
    });
    expect(figures.demo).toBe(true);
    expect(fixture.charts).toEqual(chartInputs(figures));
  });
});
