// Shared shapes of the chart functions.

export interface ChartTable {
  caption: string;
  /** French column headers. */
  columns: string[];
  /** Raw values: euros and fractions (0–1) as numbers, for the fiche to format or write as CSV. */
  rows: (string | number)[][];
}

export interface ChartOutput {
  svg: string;
  table: ChartTable;
  /** Title of the chart (also the SVG `<title>`). */
  title: string;
  /** French summary of what the chart shows (also the SVG `<desc>`). */
  description: string;
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
