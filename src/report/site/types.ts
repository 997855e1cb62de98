// The site's view of one territory: what the index page needs to place it on the map, colour it,
// find it and link to its fiche. Built from Figures by siteEntryFromFigures (entry.ts).
import type { TerritoryRef } from '../../figures/types.js';
import type { TiListKind } from '../ti-wording.js';
import type { TiPageLink } from './ti-links.js';

export interface SiteEntry {
  /** kind 'departement' | 'region' | 'france'. */
  territory: TerritoryRef;
  /** Relative to out/: 'departements/42-loire.html', 'regions/84-auvergne-rhone-alpes.html', 'france.html'. */
  href: string;
  /** The département's région; null for a région or France. */
  region: TerritoryRef | null;
  territoires_industrie: string[];
  /** Every registry indicator's value (Figures.indicators), by key; null where it does not apply. */
  indicators: Record<string, number | null>;
  /** Specialisation index of the exports by A129 activity (share here / share in France). */
  specialisation: { code: string; name: string; index: number }[];
}

export interface SiteIndexOptions {
  /** 2024, or a window of quarters in words: 'T3 2024 – T2 2025'. */
  year: number | string;
  /** The window of quarters ('2024-T3' to '2025-T2') when `year` is one: names the CSV download. */
  window?: { from: string; to: string };
  demo: boolean;
  /** ISO date-time of the build, shown in the footer. */
  generatedAt: string;
  toolVersion: string;
  territoiresList: TiListKind;
  /** The site's shared font folder relative to the page ('police/'); absent: the font is embedded. */
  fontHref?: string;
  /** The « Comparer » page, relative to the index; absent: no link to it. */
  compareHref?: string;
  /** The « Classements » page, relative to the index; absent: no link to it. */
  rankingHref?: string;
  /** The pages of the Territoires d'industrie this build writes (search and index link to them). */
  tiPages?: TiPageLink[];
  /** The edition's title (settings file), which heads and titles the page; DEFAULT_TITLE when absent. */
  editionTitle?: string;
}
