// Which fiches a fiche compares itself with, and the relative links a page of out/ carries.
import type { TerritoryRef } from '../model/territory.js';
import { regions, type ResolvedTerritory } from '../reference/territories.js';
import type { FicheLinks } from '../report/fiche/index.js';
import { csvPath, ficheHtmlPath, fichePdfPath, INDEX_PATH, jsonPath, relativeHref, xlsxPath } from './out-paths.js';

/** 'departement:42', 'region:84', 'france:FR'. */
export function keyOf(t: TerritoryRef): string {
  return `${t.kind}:${t.code}`;
}

/** The territories a fiche compares its flows with: the région when it has several départements, then France. */
export function comparisonsOf(t: ResolvedTerritory): ResolvedTerritory[] {
  if (t.kind === 'france') return [];
  const france: ResolvedTerritory = { kind: 'france' };
  if (t.kind === 'region') return [france];
  const region = regions().find((r) => r.code === t.departement.region)!;
  return region.departements.length > 1 ? [{ kind: 'region', region }, france] : [france];
}

/**
 * Links from `page`; `pdf`: whether this build prints the PDFs, `pdfs`: the fiches that have one
 * (so that a PDF link never leads nowhere).
 */
export function linksFrom(page: string, built: Set<string>, pdf = false, pdfs: Set<string> = built): FicheLinks {
  return {
    fiche: (t) => (built.has(keyOf(t)) ? relativeHref(page, ficheHtmlPath(t)) : null),
    csv: (t, chart) => relativeHref(page, csvPath(t, chart)),
    json: (t) => relativeHref(page, jsonPath(t)),
    xlsx: (t) => relativeHref(page, xlsxPath(t)),
    pdf: (t) => (pdf && pdfs.has(keyOf(t)) ? relativeHref(page, fichePdfPath(t)) : null),
    index: relativeHref(page, INDEX_PATH),
    page,
  };
}
