// `territrade build`: load and compute the figures (one pass over the store), draw the charts,
// render the fiches (HTML, then PDF), the data files and the site's index, written atomically
// into out/. The PDF printer (playwright-core) is loaded only when PDFs are printed.
import type { YearInfo } from '../store/queries.js';
import type { Publication } from '../model/publication.js';
import { departementByDgddi, toTerritoryRef, type ResolvedTerritory } from '../reference/territories.js';
import { checkReplaceable, checkStoreOutside, stage } from './atomic.js';
import { keyOf, linksFrom } from './links.js';
import { allTerritories } from './only.js';
import { carryOver, inOut, keptSite } from './keep-site.js';
import type { StoreFigures } from './figures.js';
import { COMPARE_PATH, INDEX_PATH, RANKING_PATH } from './out-paths.js';
import { sharedFontFiles } from '../report/font-css.js';
import { silentProgress, type Progress } from './build-progress.js';
import type { BuildReport } from '../report/text/build-summary.js';
import { toolVersion } from './version.js';
import type { FicheMeta, SourceFile } from '../report/fiche/index.js';
import type { BuildRun, FichePage } from './build-steps.js';
import { noChromiumMessage, type ChromiumResult } from '../report/pdf/chromium.js';
import { startPrinter, type Printer, type Printing } from './printing.js';
import { measure, measureSpan, profileLines, startProfile } from './build-profile.js';
import { buildFigures } from './build-figures.js';
import { writeSiteManifest } from './site-manifest.js';

export type { BuildReport } from '../report/text/build-summary.js';

export interface BuildOptions {
  storePath: string;
  year?: number;
  /** The latest N quarters instead of a calendar year. */
  lastQuarters?: number;
  outDir: string;
  /** Territories to build; all of them when absent. */
  only?: ResolvedTerritory[];
  /** With `only`: drop the other fiches of out/ instead of keeping them. */
  clean?: boolean;
  pdf: boolean;
  /** Pages printed in parallel. */
  jobs: number;
  generatedAt: Date;
  progress?: Progress;
  env?: NodeJS.ProcessEnv;
  /** Told what the period left out (a quarter one flow lacks). */
  notify?: (notice: string) => void;
  /** The publisher's identity and words (settings file); DEFAULT_PUBLICATION when absent. */
  publication?: Publication;
  /** Chromium, started by the command before the build's modules load (startPrinter); else started here. */
  printer?: Printer;
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

function ficheMeta(o: BuildOptions, info: YearInfo, r: Rendering): FicheMeta {
  return {
    generatedAt: o.generatedAt,
    toolVersion: toolVersion(),
    sources: sourceFiles(info),
    publication: r.publicationOf(o),
  };
}

/**
 * What draws and writes the pages, the data files and the Territoires d'industrie's pages:
 * imported while the store is read (the build's thread mostly waits for DuckDB then), not before.
 */
function loadRendering() {
  return Promise.all([import('./build-steps.js'), import('./ti-pages.js')]).then(([steps, ti]) => ({
    ...steps,
    ...ti,
  }));
}
type Rendering = Awaited<ReturnType<typeof loadRendering>>;

export async function runBuild(o: BuildOptions): Promise<BuildReport> {
  const started = process.hrtime.bigint();

  startProfile(o.env ?? process.env);
  let printer = o.printer;
  try {
    checkStoreOutside(o.storePath, o.outDir, 'build');
    checkReplaceable(o.outDir);
    // Chromium starts while the store is read, and prints each fiche once its page is written,
    // while the rest of the build goes on (see printing.ts).
    printer ??= startPrinter(o.pdf, o.jobs, o.env ?? process.env);
    const rendering = loadRendering();
    // Awaited by the build; a failure before that is the build's own.
    rendering.catch(() => {});
    return await build(o, started, printer.chromium, printer.printing, rendering);
  } catch (err) {
    await printer?.printing?.abort();
    throw err;
  }
}

/** What the build writes: the named fiches, those out/ keeps, their figures and the TI pages due. */
async function planSite(o: BuildOptions, progress: Progress, rendering: Promise<Rendering>) {
  const targets = o.only ?? allTerritories();
  // A partial build keeps the fiches out/ already holds (on the index, in the links, as files).
  const kept = o.only && !o.clean ? keptSite(o.outDir, targets) : { territories: [], withPdf: new Set<string>() };
  const keyOfT = (t: ResolvedTerritory) => keyOf(toTerritoryRef(t));
  const onSite = allTerritories().filter((t) => [...targets, ...kept.territories].some((u) => keyOfT(u) === keyOfT(t)));
  const built = new Set(onSite.map(keyOfT));
  const pdfs = new Set([...targets.map(keyOfT), ...kept.withPdf]);
  // A Territoire d'industrie gets its page when the fiches of all its départements are built.
  const deptKey = (dgddi: string): string => `departement:${departementByDgddi(dgddi)?.code}`;
  const tiPlanOf = (r: Rendering, c: StoreFigures) =>
    r.planTiPages(c.context.territoires, (dgddi) => built.has(deptKey(dgddi)));
  const has = (rel: string) => inOut(o.outDir, rel);
  const pagesInOut = async (c: StoreFigures) =>
    [INDEX_PATH, COMPARE_PATH, RANKING_PATH, ...sharedFontFiles().map((f) => f.rel)].every(has) &&
    tiPlanOf(await rendering, c).pages.every((p) => has(p.link.href));
  const { year, window, info, computed, figures, hasRows, fresh, unchanged, pagesKept, fingerprint, trusted } =
    await buildFigures(o, targets, kept, onSite, progress, pagesInOut);

  const r = await rendering;
  const tiPlan = tiPlanOf(r, computed);
  const rebuilt = new Set(targets.map(keyOfT));
  const tiWritten = pagesKept
    ? { ...tiPlan, pages: [] }
    : trusted
      ? r.tiPagesToWrite(tiPlan, rebuilt, deptKey, has)
      : tiPlan;
  return {
    r,
    targets,
    keyOfT,
    onSite,
    built,
    pdfs,
    kept,
    tiPlan,
    tiWritten,
    deptKey,
    year,
    window,
    info,
    figures,
    hasRows,
    fresh,
    unchanged,
    pagesKept,
    fingerprint,
  };
}

type Plan = Awaited<ReturnType<typeof planSite>>;

/**
 * The data files and the site's pages due; those out/ holds as this build would write them, but for
 * their date, are kept. Returns the territories whose data files are kept.
 */
async function writeDataAndSite(
  o: BuildOptions,
  plan: Plan,
  run: BuildRun,
  pages: readonly FichePage[],
  toolVersion: string,
): Promise<Set<string>> {
  const { r, onSite, keyOfT, figures, hasRows, fresh, unchanged, pagesKept, year, window, info } = plan;
  const { tiPlan, tiWritten, deptKey } = plan;
  // Data files out/ already holds as this build would write them are kept (with their date).
  const keptData = new Set(
    [...unchanged].filter((key) => r.dataFilePaths(run.chartsOf(fresh.get(key)!)).every((rel) => inOut(o.outDir, rel))),
  );
  const dataDue = new Map([...fresh].filter(([key]) => !keptData.has(key)));
  // The workbook and image writers load only when there are data files to write.
  if (dataDue.size > 0) await (await import('./data-files.js')).writeDataFiles(run, dataDue);
  if (!pagesKept) {
    // Each fiche written now, or kept from out/; the « Classements » page ranks those the store has lines of.
    const sitePages = onSite.map((t) => ({
      ...(pages.find((p) => keyOf(p.ref) === keyOfT(t)) ?? {
        ref: toTerritoryRef(t),
        figures: figures.get(keyOfT(t))!,
      }),
      hasRows: hasRows(t),
    }));
    const site = { year, window, demo: info.demo, toolVersion, tiPlan, tiWritten, deptKey };
    measure('Pages du site et des Territoires d’industrie', () => r.writeSitePages(run, sitePages, site));
  }
  return keptData;
}

async function build(
  o: BuildOptions,
  started: bigint,
  chromium: ChromiumResult | null,
  printing: Printing | null,
  rendering: Promise<Rendering>,
): Promise<BuildReport> {
  const progress = o.progress ?? silentProgress;
  const plan = await planSite(o, progress, rendering);

  const { r, targets, keyOfT, onSite, built, pdfs, kept, tiPlan } = plan;
  const { year, info, figures, hasRows, pagesKept, fingerprint } = plan;

  const meta: FicheMeta = ficheMeta(o, info, r);
  const pdfSkipped = chromium && chromium.path === null ? noChromiumMessage(chromium) : null;
  const htmlStep = progress.start('Pages HTML', targets.length);
  const pdfStep = printing ? progress.start('PDF', targets.length) : null;
  const run = r.startRun(o, stage(o.outDir), figures, printing);
  const { staging, counts } = run;
  try {
    const links = (page: string) => r.withTiLinks(linksFrom(page, built, chromium?.path != null, pdfs), page, tiPlan);
    const pages = await r.writeFiches(
      run,
      targets,
      links,
      meta,
      () => htmlStep.tick(),
      () => {
        counts.pdf++;
        pdfStep?.tick();
      },
    );
    // No more fiches to print: Chromium closes once the last PDF is written.
    printing?.close();
    const keptData = await writeDataAndSite(o, plan, run, pages, meta.toolVersion);
    writeSiteManifest(staging.dir, fingerprint, new Map(onSite.map((t) => [keyOfT(t), hasRows(t)])));
    htmlStep.stop();
    // The kept files join the new ones while Chromium prints.
    if (kept.territories.length > 0 || keptData.size > 0 || pagesKept)
      measure('Fichiers gardés (liens)', () => carryOver(o.outDir, staging.dir, targets));

    const pdfSeconds = printing ? await measureSpan('Attente des derniers PDF', () => printing.finish()) : 0;
    pdfStep?.stop();
    staging.commit();

    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return {
      year,
      demo: info.demo,
      partial: info.partial,
      outDir: o.outDir,
      counts,
      pdfSkipped,
      printedBy: printing ? chromium!.path : null,
      pdfSeconds,
      seconds,
      unchanged: { data: keptData.size, sitePages: pagesKept },
      profile: profileLines(seconds, pdfSeconds),
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
