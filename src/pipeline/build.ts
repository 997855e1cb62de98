// `territrade build`: load and compute the figures (one pass over the store), draw the charts,
// render the fiches (HTML, then PDF), the data files and the site's index, written atomically
// into out/. The PDF printer (playwright-core) is loaded only when PDFs are printed.
import fs from 'node:fs';
import path from 'node:path';
import type { YearInfo } from '../store/queries.js';
import type { Publication } from '../model/publication.js';
import { departementByDgddi, toTerritoryRef, type ResolvedTerritory } from '../reference/territories.js';
import { checkReplaceable, checkStoreOutside, stage } from './atomic.js';
import { keyOf, linksFrom } from './links.js';
import { allTerritories } from './only.js';
import { carryOver, keptSite } from './keep-site.js';
import { silentProgress, type Progress } from './build-progress.js';
import type { BuildReport } from '../report/text/build-summary.js';
import { toolVersion } from './version.js';
import type { FicheMeta, SourceFile } from '../report/fiche/index.js';
import { findChromium, noChromiumMessage, systemLookup, type ChromiumResult } from '../report/pdf/chromium.js';
import { startPrinting, type Printing } from './printing.js';
import { planTiPages, tiPagesToWrite, withTiLinks } from './ti-pages.js';
import { writeDataFiles } from './data-files.js';
import { measure, measureSpan, profileLines, startProfile } from './build-profile.js';
import { publicationOf, writeFiches, writeSitePages, startRun } from './build-steps.js';
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

function ficheMeta(o: BuildOptions, info: YearInfo): FicheMeta {
  return {
    generatedAt: o.generatedAt,
    toolVersion: toolVersion(),
    sources: sourceFiles(info),
    publication: publicationOf(o),
  };
}

export async function runBuild(o: BuildOptions): Promise<BuildReport> {
  const started = process.hrtime.bigint();
  startProfile(o.env ?? process.env);
  checkStoreOutside(o.storePath, o.outDir, 'build');
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

/** What the build writes: the named fiches, those out/ keeps, their figures and the TI pages due. */
async function planSite(o: BuildOptions, progress: Progress) {
  const targets = o.only ?? allTerritories();
  // A partial build keeps the fiches out/ already holds (on the index, in the links, as files).
  const kept = o.only && !o.clean ? keptSite(o.outDir, targets) : { territories: [], withPdf: new Set<string>() };
  const keyOfT = (t: ResolvedTerritory) => keyOf(toTerritoryRef(t));
  const onSite = allTerritories().filter((t) => [...targets, ...kept.territories].some((u) => keyOfT(u) === keyOfT(t)));
  const built = new Set(onSite.map(keyOfT));
  const pdfs = new Set([...targets.map(keyOfT), ...kept.withPdf]);
  const { year, window, info, computed, figures, hasRows, fresh, fingerprint, trusted } = await buildFigures(
    o,
    targets,
    kept,
    onSite,
    progress,
  );

  // A Territoire d'industrie gets its page when the fiches of all its départements are built.
  const deptKey = (dgddi: string): string => `departement:${departementByDgddi(dgddi)?.code}`;
  const tiPlan = planTiPages(computed.context.territoires, (dgddi) => built.has(deptKey(dgddi)));
  const rebuilt = new Set(targets.map(keyOfT));
  const tiWritten = trusted
    ? tiPagesToWrite(tiPlan, rebuilt, deptKey, (href) => fs.existsSync(path.join(o.outDir, href)))
    : tiPlan;
  return {
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
    fingerprint,
  };
}

async function build(
  o: BuildOptions,
  started: bigint,
  chromium: ChromiumResult | null,
  printing: Printing | null,
): Promise<BuildReport> {
  const progress = o.progress ?? silentProgress;
  const plan = await planSite(o, progress);
  const { targets, keyOfT, onSite, built, pdfs, kept, tiPlan, tiWritten, deptKey } = plan;
  const { year, window, info, figures, hasRows, fresh, fingerprint } = plan;

  const meta: FicheMeta = ficheMeta(o, info);
  const pdfSkipped = chromium && chromium.path === null ? noChromiumMessage(chromium) : null;
  const htmlStep = progress.start('Pages HTML', targets.length);
  const pdfStep = printing ? progress.start('PDF', targets.length) : null;
  const run = startRun(o, stage(o.outDir), figures, printing);
  const { staging, counts } = run;
  try {
    const links = (page: string) => withTiLinks(linksFrom(page, built, chromium?.path != null, pdfs), page, tiPlan);
    const pages = await writeFiches(
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
    await writeDataFiles(run, fresh);
    // Each fiche written now, or kept from out/; the « Classements » page ranks those the store has lines of.
    const sitePages = onSite.map((t) => ({
      ...(pages.find((p) => keyOf(p.ref) === keyOfT(t)) ?? {
        ref: toTerritoryRef(t),
        figures: figures.get(keyOfT(t))!,
      }),
      hasRows: hasRows(t),
    }));
    const site = { year, window, demo: info.demo, toolVersion: meta.toolVersion, tiPlan, tiWritten, deptKey };
    measure('Pages du site et des Territoires d’industrie', () => writeSitePages(run, sitePages, site));
    writeSiteManifest(staging.dir, fingerprint, new Map(onSite.map((t) => [keyOfT(t), hasRows(t)])));
    htmlStep.stop();

    const pdfSeconds = printing ? await measureSpan('Attente des derniers PDF', () => printing.finish()) : 0;
    pdfStep?.stop();
    if (kept.territories.length > 0) carryOver(o.outDir, staging.dir, targets);
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
