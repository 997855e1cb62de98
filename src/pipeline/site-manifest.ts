// What a build records of itself in out/ (.territrade-site.json), so that a later partial build
// (`build --only 42`) can take the other fiches' figures from their donnees/<territoire>.json
// instead of computing them again: the store (path, size, last change), the period, the settings
// and the version it was built with, and which territories had lines in the store. A site built
// otherwise is not trusted: the partial build then computes every territory, as before.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Figures } from '../figures/types.js';
import type { Period } from '../model/period.js';
import type { Publication } from '../model/publication.js';
import { toTerritoryRef, type ResolvedTerritory } from '../reference/territories.js';
import { keyOf } from './links.js';
import { jsonPath } from './out-paths.js';
import { toolVersion } from './version.js';

export const SITE_MANIFEST = '.territrade-site.json';

interface SiteManifest {
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

export type KeptFigures =
  | { figures: Map<string, Figures>; hasRows: Map<string, boolean> }
  /** Why they cannot be used, in French: ends a sentence of the build's notice. */
  | { reason: string };

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

/** The kept fiches' figures as their data files hold them, when out/ was built like this build. */
export function keptFigures(outDir: string, kept: readonly ResolvedTerritory[], fingerprint: string): KeptFigures {
  const manifest = readManifest(outDir);
  if (manifest === null) return { reason: 'il ne dit pas de quelle base ni de quelle période il vient' };
  if (manifest.fingerprint !== fingerprint)
    return {
      reason: 'il a été construit avec une autre base, une autre période, d’autres réglages ou une autre version',
    };
  const figures = new Map<string, Figures>();
  const hasRows = new Map<string, boolean>();
  for (const t of kept) {
    const ref = toTerritoryRef(t);
    const key = keyOf(ref);
    const rows = manifest.hasRows[key];
    let f: Figures;
    try {
      f = JSON.parse(fs.readFileSync(path.join(outDir, jsonPath(ref)), 'utf8')) as Figures;
    } catch {
      return { reason: `le fichier ${jsonPath(ref)} y manque ou est illisible` };
    }
    if (typeof rows !== 'boolean' || f.territory?.code !== ref.code)
      return { reason: `le fichier ${jsonPath(ref)} ne correspond pas à sa construction` };
    figures.set(key, f);
    hasRows.set(key, rows);
  }
  return { figures, hasRows };
}
