// The line `territrade export` prints when the files are written.
import { formatCount } from '../../format/fr.js';
import { DEMO_NOTICE } from '../demo-notice.js';

/** What an export wrote, as pipeline/export.ts reports it. */
export interface ExportCounts {
  tradeRows: number;
  figureRows: number;
  years: number[];
  demo: boolean;
}

export function exportSummary(report: ExportCounts, outDir: string, format: string): string[] {
  const lines = [
    `Export terminé dans ${outDir} (${format}) : ${formatCount(report.tradeRows, "ligne d'échanges", "lignes d'échanges")}, ${formatCount(report.figureRows, "valeur d'indicateur", "valeurs d'indicateurs")}, années ${report.years.join(', ')}.`,
  ];
  if (report.demo)
    lines.push(`${DEMO_NOTICE} : les fichiers le disent (colonne demo, métadonnées Parquet, LISEZ-MOI.txt).`);
  return lines;
}
