// What `territrade import` and `territrade demo` print once the files are in the store.
import { formatCount } from '../../format/fr.js';
import { FLOW_NAMES } from '../../dgddi/format.js';
import type { ImportReport } from '../../store/import/import-files.js';
import type { QuarterChange } from '../../store/import/replace-quarters.js';

/** `2025T1` → `T1 2025`. */
function quarterLabel(q: string): string {
  const m = /^(\d{4})T(\d)$/.exec(q);
  return m ? `T${m[2]} ${m[1]}` : q;
}

/** Changes grouped by previous file, flow and year: `exportations 2024 (T2, T3, T4) de FILE`. */
function grouped(changes: readonly QuarterChange[]): { text: string; file: string; last: string }[] {
  const groups = new Map<string, { c: QuarterChange; quarters: number[] }>();
  for (const c of changes) {
    const key = `${c.previousFile}|${c.flow}|${c.year}`;
    const g = groups.get(key) ?? { c, quarters: [] };
    if (!g.quarters.includes(c.quarter)) g.quarters.push(c.quarter);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ c, quarters }) => ({
    text: `${FLOW_NAMES[c.flow]} ${c.year} (${quarters
      .sort((a, b) => a - b)
      .map((q) => `T${q}`)
      .join(', ')})`,
    file: c.previousFile,
    last: quarterLabel(c.previousLast),
  }));
}

/** The warnings (for stderr, each prefixed) and the closing lines (for stdout). */
export function importSummary(report: ImportReport, storePath: string): { warnings: string[]; lines: string[] } {
  const replaced = report.replacedRows
    ? ` (${formatCount(report.replacedRows, "ligne d'un import antérieur remplacée", "lignes d'un import antérieur remplacées")})`
    : '';
  const lines = [`Import terminé : ${formatCount(report.rows, 'ligne')}${replaced} dans ${storePath}.`];
  for (const g of grouped(report.replaced))
    lines.push(`  Trimestres remplacés : ${g.text}, importés avant de ${g.file}.`);
  if (report.demo) lines.push('Ces données sont fictives (démonstration) : toutes les sorties le signaleront.');
  const kept = grouped(report.kept).map(
    (g) =>
      `${g.text} gardées de ${g.file}, publication plus récente (jusqu'au ${g.last}) : les lignes plus anciennes de ces trimestres n'ont pas été importées (--force-older pour les remplacer quand même).`,
  );
  return { warnings: [...kept, ...report.warnings].map((w) => `Attention : ${w}`), lines };
}
