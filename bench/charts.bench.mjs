// Renders the four charts for 120 territories (101 départements + 18 régions + France) and
// prints the total time; goal ≤ 1 s. Uses the demo chart fixtures of the tests, cycled over 120
// territories, or the real figures of every territory of a store:
//   npm run build && node bench/charts.bench.mjs [--store data/territrade.duckdb]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

// Chart inputs: `--store <duckdb>` computes the real figures of every territory from a store
// (untimed); otherwise the demo chart fixtures of the tests are cycled over 120 territories.
async function loadTerritories() {
  if (process.argv[2] === '--store') {
    const { withStore } = await import('../dist/store/store.js');
    const { StoreFigures } = await import('../dist/pipeline/figures.js');
    const { allTerritories } = await import('../dist/pipeline/only.js');
    const { chartInputs } = await import('../dist/report/fiche/charts.js');
    return withStore(
      process.argv[3],
      async (store) => {
        const year = await StoreFigures.load(store);
        return allTerritories().map((t) => chartInputs(year.figures(t)));
      },
      { readOnly: true },
    );
  }
  const dir = new URL('../test/fixtures/charts/', import.meta.url).pathname;
  const pool = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).charts);
  return Array.from({ length: 120 }, (_, i) => pool[i % pool.length]);
}
const territories = await loadTerritories();
const t0 = performance.now();
const charts = await import('../dist/charts/index.js');
// Font loading happens once, on the first measurement: timed apart.
charts.measureText('Loire', 12);
const tLoad = performance.now();

let bytes = 0;
const cpu0 = process.cpuUsage();
const t1 = performance.now();
for (const [i, f] of territories.entries()) {
  const id = `t${i}`;
  bytes += charts.renderPartnersChart(f.partenaires, { idPrefix: `${id}-p` }).svg.length;
  bytes += charts.renderActivitiesTreemap(f.activites, { idPrefix: `${id}-a` }).svg.length;
  bytes += charts.renderFlowSankey(f['flux-exportations'], { idPrefix: `${id}-e` }).svg.length;
  bytes += charts.renderFlowSankey(f['flux-importations'], { idPrefix: `${id}-i` }).svg.length;
}
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const total = t2 - t1;
console.log(
  `graphiques : ${territories.length * 4} SVG (${territories.length} territoires × 4) en ${total.toFixed(0)} ms (temps CPU ${cpuMs.toFixed(0)} ms) ` +
    `(${(total / territories.length / 4).toFixed(2)} ms par graphique, ${(bytes / 1e6).toFixed(1)} Mo) ; ` +
    `chargement des modules et de la police : ${(tLoad - t0).toFixed(0)} ms ; objectif ≤ 1 000 ms : ${total <= 1000 ? 'atteint' : 'NON atteint'}`,
);
