// Where each output goes inside out/, and relative links between them.
import path from 'node:path';
import type { TerritoryRef } from '../figures/types.js';
import type { DataKey } from '../report/fiche/types.js';
import { FONT_DIR } from '../report/font-css.js';

/** 'departements/42-loire.html', 'regions/84-auvergne-rhone-alpes.html', 'france.html'. */
export function ficheBasePath(t: TerritoryRef): string {
  switch (t.kind) {
    case 'departement':
      return `departements/${t.slug}`;
    case 'region':
      return `regions/${t.slug}`;
    case 'france':
      return 'france';
  }
}

export const ficheHtmlPath = (t: TerritoryRef): string => `${ficheBasePath(t)}.html`;
export const fichePdfPath = (t: TerritoryRef): string => `${ficheBasePath(t)}.pdf`;
export const jsonPath = (t: TerritoryRef): string => `donnees/${t.slug}.json`;
export const csvPath = (t: TerritoryRef, key: DataKey): string => `donnees/${t.slug}-${key}.csv`;
export const xlsxPath = (t: TerritoryRef): string => `donnees/${t.slug}.xlsx`;
/** A chart's image files, beside its CSV file and named like it (the fiche links them so). */
export const chartImagePath = (t: TerritoryRef, key: DataKey, ext: 'svg' | 'png'): string =>
  `donnees/${t.slug}-${key}.${ext}`;
export const INDEX_PATH = 'index.html';
export const COMPARE_PATH = 'comparer.html';
export const RANKING_PATH = 'classements.html';

/** The site's shared font folder as seen from the page at `from` ('../police/'). */
export function fontHrefFrom(from: string): string {
  return `${relativeHref(from, FONT_DIR)}/`;
}

/** The href of `to` from the page at `from` (both relative to out/, '/'-separated). */
export function relativeHref(from: string, to: string): string {
  return path.posix.relative(path.posix.dirname(from), to);
}
