// `territrade build`: load and compute the figures (one pass over the store), draw the charts,
// render the fiches (HTML, then PDF), the data files and the site's index, written atomically
// into out/. The PDF printer (playwright-core) is loaded only when PDFs are printed.
import fs from 'node:fs';
import path from 'node:path';
import type { YearInfo } from '../store/queries.js';
import { withStore } from '../store/store.js';
import type { Figures } from '../figures/types.js';
import type { TerritoryRef } from '../model/territory.js';
import { departementByDgddi, toTerritoryRef, type ResolvedTerritory } from '../reference/territories.js';
import { checkReplaceable, stage } from './atomic.js';
import { comparisonsOf, keyOf, linksFrom } from './links.js';
import { allTerritories } from './only.js';
import { sharedFontFiles } from '../report/font-css.js';
import { csvPath, fontHrefFrom, ficheHtmlPath, fichePdfPath, INDEX_PATH, jsonPath } from './out-paths.js';
import { silentProgress, type Progress } from './build-progress.js';
import type { BuildReport } from '../report/text/build-summary.js';
import { toolVersion } from './version.js';
import { tableToCsv } from '../report/csv.js';
import { csvTable } from '../report/csv-codes.js';
import {
  dataTables,
  ficheDocumentInfo,
  renderFiche,
  withCharts,
  type FicheInput,
  type FicheMeta,
  type SourceFile,
  type TerritoryCharts,
} from '../report/fiche/index.js';
import { findChromium, noChromiumMessage, systemLookup, type ChromiumResult } from '../report/pdf/chromium.js';
import { renderSiteIndex, siteEntryFromFigures } from '../report/site/home-page.js';
import { StoreFigures } from './figures.js';
import { periodRef } from '../figures/period.js';
import { windowWords } from '../report/fiche/wording.js';
import { startPrinting, type Printing } from './printing.js';
import { planTiPages, withTiLinks, writeTiPages } from './ti-pages.js';

export type { BuildReport } from '../report/text/build-summary.js';

export interface BuildOptions {
  storePath: string;
  year?: number;
  /** The latest N quarters instead of a calendar year. */
  lastQuarters?: number;
  outDir: string;
  /** Territories to build; all of them when absent. */
  only?: ResolvedTerritory[];
  pdf: boolean;
  /** Pages printed in parallel. */
  jobs: number;
  generatedAt: Date;
  progress?: Progress;
  env?: NodeJS.ProcessEnv;
}

function sourceFiles(info: YearInfo): SourceFile[] {
  return info.sources.map((s) => ({
    // The archive and entry names ('…_export.zip/Region_2024_Export.txt'); the container column
    // holds a local folder, which has no place in a published page.
    name: s.fileName,
    quarters: s.quarters
      .split(/[ ,]+/)
      .filter(Boolean)
      .map((q) => q.replace(/^\d{4}/, ''))
      .join(' '),
    demo: s.demo,
  }));
}

function writeFile(root: string, rel: string, content: string | Buffer): void {
  const file = path.join(root, ...rel.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

export async function runBuild(o: BuildOptions): Promise<BuildReport> {
  const started = process.hrtime.bigint();
  checkReplaceable(o.outDir);
  // Known before the pages are written, so that a fiche links to its PDF only when there is one.
  const chromium = o.pdf ? findChromium(systemLookup(o.env ?? process.env)) : null;
  // Chromium starts while the store is read, and prints each fiche once its page is written,
  // while the rest of the build goes on (see printing.ts).
  const printing = chromium?.path ? startPrinting(chromium.path, o.jobs) : null;
  try {
    return await build(o, started, chromium, printing);
  } catch (err) {
    await printing?.abort();
    throw err;
  }
}

async function build(
  o: BuildOptions,
  started: bigint,
  chromium: ChromiumResult | null,
  printing: Printing | null,
): Promise<BuildReport> {
  const progress = o.progress ?? silentProgress;

  const { year, window, info, computed } = await withStore(
    o.storePath,
    async (store) => {
      const yf = await StoreFigures.load(store, { year: o.year, lastQuarters: o.lastQuarters });
      const window = yf.context.year === null ? periodRef(yf.period) : undefined;
      return { year: yf.context.year ?? windowWords(periodRef(yf.period)), window, info: yf.info, computed: yf };
    },
    { readOnly: true },
  );

  const targets = o.only ?? allTerritories();
  const built = new Set(targets.map((t) => keyOf(toTerritoryRef(t))));
  // Every territory whose charts appear somewhere: the targets and what they are compared with.
  const needed = new Map<string, ResolvedTerritory>();
  for (const t of targets) for (const u of [t, ...comparisonsOf(t)]) needed.set(keyOf(toTerritoryRef(u)), u);

  const step = progress.start('Indicateurs', needed.size);
  const figures = new Map<string, Figures>();
  try {
    for (const [key, t] of needed) {
      figures.set(key, computed.figures(t));
      step.tick();
    }
  } catch (err) {
    step.stop(false);
    throw err;
  }
  step.stop();

  // A Territoire d'industrie gets its page when the fiches of all its départements are built.
  const deptKey = (dgddi: string): string => `departement:${departementByDgddi(dgddi)?.code}`;
  const tiPlan = planTiPages(computed.context.territoires, (dgddi) => built.has(deptKey(dgddi)));

  const meta: FicheMeta = { generatedAt: o.generatedAt, toolVersion: toolVersion(), sources: sourceFiles(info) };
  const staging = stage(o.outDir);
  const counts = { departements: 0, regions: 0, france: 0, html: 0, pdf: 0, json: 0, csv: 0, territoiresIndustrie: 0 };
  const pdfSkipped = chromium && chromium.path === null ? noChromiumMessage(chromium) : null;
  const htmlStep = progress.start('Pages HTML', targets.length);
  const pdfStep = printing ? progress.start('PDF', targets.length) : null;
  const printed = () => {
    counts.pdf++;
    pdfStep?.tick();
  };
  // Between two files: lets the printer's messages through, and stops at its first failure.
  const breathe = async () => {
    if (!printing) return;
    await new Promise((resolve) => setImmediate(resolve));
    printing.check();
  };
  try {
    const charts = new Map<string, TerritoryCharts>();
    const chartsOf = (t: ResolvedTerritory): TerritoryCharts => {
      const key = keyOf(toTerritoryRef(t));
      let c = charts.get(key);
      if (!c) charts.set(key, (c = withCharts(figures.get(key)!)));
      return c;
    };

    const pages: { ref: TerritoryRef; input: FicheInput; figures: Figures }[] = [];
    for (const t of targets) {
      const main = chartsOf(t);
      const ref = main.figures.territory;
      const page = ficheHtmlPath(ref);
      const input: FicheInput = {
        main,
        comparisons: comparisonsOf(t).map(chartsOf),
        links: withTiLinks(linksFrom(page, built, chromium?.path != null), page, tiPlan),
        meta,
        fontHref: fontHrefFrom(page),
      };
      writeFile(staging.dir, page, renderFiche(input));
      pages.push({ ref, input, figures: main.figures });
      printing?.add(
        {
          html: () => renderFiche({ ...input, variant: 'print' }),
          out: path.join(staging.dir, ...fichePdfPath(ref).split('/')),
          info: ficheDocumentInfo(input),
        },
        printed,
      );
      counts[ref.kind === 'departement' ? 'departements' : ref.kind === 'region' ? 'regions' : 'france']++;
      counts.html++;
      htmlStep.tick();
      await breathe();
    }
    // Data files of every territory shown, so that each CSV link of a fiche leads somewhere.
    for (const [key, t] of needed) {
      const c = chartsOf(t);
      writeFile(staging.dir, jsonPath(c.figures.territory), `${JSON.stringify(figures.get(key), null, 2)}\n`);
      counts.json++;
      for (const [key, table] of dataTables(c)) {
        writeFile(staging.dir, csvPath(c.figures.territory, key), tableToCsv(csvTable(key, table, c.figures)));
        counts.csv++;
      }
      await breathe();
    }
    // One copy of the font for every page of the site (the PDFs embed their own).
    for (const f of sharedFontFiles()) writeFile(staging.dir, f.rel, fs.readFileSync(f.source));
    const entries = pages.map((p) => siteEntryFromFigures(p.figures, ficheHtmlPath(p.ref)));
    writeFile(
      staging.dir,
      INDEX_PATH,
      renderSiteIndex(entries, {
        year,
        window,
        demo: info.demo,
        generatedAt: o.generatedAt.toISOString(),
        toolVersion: meta.toolVersion,
        territoiresList: pages[0]?.figures.territoires_industrie_list ?? 'default',
        tiPages: tiPlan.pages.map((p) => p.link),
        fontHref: fontHrefFrom(INDEX_PATH),
      }),
    );
    counts.html++;
    counts.territoiresIndustrie = writeTiPages({
      plan: tiPlan,
      figuresOf: (dgddi) => figures.get(deptKey(dgddi))!,
      year,
      demo: info.demo,
      generatedAt: o.generatedAt.toISOString(),
      toolVersion: meta.toolVersion,
      write: (rel, html) => writeFile(staging.dir, rel, html),
    });
    counts.html += counts.territoiresIndustrie;
    htmlStep.stop();

    const pdfSeconds = printing ? await printing.finish() : 0;
    pdfStep?.stop();
    staging.commit();
    return {
      year,
      demo: info.demo,
      partial: info.partial,
      outDir: o.outDir,
      counts,
      pdfSkipped,
      printedBy: printing ? chromium!.path : null,
      pdfSeconds,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    };
  } catch (err) {
    // Chromium stops writing into the temporary folder before it goes.
    await printing?.abort();
    htmlStep.stop(false);
    pdfStep?.stop(false);
    staging.discard();
    throw err;
  }
}
