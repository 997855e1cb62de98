// The quarterly and rolling four-quarter series of a territory, as the table written beside its
// fiche (CSV and workbook): analysts rebuild from it a chart the annual bars smooth out.
import type { ChartTable } from '../../charts/types.js';
import type { QuarterSeries } from '../../figures/quarter-series.js';

/** One row per quarter ('2024-T1'); the rolling sums are empty until four quarters in a row are held. */
export function seriesTable(series: QuarterSeries, demo: boolean): ChartTable | null {
  if (series.quarters.length === 0) return null;
  const rolling = new Map(series.rolling.map((r) => [r.period, r]));
  return {
    caption: `Exportations et importations par trimestre, et sur quatre trimestres glissants, en euros${demo ? ' (données fictives de démonstration)' : ''}`,
    columns: [
      'Trimestre',
      'Exportations (euros)',
      'Importations (euros)',
      'Exportations sur quatre trimestres glissants (euros)',
      'Importations sur quatre trimestres glissants (euros)',
    ],
    kinds: ['text', 'euros', 'euros', 'euros', 'euros'],
    rows: series.quarters.map((q) => {
      const r = rolling.get(q.period);
      return [q.period, q.exports_eur, q.imports_eur, r?.exports_eur ?? '', r?.imports_eur ?? ''];
    }),
  };
}
