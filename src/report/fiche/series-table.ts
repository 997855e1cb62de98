// The quarterly and rolling four-quarter series of a territory, as the table written beside its
// fiche (CSV and workbook): the rows and columns of the quarterly chart's data table.
import { QUARTER_COLUMNS, quarterRows } from '../../charts/quarters.js';
import type { ChartTable } from '../../charts/types.js';
import type { QuarterSeries } from '../../figures/quarter-series.js';

/** One row per quarter ('2024-T1'); the rolling sums are empty until four quarters in a row are held. */
export function seriesTable(series: QuarterSeries, demo: boolean): ChartTable | null {
  if (series.quarters.length === 0) return null;
  return {
    caption: `Exportations et importations par trimestre, et sur quatre trimestres glissants, en euros${demo ? ' (données fictives de démonstration)' : ''}`,
    columns: QUARTER_COLUMNS.map((c) => c[0]),
    kinds: QUARTER_COLUMNS.map((c) => c[1]),
    rows: quarterRows(series),
  };
}
