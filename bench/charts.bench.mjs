// Renders the four charts for 120 territories (101 départements + 18 régions + France) and
// prints the total time; goal ≤ 1 s. Uses the figures fixtures of the tests, cycled over 120
// territories (the real figures of every territory once a store is at hand: pass a directory
// of figures JSON files as the first argument). Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const charts = await import('../dist/charts/index.js');
const dir = process.argv[2] ?? new URL('../test/fixtures/figures/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const pool = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const TERRITORIES = process.argv[2] ? pool.length : 120;
const territories = Array.from({ length: TERRITORIES }, (_, i) => pool[i % pool.length]);
// Font loading happens once, on the first measurement: timed apart.
charts.measureText('Loire', 12);
const tLoad = performance.now();

let bytes = 0;
const cpu0 = process.cpuUsage();
const t1 = performance.now();
for (const [i, f] of territories.entries()) {
  const id = `t${i}`;
  bytes += charts.renderPartnersChart(f, { idPrefix: `${id}-p` }).svg.length;
  bytes += charts.renderActivitiesTreemap(f, { idPrefix: `${id}-a` }).svg.length;
  bytes += charts.renderFlowSankey(f, 'exports', { idPrefix: `${id}-e` }).svg.length;
  bytes += charts.renderFlowSankey(f, 'imports', { idPrefix: `${id}-i` }).svg.length;
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
