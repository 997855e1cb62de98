// The steps of a build, in order: read the period's figures, compute every territory's, write the
// fiches (each handed to the printer at once), their data files, then the site's pages. Each
// writes into the staging folder and counts what it wrote.
import fs from 'node:fs';
import path from 'node:path';
import type { Figures, PeriodRef } from '../figures/types.js';
import type { TerritoryRef } from '../model/territory.js';
import { toTerritoryRef, type ResolvedTerritory } from '../reference/territories.js';
import type { Staging } from './atomic.js';
import { comparisonsOf, keyOf } from './links.js';
import {
  chartImagePath,
  COMPARE_PATH,
  csvPath,
  fontHrefFrom,
  ficheHtmlPath,
  fichePdfPath,
  INDEX_PATH,
  jsonPath,
  RANKING_PATH,
  relativeHref,
  xlsxPath,
} from './out-paths.js';
import type { BuildReport } from '../report/text/build-summary.js';
import {
  dataTables,
  drawnCharts,
  withCharts,
  ficheDocumentInfo,
  renderFiche,
  type FicheInput,
  type FicheMeta,
  type TerritoryCharts,
} from '../report/fiche/index.js';
import { renderSiteIndex, siteEntryFromFigures } from '../report/site/home-page.js';
import { compareSiteData } from '../report/site/compare-data.js';
import { renderComparePage } from '../report/site/compare-page.js';
import type { Printing } from './printing.js';
import type { BuildOptions } from './build.js';
import { DEFAULT_PUBLICATION, type Publication } from '../model/publication.js';
import { writeTiPages, type TiPlan } from './ti-pages.js';
import { sharedFontFiles } from '../report/font-css.js';
import { rankingPageHtml } from './ranking-page.js';
import { measure } from './build-profile.js';

export function writeFile(root: string, rel: string, content: string | Buffer): void {
  measure('Écriture des fichiers', () => {
    const file = path.join(root, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  });
}

export type Counts = BuildReport['counts'];

/** What the writing steps share: where they write, what they count, the figures and charts of every territory shown. */
export interface BuildRun {
  o: BuildOptions;
  staging: Staging;
  counts: Counts;
  figures: Map<string, Figures>;
  chartsOf: (t: ResolvedTerritory) => TerritoryCharts;
  /** Between two files: lets the printer's messages through, and stops at its first failure. */
  breathe: () => Promise<void>;
  printing: Printing | null;
}

export interface FichePage {
  ref: TerritoryRef;
  input: FicheInput;
  figures: Figures;
}

/** The period's figures, read from the store (read-only), and the build's name for the period. */
/** The publisher's identity and words: the settings file's, else the defaults. */
export const publicationOf = (o: BuildOptions): Publication => o.publication ?? DEFAULT_PUBLICATION;

/** A build's shared state, with nothing written or counted yet. */
export function startRun(
  o: BuildOptions,
  staging: Staging,
  figures: Map<string, Figures>,
  printing: Printing | null,
): BuildRun {
  const charts = new Map<string, TerritoryCharts>();
  const counts: Counts = {
    departements: 0,
    regions: 0,
    france: 0,
    html: 0,
    pdf: 0,
    json: 0,
    csv: 0,
    territoiresIndustrie: 0,
  };
  return {
    o,
    staging,
    counts,
    figures,
    printing,
    chartsOf: (t) => {
      const key = keyOf(toTerritoryRef(t));
      let c = charts.get(key);
      if (!c) {
        const f = figures.get(key)!;
        charts.set(key, (c = measure('Graphiques (scènes ; SVG écran, étroit, papier)', () => withCharts(f))));
      }
      return c;
    },
    breathe: async () => {
      if (!printing) return;
      await new Promise((resolve) => setImmediate(resolve));
      printing.check();
    },
  };
}

/** The data files of a territory, as data-files.ts writes them: JSON, CSV, workbook, chart images. */
export function dataFilePaths(c: TerritoryCharts): string[] {
  const t = c.figures.territory;
  return [
    jsonPath(t),
    xlsxPath(t),
    ...dataTables(c).map(([key]) => csvPath(t, key)),
    ...drawnCharts(c).flatMap(([key]) => [chartImagePath(t, key, 'svg'), chartImagePath(t, key, 'png')]),
  ];
}

/** Each target's fiche page, handed to the printer as soon as it is written. */
export async function writeFiches(
  run: BuildRun,
  targets: readonly ResolvedTerritory[],
  links: (page: string) => FicheInput['links'],
  meta: FicheMeta,
  onPage: () => void,
  printed: () => void,
): Promise<FichePage[]> {
  const pages: FichePage[] = [];
  for (const t of targets) {
    const main = run.chartsOf(t);
    const ref = main.figures.territory;
    const page = ficheHtmlPath(ref);
    const input: FicheInput = {
      main,
      comparisons: comparisonsOf(t).map(run.chartsOf),
      links: links(page),
      meta,
      fontHref: fontHrefFrom(page),
    };
    // Handed to the printer first: Chromium prints while the screen page is rendered and written.
    run.printing?.add(
      {
        html: () => measure('Fiches HTML (impression)', () => renderFiche({ ...input, variant: 'print' })),
        out: path.join(run.staging.dir, ...fichePdfPath(ref).split('/')),
        info: ficheDocumentInfo(input),
      },
      printed,
    );
    const html = measure('Fiches HTML (écran)', () => renderFiche(input));
    writeFile(run.staging.dir, page, html);
    pages.push({ ref, input, figures: main.figures });
    run.counts[ref.kind === 'departement' ? 'departements' : ref.kind === 'region' ? 'regions' : 'france']++;
    run.counts.html++;
    onPage();
    await run.breathe();
  }
  return pages;
}

/** The site's font, index page, « Comparer » and « Classements » pages, and the Territoires d'industrie's pages. */
export function writeSitePages(
  run: BuildRun,
  /** hasRows: whether the store has lines of the territory (the « Classements » page ranks those only, as `rank` does). */
  pages: readonly (Pick<FichePage, 'ref' | 'figures'> & { hasRows: boolean })[],
  site: {
    year: string | number;
    window: PeriodRef | undefined;
    demo: boolean;
    toolVersion: string;
    tiPlan: TiPlan;
    /** The Territoires d'industrie's pages to write (tiPlan's, unless a partial build keeps some). */
    tiWritten?: TiPlan;
    deptKey: (dgddi: string) => string;
  },
): void {
  const { o, staging, counts, figures } = run;
  const { year, window, demo, toolVersion, tiPlan, deptKey } = site;
  const generatedAt = o.generatedAt.toISOString();
  // One copy of the font for every page of the site (the PDFs embed their own).
  for (const f of sharedFontFiles()) writeFile(staging.dir, f.rel, fs.readFileSync(f.source));
  const editionTitle = publicationOf(o).edition.title;
  const entries = pages.map((p) => siteEntryFromFigures(p.figures, ficheHtmlPath(p.ref)));
  writeFile(
    staging.dir,
    INDEX_PATH,
    renderSiteIndex(entries, {
      year,
      window,
      demo,
      generatedAt,
      toolVersion,
      territoiresList: pages[0]?.figures.territoires_industrie_list ?? 'default',
      tiPages: tiPlan.pages.map((p) => p.link),
      fontHref: fontHrefFrom(INDEX_PATH),
      compareHref: relativeHref(INDEX_PATH, COMPARE_PATH),
      rankingHref: relativeHref(INDEX_PATH, RANKING_PATH),
      editionTitle,
    }),
  );
  const compared = pages.map((p) => ({ figures: p.figures, href: relativeHref(COMPARE_PATH, ficheHtmlPath(p.ref)) }));
  const period = window ? `${window.from} – ${window.to}` : String(year);
  writeFile(
    staging.dir,
    COMPARE_PATH,
    renderComparePage(compareSiteData(compared, String(year), `comparaison-${period.replace(/ – /, '-')}.csv`), {
      year,
      demo,
      generatedAt,
      toolVersion,
      indexHref: relativeHref(COMPARE_PATH, INDEX_PATH),
      fontHref: fontHrefFrom(COMPARE_PATH),
      editionTitle,
    }),
  );
  const ranked = pages.filter((p) => p.hasRows).map((p) => p.figures);
  writeFile(
    staging.dir,
    RANKING_PATH,
    rankingPageHtml(ranked, period, { year, demo, generatedAt, toolVersion, editionTitle }),
  );
  counts.html += 3;
  counts.territoiresIndustrie = writeTiPages({
    plan: site.tiWritten ?? tiPlan,
    figuresOf: (dgddi) => figures.get(deptKey(dgddi))!,
    hasFiche: (key) => pages.some((p) => keyOf(p.ref) === key),
    year,
    demo,
    generatedAt,
    toolVersion,
    editionTitle,
    write: (rel, html) => writeFile(staging.dir, rel, html),
  });
  counts.html += counts.territoiresIndustrie;
}
