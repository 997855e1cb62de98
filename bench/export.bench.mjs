// `territrade export --years 2024` on a full demo year (1,09 million rows): time and peak memory
// of each format, each in its own child process (goal: peak ≤ 600 MB, issue 24 point 8).
// Pass a store path as first argument to reuse one (its 2024 is exported); otherwise a demo year
// is generated in a temporary folder. Run after `npm run build`.
import path from 'node:path';
import { mod, runStep, withDemoStore } from './lib/demo-build.mjs';

const [step, storeArg, outArg] = process.argv.slice(2);
const GOAL_MB = 600;
const FORMATS = ['parquet', 'csv', 'csv-excel', 'xlsx'];

async function exportStep(format) {
  const { runExport } = await mod('pipeline/export.js');
  const t = performance.now();
  const report = await runExport({ storePath: storeArg, outDir: outArg, format, years: [2024] });
  const seconds = (performance.now() - t) / 1000;
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ seconds, rows: report.tradeRows, peak }));
}

if (FORMATS.includes(step)) {
  await exportStep(step);
} else {
  await withDemoStore('territrade-bench-export-', step, async (store, tmp) => {
    const self = import.meta.url;
    for (const format of FORMATS) {
      const r = runStep(self, format, store, path.join(tmp, `export-${format}`));
      console.log(
        `export --years 2024 --format ${format} : ${r.rows} lignes en ${r.seconds.toFixed(1)} s ; mémoire max ${r.peak} Mo ; objectif ≤ ${GOAL_MB} Mo : ${r.peak <= GOAL_MB ? 'atteint' : 'NON atteint'}`,
      );
    }
  });
}
