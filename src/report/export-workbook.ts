// The indicators of `territrade export --format xlsx` (indicateurs.xlsx): a first sheet saying
// what the data are (title, years, source, licence, demo status, a ready citation), then one sheet
// per block of indicators (exports, partners, activities…) with a row per territory, period and
// indicator. Codes are text cells; values are numbers with their unit's display format.
import type { XlsxCell, XlsxSheet } from '../format/xlsx.js';
import { xlsxBytes } from '../format/xlsx.js';
import { indicatorFormat } from './indicator-format.js';
import { aboutRows, aboutSheet } from './xlsx.js';

export interface ExportWorkbookFacts {
  years: number[];
  demo: boolean;
  toolVersion: string;
  generatedAt: Date;
}

/** One tidy row of the export: who, when, which indicator. */
export interface ExportFigureRow {
  kind: string;
  code: string;
  name: string;
  period: string;
  indicator: string;
  label: string;
  value: number;
}

const HEADER = ['Type de territoire', 'Code', 'Territoire', 'Période', 'Indicateur', 'Libellé', 'Valeur'];
const WIDTHS = [14, 8, 30, 12, 50, 40, 18];

/** The rows of each block, added territory by territory, written as one workbook. */
export class ExportWorkbook {
  private readonly blocks = new Map<string, XlsxCell[][]>();

  add(r: ExportFigureRow): void {
    const block = r.indicator.split('.')[0]!;
    let rows = this.blocks.get(block);
    if (!rows) this.blocks.set(block, (rows = []));
    const value = { value: r.value, format: indicatorFormat(r.indicator) };
    rows.push([r.kind, r.code, r.name, r.period, r.indicator, r.label, value]);
  }

  bytes(facts: ExportWorkbookFacts): Buffer {
    const period = facts.years.join(', ');
    const about = aboutRows({
      title: 'Les indicateurs clés : commerce extérieur — indicateurs de chaque département, région et de la France',
      period,
      demo: facts.demo,
      toolVersion: facts.toolVersion,
      generatedAt: facts.generatedAt,
    });
    const reading: [string, string] = [
      'Lecture',
      'Une feuille par bloc d’indicateurs ; une ligne par territoire, période et indicateur (chemin dans « territrade figures --json »). Les codes sont du texte (01, 2A), les valeurs des nombres.',
    ];
    const sheets: XlsxSheet[] = [aboutSheet([...about, reading])];
    for (const [block, rows] of this.blocks)
      sheets.push({
        name: block,
        columns: WIDTHS.map((width) => ({ width })),
        rows: [[`Indicateurs : ${block} (${period})`], HEADER, ...rows],
        boldRows: new Set([0, 1]),
      });
    return Buffer.from(xlsxBytes(sheets, { creator: 'territrade', date: facts.generatedAt }));
  }
}
