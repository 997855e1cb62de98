// Plain data computed for one territory and one period (a year, or the latest quarters). This is the contract between
// figures (producers) and charts / fiche / JSON output (consumers).

export type { TerritoryKind, TerritoryRef, TerritoireIndustrie } from '../model/territory.js';
import type { TerritoireIndustrie, TerritoryRef } from '../model/territory.js';
import type { PositionOverTime } from './position/over-time.js';
import type { YearTotals } from './history.js';
import type { QuarterSeries } from './quarter-series.js';
import type { FlowMovers } from './movers.js';
import type { IndicatorValues } from './indicators/registry.js';
import type { Opportunities } from './opportunities/opportunities.js';
import type { ComplexityFigures } from './opportunities/related.js';

export type { YearTotals } from './history.js';
export type { FlowMovers, Mover, Movers } from './movers.js';

/** The version of the figures' JSON shape. */
export const FIGURES_SCHEMA = 2;

/** A run of quarters as the JSON gives it: '2024-T1' to '2024-T4'. */
export interface PeriodRef {
  from: string;
  to: string;
}

export interface FlowTotal {
  total_eur: number;
  /** Fraction 0–1 of the territory's région; null for a région or France. */
  share_of_region: number | null;
  /** Fraction 0–1 of France; null for France itself. */
  share_of_france: number | null;
  /** The total over the previous period (same quarters a year earlier); null when the store lacks it. */
  previous_eur: number | null;
  /** (total − previous) / previous; null when there is no previous period or it is zero. */
  change_rate: number | null;
}

export interface Partner {
  country: string;
  name: string;
  imports_eur: number;
  exports_eur: number;
  balance_eur: number;
  /** Over the previous period (0 when the country had no trade then); null without a previous period. */
  previous: { exports_eur: number; imports_eur: number } | null;
}

export interface Activity {
  /** A129 code, e.g. 'C29A'. */
  code: string;
  name: string;
  /** A17 parent code, e.g. 'C4'. */
  a17: string;
  a17_name: string;
  value_eur: number;
  /** Fraction 0–1 of the flow's total. */
  share: number;
  /** Over the previous period (0 when the activity had none); null without a previous period. */
  previous: { value_eur: number } | null;
}

/** Code of the grouped "Autres produits" / "Autres pays" nodes. */
export const OTHERS_CODE = 'AUTRES';

export interface FlowNode {
  /** A129 code, country code, or OTHERS_CODE. */
  code: string;
  name: string;
  value_eur: number;
}

export interface FlowLink {
  source: string;
  target: string;
  value_eur: number;
  /** One of the five largest links that involve no "Autres" node. */
  highlight: boolean;
}

/**
 * A reduced flow matrix. Exports go product → country, imports country → product.
 * Sources and targets are sorted by value descending, OTHERS_CODE last; links sum to total_eur.
 */
export interface FlowMatrix {
  total_eur: number;
  sources: FlowNode[];
  targets: FlowNode[];
  links: FlowLink[];
}

/** Besides the keys below, the position keys (src/figures/position), each with its previous-period values: rank, concentration, specialisation, exposure, dependencies. */
export interface Figures extends PositionOverTime {
  /** Version of this JSON shape (CHANGELOG.md): 2 added `schema` and `indicators`. */
  schema: typeof FIGURES_SCHEMA;
  territory: TerritoryRef;
  /** The territory's région (for a département), else null. */
  region: TerritoryRef | null;
  /** The calendar year; null when the figures cover the latest quarters across two years. */
  year: number | null;
  demo: boolean;
  partial_year: boolean;
  /** Quarters present in the store for this year (1–4), or the window's quarters in time order. */
  quarters: number[];
  /** The quarters every figure covers. */
  period: PeriodRef & { quarters: number };
  /** The same quarters a year earlier, which every change compares with; null when the store lacks one. */
  previous_period: PeriodRef | null;
  exports: FlowTotal;
  imports: FlowTotal;
  balance_eur: number;
  /** Exports going to the United States (country 'US'), for the index map's indicator. */
  exports_to_us_eur: number;
  /** The territory's totals for every year in the store, ascending. */
  history: YearTotals[];
  /** Quarterly and rolling four-quarter exports and imports over every quarter both flows cover. */
  series: QuarterSeries;
  /** Union of the top 10 partners at export and at import, sorted by total trade descending. */
  partners: Partner[];
  activities: { imports: Activity[]; exports: Activity[] };
  /** The five largest rises and falls in euros since the previous period (empty without one). */
  movers: { exports: FlowMovers; imports: FlowMovers };
  flows: { exports: FlowMatrix; imports: FlowMatrix };
  /** Names of the Territoires d'industrie of a département (empty otherwise). */
  territoires_industrie: string[];
  territoires_industrie_detail: TerritoireIndustrie[];
  /** Which list of Territoires d'industrie the store holds. */
  territoires_industrie_list: 'default' | 'official';
  /** Every registry indicator (src/figures/indicators/registry.ts) with its previous-period value. */
  indicators: IndicatorValues;
  /** « Pistes d'action » (docs/indicateurs.md); null when the period's opportunity base was not loaded. */
  opportunities: Opportunities | null;
  /** Economic complexity of a département (docs/indicateurs.md); null for régions, France and without ECI. */
  complexity: ComplexityFigures | null;
}

/**
 * The figures without their costliest parts, which no registry indicator reads: flows, movers and
 * the « Pistes d'action » lists (what compare and rank print).
 */
export type FiguresSummary = Omit<Figures, 'flows' | 'movers' | 'opportunities'>;
