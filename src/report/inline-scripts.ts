// The pages' scripts, written in TypeScript in src/browser/ and bundled by the package's build
// (scripts/build-browser.mjs) into dist/browser/: the pages inline them, so that each stays one
// self-contained file. Read once per process.
import { readFileSync } from 'node:fs';
import { once } from '../reference/files.js';

/** dist/browser/ from this module, whether it runs compiled (dist/report/) or from src/report/ (tests). */
const BUNDLES = new URL('../../dist/browser/', import.meta.url);

function bundle(name: string): string {
  const url = new URL(name, BUNDLES);
  try {
    return readFileSync(url, 'utf8').trimEnd();
  } catch (err) {
    throw new Error(`${url.pathname} est introuvable : lancez « npm run build » (${(err as Error).message})`);
  }
}

/** The index page's script: map, value box, search, table sorting and download. */
export const siteScript = once(() => bundle('site.js'));

/** The fiche's script: the charts' tooltips and keyboard moves. */
export const ficheScript = once(() => bundle('fiche.js'));

/** The « Comparer » page's script: choice of territories, table, small multiples, CSV, address. */
export const compareScript = once(() => bundle('compare.js'));

/** The « Classements » page's script: the ranked table of the chosen indicator and scale, sorting, CSV, address. */
export const rankingScript = once(() => bundle('ranking.js'));
