// The chart fixtures: hand-made ones built from typed specs (fixtures/specs.ts), and the demo
// territories' chart inputs, written by scripts/demo-chart-fixtures.mjs from the demo store
// (test/charts/demo-fixtures.test.ts checks that they still equal what the figures compute).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChartInputs } from '../../src/report/fiche/charts.js';
import { buildInputs } from './fixtures/build.js';
import { HAND_MADE } from './fixtures/specs.js';

export const DEMO_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'charts');

/** A demo fixture file: the `figures` query it was computed for and the chart inputs. */
export interface DemoFixture {
  query: string;
  charts: ChartInputs;
}

export function demoFixtureNames(): string[] {
  return readdirSync(DEMO_FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

export function loadDemoFixture(name: string): DemoFixture {
  return JSON.parse(readFileSync(join(DEMO_FIXTURE_DIR, `${name}.json`), 'utf8')) as DemoFixture;
}

export function fixtureNames(): string[] {
  return [...Object.keys(HAND_MADE), ...demoFixtureNames()].sort();
}

/** A fresh copy of the fixture's chart inputs (tests may change it). */
export function loadFixture(name: string): ChartInputs {
  const spec = HAND_MADE[name];
  return spec ? buildInputs(spec) : loadDemoFixture(name).charts;
}
