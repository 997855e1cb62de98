// Shared shapes of the chart functions.
import type { Tncc } from '../format/article.js';
import type { DirectionKey } from '../model/direction.js';

/**
 * What a table column holds, for the CSV and the fiche: euros, fractions 0–1, a change rate (a
 * fraction, signed: 0.032 for +3,2 %), another number (an index), text, or the codes of the
 * names in the column before it (country, A129 activity), which the fiche's table hides and the
 * CSV writes so that a file can be joined with other data. A change that cannot be computed (no
 * previous period, or zero then) is the empty string.
 */
export type ColumnKind = 'euros' | 'share' | 'change' | 'number' | 'text' | 'code';

export interface ChartTable {
  caption: string;
  /** French column headers. */
  columns: string[];
  /** The kind of each column, declared by the chart. */
  kinds: ColumnKind[];
  /** Raw values: euros and fractions (0–1) as numbers, for the fiche to format or write as CSV. */
  rows: (string | number)[][];
}

export interface ChartOutput {
  svg: string;
  /** The same drawing for paper: no tooltips, fewer elements (see write-paper.ts). */
  print: string;
  /** The screen SVG laid out for a narrow page (a phone), when the page offers one (see withNarrowLayout). */
  narrow?: string;
  table: ChartTable;
  /** Title of the chart (also the SVG `<title>`). */
  title: string;
  /** French summary of what the chart shows (also the SVG `<desc>`). */
  description: string;
  /** The full names of the labels the wide drawing (screen and paper) shortens with « … », in drawing order. */
  shortened: string[];
  /** The source line printed under the chart (also in its citation). */
  source: string;
  /** Size of the drawing in px (the SVG's viewBox). */
  width: number;
  height: number;
}

export interface ChartOptions {
  /** Width of the viewBox in px. */
  width?: number;
  /**
   * Height in px. Charts whose content needs more room (rows of the partners chart, labels of a
   * Sankey diagram) grow beyond it rather than overlap.
   */
  height?: number;
  /** Prefix of the ids inside the SVG, unique in the page that shows it. */
  idPrefix?: string;
  /** Replaces the default title. */
  title?: string;
}

// What each chart draws: narrow inputs that the fiche maps from the figures.

/** The territory and year a chart is about (its title, its default ids) and its data's source. */
export interface ChartSubject {
  /** 'Loire', 'Auvergne-Rhône-Alpes', 'France'. */
  name: string;
  /** How the name takes its article (INSEE's TNCC): 3 for « de la Loire », 1 for « d’Auvergne-Rhône-Alpes ». */
  tncc: Tncc;
  /** 2024, or a window of quarters in words: 'T3 2024 – T2 2025'. */
  year: number | string;
  /** File-name slug, for the default id prefix: '42-loire'. */
  slug: string;
  /** The source line written under the chart: 'Source : DGDDI, … 2024 ; traitement territrade'. */
  source: string;
}

/** One partner country of the partners chart. */
export interface PartnerRow {
  country: string;
  name: string;
  imports_eur: number;
  exports_eur: number;
  balance_eur: number;
  /** Change rates on the previous period (fractions, 0.032 for +3,2 %); null where none can be computed. */
  imports_change?: number | null;
  exports_change?: number | null;
}

export interface PartnersInput {
  subject: ChartSubject;
  /** In drawing order (top to bottom). */
  partners: PartnerRow[];
  /** The flows' totals, of which each bar's tooltip gives the share. */
  totals: { imports_eur: number; exports_eur: number };
  /** The previous period ('2023'): when given, the chart adds each partner's change on it. */
  changeSince?: string;
}

/** One A129 activity of the treemap, with its A17 group. */
export interface ActivityCell {
  code: string;
  name: string;
  a17: string;
  a17_name: string;
  value_eur: number;
  /** Over the previous period (0 when the activity had none); null or absent without one. */
  previous_value_eur?: number | null;
}

export interface TreemapInput {
  subject: ChartSubject;
  imports: ActivityCell[];
  exports: ActivityCell[];
  /** The previous period ('2023'): when given, the data table adds each activity's value then and its change. */
  changeSince?: string;
}

/** Which trade direction a Sankey diagram shows (the model's direction key). */
export type FlowDirection = DirectionKey;

/** Code of a grouped "Autres produits" / "Autres pays" node (the figures' OTHERS_CODE). */
export const OTHERS_NODE = 'AUTRES';

export interface SankeyNodeInput {
  code: string;
  name: string;
  value_eur: number;
}

export interface SankeyLinkInput {
  source: string;
  target: string;
  value_eur: number;
  /** Drawn in the highlight colour (one of the five largest flows). */
  highlight: boolean;
}

/** A Sankey diagram: exports go product → country, imports country → product. */
export interface SankeyInput {
  subject: ChartSubject;
  direction: FlowDirection;
  total_eur: number;
  /** Left column, top to bottom. */
  sources: SankeyNodeInput[];
  /** Right column, top to bottom. */
  targets: SankeyNodeInput[];
  links: SankeyLinkInput[];
}
