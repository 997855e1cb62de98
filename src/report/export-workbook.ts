// The indicators of `territrade export --format xlsx` (indicateurs.xlsx): a first sheet saying
// what the data are (title, years, source, licence, demo status, a ready citation), then one sheet
// per block of indicators (exports, partners, activities…) with a row per territory, period and
// indicator. Codes are text cells; values are numbers with their unit's display format. Rows are
// written to the file as they come (format/xlsx.ts XlsxWriter), never held as a whole.
import fs from 'node:fs';
import { XlsxWriter, type XlsxSheetWriter } from '../format/xlsx.js';
import { indicatorFormat } from './indicator-format.js';
import { aboutRows, aboutSheet } from './xlsx.js';

export interface ExportWorkbookFacts {
  /** The edition's title (settings file, else the default). */
  editionTitle: string;
  publisher: string | null;
  /** The site's public address, if the settings give it. */
  address: string | null;
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
const COLUMNS = [14, 8, 30, 12, 50, 40, 18].map((width) => ({ width }));
const CAPTION_AND_HEADER = new Set([0, 1]);

/** The workbook at `file`, its sheets opened as the rows of each block first come. */
export class ExportWorkbook {
  private readonly fd: number;
  private readonly writer: XlsxWriter;
  private readonly blocks = new Map<string, XlsxSheetWriter>();
  private readonly period: string;

  constructor(file: string, facts: ExportWorkbookFacts) {
    this.fd = fs.openSync(file, 'w');
    this.writer = new XlsxWriter((chunk) => fs.writeSync(this.fd, chunk), {
      creator: 'territrade',
      date: facts.generatedAt,
    });
    this.period = facts.years.join(', ');
    const about = aboutRows({
      title: `${facts.editionTitle} — indicateurs de chaque département, région et de la France`,
      publisher: facts.publisher,
      address: facts.address,
      period: this.period,
      demo: facts.demo,
      toolVersion: facts.toolVersion,
      generatedAt: facts.generatedAt,
    });
    const reading: [string, string] = [
      'Lecture',
      'Une feuille par bloc d’indicateurs ; une ligne par territoire, période et indicateur (chemin dans « territrade figures --json »). Les codes sont du texte (01, 2A), les valeurs des nombres.',
    ];
    const sheet = aboutSheet([...about, reading]);
    const first = this.writer.sheet(sheet.name, sheet.columns);
    for (const row of sheet.rows) first.add(row);
    first.end();
  }

  add(r: ExportFigureRow): void {
    const block = r.indicator.split('.')[0]!;
    let sheet = this.blocks.get(block);
    if (!sheet) {
      sheet = this.writer.sheet(block, COLUMNS, CAPTION_AND_HEADER);
      sheet.add([`Indicateurs : ${block} (${this.period})`]);
      sheet.add(HEADER);
      this.blocks.set(block, sheet);
    }
    const value = { value: r.value, format: indicatorFormat(r.indicator) };
    sheet.add([r.kind, r.code, r.name, r.period, r.indicator, r.label, value]);
  }

  /** Ends the sheets and the file. */
  close(): void {
    try {
      this.writer.close();
    } finally {
      fs.closeSync(this.fd);
    }
  }
}
