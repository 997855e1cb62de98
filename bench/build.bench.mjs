// `territrade build` on a full demo year (101 départements, 18 régions, France):
// - all HTML fiches (charts, pages, JSON, CSV, index): goal ≤ 5 s;
// - all PDFs with one warm Chromium and 2 pages in parallel: goal ≤ 30 s on 2 cores;
// - peak memory of the Node process of each step (Chromium's own processes not included).
// Each step runs in a child process. Pass a store path as first argument to reuse one;
// otherwise a demo store is generated in a temporary folder. Run after `npm run build`.
import path from 'node:path';
import { mod, runStep, timeBuild, withDemoStore } from './lib/demo-build.mjs';

const [step, storeArg, outArg] = process.argv.slice(2);
const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

async function buildStep(pdf) {
  const { seconds, report } = await timeBuild(storeArg, outArg, pdf);
  console.log(
    JSON.stringify({
      seconds,
      html: report.counts.html,
      pdf: report.counts.pdf,
      skipped: report.pdfSkipped,
      peak: peakMb(),
    }),
  );
}

async function renderStep() {
  // Pages alone, in memory: figures are loaded first and not timed.
  const { withStore } = await mod('store/store.js');
  const { StoreFigures } = await mod('pipeline/figures.js');
  const { allTerritories } = await mod('pipeline/only.js');
  const { comparisonsOf, linksFrom } = await mod('pipeline/links.js');
  const { ficheHtmlPath } = await mod('pipeline/out-paths.js');
  const { renderFiche, withCharts } = await mod('report/fiche/index.js');
  const { toTerritoryRef } = await mod('reference/territories.js');
  const { DEFAULT_PUBLICATION } = await mod('model/publication.js');
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
      meta: { generatedAt: new Date(0), toolVersion: 'bench', sources: [], publication: DEFAULT_PUBLICATION },
    }).length;
  }
  console.log(
    JSON.stringify({ seconds: (performance.now() - t) / 1000, pages: targets.length, mb: bytes / 1e6, peak: peakMb() }),
  );
}

if (step === 'html') await buildStep(false);
else if (step === 'pdf') await buildStep(true);
else if (step === 'render') await renderStep();
else {
  await withDemoStore('territrade-bench-build-', step, async (store, tmp) => {
    const run = (name, out) => runStep(import.meta.url, name, store, out);
    const render = run('render');
    console.log(
      `fiches HTML en mémoire : ${render.pages} pages (${render.mb.toFixed(0)} Mo) en ${render.seconds.toFixed(2)} s ; mémoire max ${render.peak} Mo`,
    );
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
  });
}
