// What `territrade import` and `territrade demo` print once the files are in the store.
import { formatCount } from '../../format/fr.js';
import type { ImportReport } from '../../store/import/import-files.js';

/** The warnings (for stderr, each prefixed) and the closing lines (for stdout). */
export function importSummary(report: ImportReport, storePath: string): { warnings: string[]; lines: string[] } {
  const replaced = report.replacedRows
    ? ` (${formatCount(report.replacedRows, "ligne d'un import antérieur remplacée", "lignes d'un import antérieur remplacées")})`
    : '';
  const lines = [`Import terminé : ${formatCount(report.rows, 'ligne')}${replaced} dans ${storePath}.`];
  if (report.demo) lines.push('Ces données sont fictives (démonstration) : toutes les sorties le signaleront.');
  return { warnings: report.warnings.map((w) => `Attention : ${w}`), lines };
}
