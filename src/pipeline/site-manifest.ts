// What a build records of itself in out/ (.territrade-site.json), so that a later partial build
// (`build --only 42`) can take the other fiches' figures from their donnees/<territoire>.json
// instead of computing them again: the store (path, size, last change), the period, the settings
// and the version it was built with, and which territories had lines in the store. A site built
// otherwise is not trusted: the partial build then computes every territory, as before. In a
// trusted site, the files a partial build would only change by their date are kept as they are.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Figures } from '../figures/types.js';
import type { Period } from '../model/period.js';
import type { Publication } from '../model/publication.js';
import { toTerritoryRef, type ResolvedTerritory } from '../reference/territories.js';
import { keyOf } from './links.js';
import { ficheHtmlPath, jsonPath } from './out-paths.js';
import { toolVersion } from './version.js';

export const SITE_MANIFEST = '.territrade-site.json';

export interface SiteManifest {
  /** What the figures were computed from (siteFingerprint). */
  fingerprint: string;
  /** Territory key → whether the store has lines of it in the period (the « Classements » page ranks those). */
  hasRows: Record<string, boolean>;
}

/** The store's file and its write-ahead log, as the file system sees them: any import changes them. */
function storeStamp(storePath: string): unknown[] {
  return [storePath, `${storePath}.wal`].map((file) => {
    try {
      const s = fs.statSync(file);
      return [fs.realpathSync(file), s.size, s.mtimeMs];
    } catch {
      return null;
    }
  });
}

/** One string for the store, the period and its comparison, the settings and the version. */
export function siteFingerprint(
  storePath: string,
  period: Period,
  previous: Period | null,
  publication: Publication,
): string {
  const facts = { store: storeStamp(storePath), period, previous, publication, version: toolVersion() };
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex');
}

export function writeSiteManifest(dir: string, fingerprint: string, hasRows: ReadonlyMap<string, boolean>): void {
  const manifest: SiteManifest = { fingerprint, hasRows: Object.fromEntries([...hasRows].sort()) };
  fs.writeFileSync(path.join(dir, SITE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

function readManifest(outDir: string): SiteManifest | null {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(outDir, SITE_MANIFEST), 'utf8')) as Partial<SiteManifest>;
    return typeof m.fingerprint === 'string' && typeof m.hasRows === 'object' && m.hasRows !== null
      ? (m as SiteManifest)
      : null;
  } catch {
    return null;
  }
}

/** The text of a territory's data file donnees/<territoire>.json. */
export const figuresJson = (f: Figures): string => `${JSON.stringify(f, null, 2)}\n`;

export type Trusted = { manifest: SiteManifest } | { reason: string };

/** out/'s manifest when out/ was built like this build (same store, period, settings, version); else why not, in French (ends a sentence of the build's notice). */
export function trustedSite(outDir: string, fingerprint: string): Trusted {
  const manifest = readManifest(outDir);
  if (manifest === null) return { reason: 'il ne dit pas de quelle base ni de quelle période il vient' };
  if (manifest.fingerprint !== fingerprint)
    return {
      reason: 'il a été construit avec une autre base, une autre période, d’autres réglages ou une autre version',
    };
  return { manifest };
}

export type KeptFigures =
  | { figures: Map<string, Figures>; hasRows: Map<string, boolean> }
  /** Why they cannot be used, in French: ends a sentence of the build's notice. */
  | { reason: string };

/**
 * Whether the store has lines of each kept fiche (from the manifest), and the figures of those of
 * `read` as their data files hold them.
 */
export function keptFigures(
  outDir: string,
  manifest: SiteManifest,
  kept: readonly ResolvedTerritory[],
  read: ReadonlySet<string>,
): KeptFigures {
  const figures = new Map<string, Figures>();
  const hasRows = new Map<string, boolean>();
  for (const t of kept) {
    const ref = toTerritoryRef(t);
    const key = keyOf(ref);
    const rows = manifest.hasRows[key];
    if (typeof rows !== 'boolean') return { reason: `sa construction ne connaît pas la fiche ${ficheHtmlPath(ref)}` };
    hasRows.set(key, rows);
    if (!read.has(key)) continue;
    let f: Figures;
    try {
      f = JSON.parse(fs.readFileSync(path.join(outDir, jsonPath(ref)), 'utf8')) as Figures;
    } catch {
      return { reason: `le fichier ${jsonPath(ref)} y manque ou est illisible` };
    }
    if (f.territory?.code !== ref.code)
      return { reason: `le fichier ${jsonPath(ref)} ne correspond pas à sa construction` };
    figures.set(key, f);
  }
  return { figures, hasRows };
}

/**
 * The territories of `fresh` whose data file in out/ already holds these very figures: a trusted
 * site's other files of them (CSV, xlsx, images) are then what this build would write, but for the
 * generation date inside the workbook, and are kept as they are.
 */
export function unchangedData(outDir: string, fresh: ReadonlyMap<string, Figures>): Set<string> {
  const same = new Set<string>();
  for (const [key, f] of fresh) {
    try {
      if (fs.readFileSync(path.join(outDir, jsonPath(f.territory)), 'utf8') === figuresJson(f)) same.add(key);
    } catch {
      // Not in out/: written.
    }
  }
  return same;
}
