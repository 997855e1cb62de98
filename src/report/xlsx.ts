// The Excel workbook of a fiche (`donnees/42-loire.xlsx`): a first sheet saying what it is
// (title, period, source, licence, demo status, a ready citation), then one sheet per chart table
// and one per block of indicators. Codes are text cells, numbers are numbers with French
// display formats. Written by format/xlsx.ts with every zip entry dated at the generation date,
// so that the same figures give byte-identical files.
import type { ChartTable, ColumnKind } from '../charts/types.js';
import type { Figures } from '../figures/types.js';
import { xlsxBytes, type XlsxCell, type XlsxSheet } from '../format/xlsx.js';
import { DEMO_NOTICE } from './demo-notice.js';
import { exportPeriod, tablePeriod } from './period-labels.js';
import { indicatorFormat } from './indicator-format.js';
import { tidyFigures } from './tidy-figures.js';

export interface WorkbookFacts {
  /** '… — Loire' */
  title: string;
  generatedAt: Date;
  toolVersion: string;
  publisher?: string | null;
  /** The fiche's public address, if the settings give the site's. */
  address?: string | null;
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

/** What a workbook's first sheet says about its data. */
export interface AboutFacts {
  title: string;
  /** '2024', 'T1–T2 2025', '2023, 2024'. */
  period: string;
  demo: boolean;
  toolVersion: string;
  generatedAt: Date;
  /** The publisher named by the settings file, if any. */
  publisher?: string | null;
  /** The public address of what the workbook describes (settings' adresse_du_site), if any. */
  address?: string | null;
}

/** Who publishes, where: « ; publication : ANCT, https://… » after the citation, when the settings say. */
function publishedBy(a: AboutFacts): string {
  const who = [a.publisher, a.address].filter((s): s is string => !!s);
  return who.length > 0 ? ` ; publication : ${who.join(', ')}` : '';
}

/** The first sheet's rows: title, period, source, licence, demo status, a ready citation, date. */
export function aboutRows(a: AboutFacts): [string, string][] {
  return [
    ['Titre', a.title],
    ...(a.publisher ? [['Éditeur', a.publisher] as [string, string]] : []),
    ...(a.address ? [['Adresse', a.address] as [string, string]] : []),
    ['Période', a.period],
    [
      'Source',
      a.demo ? `${DEMO_NOTICE} : montants inventés par territrade demo, pas des chiffres de la DGDDI` : SOURCE,
    ],
    ['Licence', a.demo ? 'Sans objet (données fictives)' : 'Licence Ouverte / Etalab 2.0'],
    ['Statut', a.demo ? DEMO_NOTICE : 'Données officielles'],
    [
      'Citation',
      a.demo
        ? `${DEMO_NOTICE} : à ne pas citer.`
        : `Source : DGDDI, statistiques régionales et départementales du commerce extérieur, ${a.period} ; traitement territrade ${a.toolVersion}${publishedBy(a)}.`,
    ],
    ['Produit le', a.generatedAt.toISOString().slice(0, 10)],
  ];
}

/** The first sheet, « Présentation », of `rows` (label, text). */
export function aboutSheet(rows: readonly (readonly [string, string])[]): XlsxSheet {
  return { name: 'Présentation', columns: [{ width: 14, bold: true }, { width: 110 }], rows };
}

const CAPTION_AND_HEADER = new Set([0, 1]);

function tableSheet(name: string, table: ChartTable): XlsxSheet {
  return {
    name,
    columns: table.kinds.map((kind) => ({ width: kind === 'text' ? 40 : 16, format: FORMATS[kind] })),
    rows: [[table.caption], table.columns, ...table.rows],
    boldRows: CAPTION_AND_HEADER,
  };
}

/** One sheet per top-level block of the indicators (exports, partners, activities…). */
function indicatorSheets(f: Figures): XlsxSheet[] {
  const blocks = new Map<string, XlsxCell[][]>();
  for (const r of tidyFigures(f)) {
    const block = r.indicator.split('.')[0]!;
    const rows = blocks.get(block) ?? [];
    if (!rows.length) blocks.set(block, rows);
    rows.push([r.indicator, r.label, { value: r.value, format: indicatorFormat(r.indicator) }]);
  }
  return [...blocks].map(([block, rows]) => ({
    name: `indicateurs-${block}`,
    columns: [{ width: 50 }, { width: 40 }, { width: 20 }],
    rows: [[`Indicateurs : ${block} (${exportPeriod(f)})`], ['Indicateur', 'Libellé', 'Valeur'], ...rows],
    boldRows: CAPTION_AND_HEADER,
  }));
}

/** The workbook's bytes. */
export function ficheWorkbook(f: Figures, tables: readonly [string, ChartTable][], facts: WorkbookFacts): Buffer {
  const about = aboutSheet(aboutRows({ ...facts, period: tablePeriod(f), demo: f.demo }));
  const sheets = [about, ...tables.map(([name, table]) => tableSheet(name, table)), ...indicatorSheets(f)];
  return Buffer.from(xlsxBytes(sheets, { creator: 'territrade', date: facts.generatedAt }));
}
