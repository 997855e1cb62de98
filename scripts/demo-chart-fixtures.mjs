// Writes the chart fixtures of the demo territories (test/fixtures/charts/demo-*.json): what the
// four charts draw, computed from a fresh demo store exactly as `territrade figures --json` and
// the fiche compute them. test/charts/demo-fixtures.test.ts checks that they have not drifted.
// Usage: npm run build && node scripts/demo-chart-fixtures.mjs
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoArchives } from '../dist/demo/archive.js';
import { DEMO_DEFAULT_SEED } from '../dist/demo/targets.js';
import { importFiles } from '../dist/store/import/import-files.js';
import { Store, withStore } from '../dist/store/store.js';
import { figuresFor } from '../dist/pipeline/figures.js';
import { chartInputs } from '../dist/report/fiche/charts.js';

/** Fixture name → `figures` query. */
export const DEMO_FIXTURES = {
  'demo-42': '42',
  'demo-971': '971',
  'demo-20': '20',
  'demo-region-84': 'region:84',
  'demo-france': 'france',
};

/** JSON with one line per row (an object or array of plain values), for short readable diffs. */
function stringify(value, indent = '') {
  const flat = (v) =>
    v === null || typeof v !== 'object' || Object.values(v).every((x) => x === null || typeof x !== 'object');
  if (flat(value)) {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(', ')}}`;
  }
  const inner = indent + '  ';
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
  return `{\n${Object.entries(value)
    .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner)}`)
    .join(',\n')}\n${indent}}`;
}

const outDir = new URL('../test/fixtures/charts/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'territrade-fixtures-'));
try {
  const archives = await writeDemoArchives({ dir, year: 2024, seed: DEMO_DEFAULT_SEED });
  const storePath = join(dir, 'demo.duckdb');
  const store = await Store.open(storePath);
  try {
    await importFiles(store, archives);
  } finally {
    store.close();
  }
  mkdirSync(outDir, { recursive: true });
  await withStore(
    storePath,
    async (s) => {
      for (const [name, query] of Object.entries(DEMO_FIXTURES)) {
        const charts = chartInputs(await figuresFor(s, query));
        writeFileSync(join(outDir, `${name}.json`), stringify({ query, charts }) + '\n');
        console.log(`${outDir}${name}.json`);
      }
    },
    { readOnly: true },
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
