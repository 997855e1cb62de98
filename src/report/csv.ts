// CSV files of the charts' data, made for a French spreadsheet (format/csv.ts's EXCEL_FR: UTF-8
// with a byte-order mark, ';' between fields, CRLF line ends, decimal comma), written by the one
// CSV writer of territrade. Shares and change rates are written as percentages; codes quoted.
// The charts give raw numbers (euros, fractions 0–1) and declare each column's kind.
import type { ChartTable, ColumnKind } from '../charts/types.js';
import { BOM, csvCode, csvHeader, csvNumber, csvText, EXCEL_FR } from '../format/csv.js';

/** Numbers of the fiches' files: at most 6 decimals, enough for a percentage. */
const DECIMALS = 6;

const isPercent = (kind: ColumnKind | undefined): boolean => kind === 'share' || kind === 'change';

function cell(value: string | number, kind: ColumnKind | undefined): string {
  if (typeof value === 'number') return csvNumber(isPercent(kind) ? value * 100 : value, EXCEL_FR, DECIMALS);
  return kind === 'code' ? csvCode(value) : csvText(value);
}

/** The whole file's text, BOM included. */
export function tableToCsv(table: ChartTable): string {
  const header = csvHeader(
    table.columns.map((c, i) => (isPercent(table.kinds[i]) ? `${c} (%)` : c)),
    EXCEL_FR,
  );
  const lines = table.rows.map((row) => row.map((v, i) => cell(v, table.kinds[i])).join(EXCEL_FR.separator));
  return BOM + header + lines.map((l) => l + EXCEL_FR.eol).join('');
}
