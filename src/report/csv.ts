// CSV files of the charts' data, made for a French spreadsheet: UTF-8 with a byte-order mark
// (so that Excel detects the encoding), ';' between fields, CRLF line ends, decimal comma,
// no thousands separator, ASCII minus. Shares and change rates are written as percentages.
// The charts give raw numbers (euros, fractions 0–1) and declare each column's kind.
import type { ChartTable, ColumnKind } from '../charts/types.js';
import { formatNumber, NBSP } from '../format/fr.js';

export const BOM = '\uFEFF';
const SEPARATOR = ';';

/** Quotes a field when it holds the separator, a quote or a line break (quotes doubled). */
export function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Characters that make a spreadsheet read a cell as a formula (or hide its start). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet will never run as a formula (CSV injection, OWASP): a text
 * starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe and is quoted.
 * Numbers are not text cells: they go through csvNumber and keep their minus sign.
 */
export function csvText(text: string): string {
  if (!FORMULA_START.test(text)) return csvField(text);
  return `"'${text.replace(/"/g, '""')}"`;
}

/**
 * A number a French spreadsheet reads as a number: fr.ts's format without its typographic
 * no-break spaces and minus sign; integers without decimals, others with up to `decimals`.
 */
export function csvNumber(value: number, decimals = 6): string {
  if (!Number.isFinite(value)) return '';
  const digits = Number.isInteger(value) ? 0 : decimals;
  let text = formatNumber(value, digits).split(NBSP).join('').replace('\u2212', '-');
  if (text.includes(',')) text = text.replace(/0+$/, '').replace(/,$/, '');
  return text === '-0' ? '0' : text;
}

function header(column: string, kind: ColumnKind | undefined): string {
  return csvText(kind === 'share' || kind === 'change' ? `${column} (%)` : column);
}

function cell(value: string | number, kind: ColumnKind | undefined): string {
  if (typeof value === 'string') return csvText(value);
  return csvNumber(kind === 'share' || kind === 'change' ? value * 100 : value);
}

/** The whole file's text, BOM included. */
export function tableToCsv(table: ChartTable): string {
  const lines = [table.columns.map((c, i) => header(c, table.kinds[i])).join(SEPARATOR)];
  for (const row of table.rows) lines.push(row.map((v, i) => cell(v, table.kinds[i])).join(SEPARATOR));
  return BOM + lines.join('\r\n') + '\r\n';
}
