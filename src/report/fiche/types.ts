// What a fiche is made from: plain data, so that rendering stays a pure function.
import type { ChartOutput, ChartTable } from '../../charts/types.js';
import type { Figures, TerritoireIndustrie, TerritoryRef } from '../../figures/types.js';
import type { Publication } from '../../model/publication.js';
import type { EvolutionCharts, EvolutionTableKey } from './evolution.js';
import type { PositionTableKey } from './position.js';
import type { OpportunityCharts } from './opportunity-charts.js';

export type ChartKey = 'partenaires' | 'activites' | 'flux-exportations' | 'flux-importations';

export const CHART_KEYS: readonly ChartKey[] = ['partenaires', 'activites', 'flux-exportations', 'flux-importations'];

export type ChartSet = Record<ChartKey, ChartOutput>;

/** What a CSV file beside the fiche holds: a chart's data or a table of the position or evolution section. */
export type DataKey = ChartKey | PositionTableKey | EvolutionTableKey;

/** The position section's chart (none for France) and tables, each also written as CSV. */
export interface PositionCharts {
  specialisation: ChartOutput | null;
  /** The « Pistes d'action » blocks' charts (absent: rendered with the section). */
  leads?: OpportunityCharts;
  tables: Partial<Record<PositionTableKey, ChartTable>>;
}

/** One territory's figures with its rendered charts. */
export interface TerritoryCharts {
  figures: Figures;
  charts: ChartSet;
  position: PositionCharts;
  /** The evolution section's chart and tables; null (or absent) when the figures carry no history. */
  evolution?: EvolutionCharts | null;
}

/** Relative hrefs from the fiche being rendered. */
export interface FicheLinks {
  /** Another territory's fiche, or null when this build does not write it. */
  fiche(territory: TerritoryRef): string | null;
  csv(territory: TerritoryRef, key: DataKey): string;
  json(territory: TerritoryRef): string;
  /** The territory's Excel workbook (every chart table and indicator block). */
  xlsx(territory: TerritoryRef): string;
  /** The fiche's own PDF, or null when this build prints none. */
  pdf?(territory: TerritoryRef): string | null;
  index: string;
  /** This page's path in the site ('departements/42-loire.html'), which its chart citations name. */
  page?: string;
  /** A Territoire d'industrie's page of the site, when the build writes one. */
  territoireIndustrie?(territoire: TerritoireIndustrie): string | null;
}

export interface SourceFile {
  /** 'DEMO_regional_2024_export.zip/Region_2024_Export.txt'. */
  name: string;
  /** 'T1 T2 T3 T4'. */
  quarters: string;
  demo: boolean;
}

export interface FicheMeta {
  /** Generation date (SOURCE_DATE_EPOCH when set). */
  generatedAt: Date;
  toolVersion: string;
  sources: SourceFile[];
  /** The publisher's identity and words (the settings file; DEFAULT_PUBLICATION otherwise). */
  publication: Publication;
}

export interface FicheInput {
  main: TerritoryCharts;
  /** Territories the flows are compared with, in order: the région (when it has several départements), France. */
  comparisons: TerritoryCharts[];
  links: FicheLinks;
  meta: FicheMeta;
  /**
   * 'screen' (default): the web page, with data tables, CSV links and the tooltip script.
   * 'print': the same page without them, what the PDF is printed from.
   */
  variant?: 'screen' | 'print';
  /**
   * The site's shared font folder relative to the fiche ('../police/'): the screen page links to
   * it instead of embedding the font. Absent, or for 'print': embedded (the page stands alone).
   */
  fontHref?: string;
}
