// `territrade build` on a full demo year (101 départements, 18 régions, France):
// - all HTML fiches (charts, pages, JSON, CSV, index): goal ≤ 5 s;
// - all PDFs with one warm Chromium and 2 pages in parallel: goal ≤ 30 s on 2 cores;
// - peak memory of the Node process of each step (Chromium's own processes not included).
// Each step runs in a child process. Pass a store path as first argument to reuse one;
// otherwise a demo store is generated in a temporary folder. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dist = new URL('../dist/', import.meta.url);
const mod = (p) => import(new URL(p, dist).href);
const [step, storeArg, outArg] = process.argv.slice(2);
const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

async function buildStep(pdf) {
  const { runBuild } = await mod('pipeline/build.js');
  const t = performance.now();
  const report = await runBuild({ storePath: storeArg, outDir: outArg, pdf, jobs: 2, generatedAt: new Date(0) });
  const seconds = (performance.now() - t) / 1000;
  console.log(JSON.stringify({ seconds, html: report.counts.html, pdf: report.counts.pdf, skipped: report.pdfSkipped, peak: peakMb() }));
}

async function renderStep() {
  // Pages alone, in memory: figures are loaded first and not timed.
  const { withStore } = await mod('data/store.js');
  const { StoreFigures } = await mod('pipeline/figures.js');
  const { allTerritories } = await mod('report/build/only.js');
  const { comparisonsOf, linksFrom } = await mod('report/build/links.js');
  const { ficheHtmlPath } = await mod('report/build/paths.js');
  const { renderFiche, withCharts } = await mod('report/fiche/index.js');
  const { toTerritoryRef } = await mod('reference/territories.js');
  const yf = await withStore(storeArg, (s) => StoreFigures.load(s), { readOnly: true });
  const targets = allTerritories();
  const t = performance.now();
  const cache = new Map();
  const charts = (u) => {
    const k = toTerritoryRef(u).slug;
    if (!cache.has(k)) cache.set(k, withCharts(yf.figures(u)));
    return cache.get(k);
  };
  let bytes = 0;
  for (const u of targets) {
    const page = ficheHtmlPath(toTerritoryRef(u));
    bytes += renderFiche({
      main: charts(u),
      comparisons: comparisonsOf(u).map(charts),
      links: linksFrom(page, new Set()),
      meta: { generatedAt: new Date(0), toolVersion: 'bench', sources: [] },
    }).length;
  }
  console.log(JSON.stringify({ seconds: (performance.now() - t) / 1000, pages: targets.length, mb: bytes / 1e6, peak: peakMb() }));
}

if (step === 'html') await buildStep(false);
else if (step === 'pdf') await buildStep(true);
else if (step === 'render') await renderStep();
else {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'territrade-bench-build-'));
  try {
    let store = step;
    if (!store) {
      const { writeDemoArchives } = await mod('data/demo/archive.js');
      const { DEMO_DEFAULT_SEED } = await mod('data/demo/targets.js');
      const { importFiles } = await mod('data/import.js');
      const { Store } = await mod('data/store.js');
      const archives = await writeDemoArchives({ dir: tmp, year: 2024, seed: DEMO_DEFAULT_SEED });
      store = path.join(tmp, 'demo.duckdb');
      const s = await Store.open(store);
      try {
        await importFiles(s, archives);
      } finally {
        s.close();
      }
    }
    const run = (name, out) => {
      const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, name, store, out ?? ''], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${name} : ${r.stderr}`);
      return JSON.parse(r.stdout.trim().split('\n').pop());
    };
    const render = run('render');
    console.log(`fiches HTML en mémoire : ${render.pages} pages (${render.mb.toFixed(0)} Mo) en ${render.seconds.toFixed(2)} s ; mémoire max ${render.peak} Mo`);
    const html = run('html', path.join(tmp, 'out-html'));
    console.log(
      `build --no-pdf (base, indicateurs, ${html.html} pages HTML, JSON, CSV, écriture atomique) : ${html.seconds.toFixed(2)} s ; objectif ≤ 5 s : ${html.seconds <= 5 ? 'atteint' : 'NON atteint'} ; mémoire max ${html.peak} Mo`,
    );
    const pdf = run('pdf', path.join(tmp, 'out-pdf'));
    if (pdf.skipped) console.log(`PDF : non mesurés (${pdf.skipped})`);
    else {
      const pdfSeconds = pdf.seconds - html.seconds;
      console.log(
        `PDF : ${pdf.pdf} fichiers en ${pdfSeconds.toFixed(1)} s (build complet ${pdf.seconds.toFixed(1)} s, ${(pdfSeconds / pdf.pdf).toFixed(2)} s par PDF, 2 pages en parallèle) ; objectif ≤ 30 s : ${pdfSeconds <= 30 ? 'atteint' : 'NON atteint'} ; mémoire max de Node ${pdf.peak} Mo`,
      );
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
