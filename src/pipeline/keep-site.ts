// A partial build (`build --only …` without --clean) keeps the rest of the site it replaces: the
// fiches already in out/ stay on the index and in the links, and their files are carried over
// unchanged into the new out/ (the named fiches' own pages are always the new ones).
import fs from 'node:fs';
import path from 'node:path';
import { toTerritoryRef, type ResolvedTerritory } from '../reference/territories.js';
import { keyOf } from './links.js';
import { allTerritories } from './only.js';
import { ficheHtmlPath, fichePdfPath } from './out-paths.js';

/** The territories of out/'s previous site that a partial build keeps (those not rebuilt). */
export interface KeptSite {
  territories: ResolvedTerritory[];
  /** Keys of the kept territories whose PDF is in out/. */
  withPdf: Set<string>;
}

/** The other fiches that `outDir` already holds; none when it holds no site. */
export function keptSite(outDir: string, targets: readonly ResolvedTerritory[]): KeptSite {
  const rebuilt = new Set(targets.map((t) => keyOf(toTerritoryRef(t))));
  const has = (rel: string) => inOut(outDir, rel);
  const territories = allTerritories().filter(
    (t) => !rebuilt.has(keyOf(toTerritoryRef(t))) && has(ficheHtmlPath(toTerritoryRef(t))),
  );
  const withPdf = new Set(
    territories.filter((t) => has(fichePdfPath(toTerritoryRef(t)))).map((t) => keyOf(toTerritoryRef(t))),
  );
  return { territories, withPdf };
}

/** Whether out/ holds the file `rel`. */
export const inOut = (outDir: string, rel: string): boolean => fs.existsSync(path.join(outDir, rel));

/** Every file path under `dir`, relative, with '/' separators. */
function filesUnder(dir: string, rel = ''): string[] {
  const here = path.join(dir, rel);
  return fs.readdirSync(here, { withFileTypes: true }).flatMap((e) => {
    const child = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) return filesUnder(dir, child);
    return e.isFile() ? [child] : [];
  });
}

/**
 * A hard link to the kept file: thousands of them on a full site, and no build ever writes into a
 * file of out/ (it writes a new folder and swaps it in). A copy where links are refused.
 */
function keepFile(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

/**
 * Carries into `stagingDir` every file of the previous `outDir` that the new build did not write,
 * except the rebuilt fiches' own pages (a PDF left from before would not match the new page).
 * Returns how many files were kept.
 */
export function carryOver(outDir: string, stagingDir: string, targets: readonly ResolvedTerritory[]): number {
  if (!fs.existsSync(outDir)) return 0;
  const own = new Set(targets.flatMap((t) => [ficheHtmlPath(toTerritoryRef(t)), fichePdfPath(toTerritoryRef(t))]));
  let kept = 0;
  for (const rel of filesUnder(outDir)) {
    const target = path.join(stagingDir, rel);
    if (own.has(rel) || fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    keepFile(path.join(outDir, rel), target);
    kept++;
  }
  return kept;
}
