// The Excel workbook of a fiche (`donnees/42-loire.xlsx`): a first sheet saying what it is
// (title, period, source, licence, demo status, a ready citation), then one sheet per chart table
// and one per block of indicators. Codes are text cells, numbers are numbers with French
// display formats. Written by ExcelJS; its zip is then rewritten with every entry dated at the
// generation date, so that the same figures give byte-identical files.
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { ChartTable, ColumnKind } from '../charts/types.js';
import type { Figures } from '../figures/types.js';
import { DEMO_NOTICE } from './demo-notice.js';
import { exportPeriod, tablePeriod } from './period-labels.js';
import { tidyFigures } from './tidy-figures.js';

export interface WorkbookFacts {
  /** '… — Loire' */
  title: string;
  generatedAt: Date;
  toolVersion: string;
}

/** Excel's display formats (the decimal and thousands marks follow the reader's locale). */
const FORMATS: Partial<Record<ColumnKind, string>> = {
  euros: '#,##0',
  share: '0.0%',
  change: '+0.0%;-0.0%;0.0%',
  number: '0.00',
};

const SOURCE =
  'Direction générale des Douanes et Droits indirects (DGDDI), statistiques régionales et départementales du commerce extérieur';

function aboutRows(f: Figures, facts: WorkbookFacts): [string, string][] {
  const period = tablePeriod(f);
  return [
    ['Titre', facts.title],
    ['Période', period],
    [
      'Source',
      f.demo ? `${DEMO_NOTICE} : montants inventés par territrade demo, pas des chiffres de la DGDDI` : SOURCE,
    ],
    ['Licence', f.demo ? 'Sans objet (données fictives)' : 'Licence Ouverte / Etalab 2.0'],
    ['Statut', f.demo ? DEMO_NOTICE : 'Données officielles'],
    [
      'Citation',
      f.demo
        ? `${DEMO_NOTICE} : à ne pas citer.`
        : `Source : DGDDI, statistiques régionales et départementales du commerce extérieur, ${period} ; traitement territrade ${facts.toolVersion}.`,
    ],
    ['Produit le', facts.generatedAt.toISOString().slice(0, 10)],
  ];
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

function addTable(wb: ExcelJS.Workbook, name: string, table: ChartTable): void {
  const ws = wb.addWorksheet(sheetName(name));
  ws.addRow([table.caption]).font = { bold: true };
  ws.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) ws.addRow(row.map((v) => (v === '' ? null : v)));
  table.kinds.forEach((kind, i) => {
    const column = ws.getColumn(i + 1);
    column.width = kind === 'text' ? 40 : 16;
    const format = FORMATS[kind];
    if (format) column.numFmt = format;
  });
}

/** One sheet per top-level block of the indicators (exports, partners, activities…). */
function addIndicatorBlocks(wb: ExcelJS.Workbook, f: Figures): void {
  const blocks = new Map<string, ReturnType<typeof tidyFigures>>();
  for (const row of tidyFigures(f)) {
    const block = row.indicator.split('.')[0]!;
    blocks.set(block, [...(blocks.get(block) ?? []), row]);
  }
  for (const [block, rows] of blocks) {
    const ws = wb.addWorksheet(sheetName(`indicateurs-${block}`));
    ws.addRow([`Indicateurs : ${block} (${exportPeriod(f)})`]).font = { bold: true };
    ws.addRow(['Indicateur', 'Libellé', 'Valeur']).font = { bold: true };
    for (const r of rows) ws.addRow([r.indicator, r.label, r.value]);
    ws.getColumn(1).width = 50;
    ws.getColumn(2).width = 40;
    ws.getColumn(3).width = 20;
  }
}

/** The zip with every entry dated `date`, in the same order. */
function withFixedDates(zip: Uint8Array, date: Date): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(zip))) files[name] = [data, { mtime: date }];
  return zipSync(files, { level: 6 });
}

/** The workbook's bytes. */
export async function ficheWorkbook(
  f: Figures,
  tables: readonly [string, ChartTable][],
  facts: WorkbookFacts,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'territrade';
  wb.created = facts.generatedAt;
  wb.modified = facts.generatedAt;
  const about = wb.addWorksheet('Présentation');
  for (const row of aboutRows(f, facts)) about.addRow(row);
  about.getColumn(1).width = 14;
  about.getColumn(1).font = { bold: true };
  about.getColumn(2).width = 110;
  for (const [name, table] of tables) addTable(wb, name, table);
  addIndicatorBlocks(wb, f);
  // Stored uncompressed by ExcelJS (its deflate is slow), compressed once by fflate below.
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  // DOS dates start in 1980: an earlier SOURCE_DATE_EPOCH is dated 1980.
  const date = facts.generatedAt.getTime() < Date.UTC(1980, 0, 2) ? new Date(Date.UTC(1980, 0, 2)) : facts.generatedAt;
  return Buffer.from(withFixedDates(bytes, date));
}
