// The one CSV writer of territrade: every CSV file it writes (the fiches' data files, the site's
// table download, `territrade export --format csv|csv-excel`) goes through these functions.
// - Text cells beginning with =, +, -, @, a tab or a carriage return get a leading apostrophe
//   (CSV injection, OWASP): a spreadsheet never runs them as formulas.
// - Codes (département, country, activity…) are always quoted, so that `01`, `2A` and `NA`
//   stand out as text; readers still have to be told (pandas: dtype=str, keep_default_na=False).
// - Numbers keep their minus sign and all their digits, with the dialect's decimal mark.
// Pure and without Node APIs: the site's script uses it too.

/** How a file is laid out: the French spreadsheet's dialect, or the plain one of data tools. */
export interface CsvDialect {
  separator: ';' | ',';
  decimal: ',' | '.';
  /** A UTF-8 byte-order mark first, so that Excel detects the encoding. */
  bom: boolean;
  eol: '\r\n' | '\n';
}

/** French Excel: UTF-8 with BOM, ';', decimal comma, CRLF. */
export const EXCEL_FR: CsvDialect = { separator: ';', decimal: ',', bom: true, eol: '\r\n' };
/** pandas, R, DuckDB: ',', decimal point, no BOM, LF. */
export const PLAIN_CSV: CsvDialect = { separator: ',', decimal: '.', bom: false, eol: '\n' };

export const BOM = '\uFEFF';

/** What a column holds, which decides how its cells are written. */
export type CsvKind = 'text' | 'code' | 'number' | 'boolean';
export type CsvValue = string | number | bigint | boolean | null;

/** Characters that make a spreadsheet read a cell as a formula (or hide its start). */
export const FORMULA_START = /^[=+\-@\t\r]/;

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Quotes a field when it holds a separator (either), a quote or a line break (quotes doubled). */
export function csvField(text: string): string {
  return /[;,"\r\n]/.test(text) ? quoted(text) : text;
}

/**
 * A text cell that a spreadsheet will never run as a formula: a text starting with =, +, -, @, a
 * tab or a carriage return gets a leading apostrophe and is quoted.
 */
export function csvText(text: string): string {
  return FORMULA_START.test(text) ? quoted(`'${text}`) : csvField(text);
}

/** A code, always quoted (and defused like any text). */
export function csvCode(code: string): string {
  return quoted(FORMULA_START.test(code) ? `'${code}` : code);
}

/**
 * A number in the dialect: all its digits (JS's shortest form, which reads back to the same
 * value), or at most `decimals` decimals with trailing zeros dropped; no thousands separator,
 * ASCII minus, never `-0`; empty when not finite. Below 1e-6 the exponent form stays (`1e-7`,
 * read by spreadsheets and data tools alike); from 1e21 on, plain digits.
 */
export function csvNumber(value: number, dialect: CsvDialect, decimals?: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = decimals === undefined ? value : Number(value.toFixed(decimals));
  let text = Object.is(rounded, -0) ? '0' : String(rounded);
  if (Math.abs(rounded) >= 1e21) text = BigInt(rounded).toString();
  return dialect.decimal === '.' ? text : text.replace('.', ',');
}

/** One cell of a column of `kind`; null is an empty cell. */
export function csvCell(value: CsvValue, kind: CsvKind, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'bigint') return value.toString();
  if (kind === 'number' && typeof value === 'number') return csvNumber(value, dialect);
  if (kind === 'boolean') return value ? 'true' : 'false';
  return kind === 'code' ? csvCode(String(value)) : csvText(String(value));
}

/** One line, its end included. */
export function csvLine(values: readonly CsvValue[], kinds: readonly CsvKind[], dialect: CsvDialect): string {
  return values.map((v, i) => csvCell(v, kinds[i] ?? 'text', dialect)).join(dialect.separator) + dialect.eol;
}

/** The header line: column names are texts. */
export function csvHeader(names: readonly string[], dialect: CsvDialect): string {
  return names.map(csvText).join(dialect.separator) + dialect.eol;
}
