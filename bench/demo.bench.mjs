// Demo generator benchmark: time to generate the fictional year and to write its two ZIPs.
// Run after `npm run build`: node bench/demo.bench.mjs
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DEFAULT_SEED, generateDemoYear, writeDemoArchives } from '../dist/demo/index.js';

const year = 2024;
const seed = DEMO_DEFAULT_SEED;

function time(fn) {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

// The first generation also loads the reference files and warms the JIT.
const cold = time(() => generateDemoYear({ year, seed }));
const rows = (text) => text.split('\r\n').length - 1;
const rowCount = rows(cold.result.exports) + rows(cold.result.imports);
console.log(`demo generate (cold): ${cold.ms.toFixed(0)} ms, ${rowCount} rows`);

const runs = 3;
const warm = [];
for (let i = 0; i < runs; i++) warm.push(time(() => generateDemoYear({ year, seed: seed + i })).ms);
const best = Math.min(...warm);
console.log(
  `demo generate (warm, best of ${runs}): ${best.toFixed(0)} ms, ${((rowCount / best) * 1000).toFixed(0)} rows/s`,
);

const dir = mkdtempSync(join(tmpdir(), 'territrade-bench-demo-'));
try {
  const start = performance.now();
  const paths = await writeDemoArchives({ dir, year, seed });
  const ms = performance.now() - start;
  const bytes = paths.reduce((s, p) => s + statSync(p).size, 0);
  console.log(`demo generate + write 2 ZIPs: ${ms.toFixed(0)} ms, ${(bytes / 1e6).toFixed(1)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
