// Plain data computed for one territory and one year. This is the contract between
// figures (producers) and charts / fiche / JSON output (consumers).

export type { TerritoryKind, TerritoryRef, TerritoireIndustrie } from '../model/territory.js';
import type { TerritoireIndustrie, TerritoryRef } from '../model/territory.js';
import type { Position } from './position/index.js';

export interface FlowTotal {
  total_eur: number;
  /** Fraction 0–1 of the territory's région; null for a région or France. */
  share_of_region: number | null;
  /** Fraction 0–1 of France; null for France itself. */
  share_of_france: number | null;
}

export interface Partner {
  country: string;
  name: string;
  imports_eur: number;
  exports_eur: number;
  balance_eur: number;
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

/** Besides the keys below, the position keys (src/figures/position): rank, concentration, specialisation, exposure, dependencies. */
export interface Figures extends Position {
  territory: TerritoryRef;
  /** The territory's région (for a département), else null. */
  region: TerritoryRef | null;
  year: number;
  demo: boolean;
  partial_year: boolean;
  /** Quarters present in the store for this year (1–4). */
  quarters: number[];
  exports: FlowTotal;
  imports: FlowTotal;
  balance_eur: number;
  /** Exports going to the United States (country 'US'), for the index map's indicator. */
  exports_to_us_eur: number;
  /** Union of the top 10 partners at export and at import, sorted by total trade descending. */
  partners: Partner[];
  activities: { imports: Activity[]; exports: Activity[] };
  flows: { exports: FlowMatrix; imports: FlowMatrix };
  /** Names of the Territoires d'industrie of a département (empty otherwise). */
  territoires_industrie: string[];
  territoires_industrie_detail: TerritoireIndustrie[];
  /** Which list of Territoires d'industrie the store holds. */
  territoires_industrie_list: 'default' | 'official';
}
