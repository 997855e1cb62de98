// A small Office Open XML (.xlsx) writer: sheets of text and number cells, bold rows or columns,
// column widths and number display formats, strings written inline. The zip is built once by
// fflate with every entry dated at the given date, so that the same sheets give byte-identical
// files. Written directly rather than through a general workbook library: a fiche's workbook is a
// few thousand plain cells, and building it through an object model cost as much as the rest of
// the build (bench/results/2026-12.md). Deflate level 1: the fastest, and still deterministic.
import { zipSync, type Zippable } from 'fflate';

/** A number with its own display format, for a column whose rows hold different units. */
export interface XlsxNumber {
  value: number;
  format: string;
}

export type XlsxCell = string | number | XlsxNumber | null;

export interface XlsxColumn {
  /** In characters, as Excel's column width. */
  width?: number;
  /** An Excel number format ('#,##0', '0.0%'…) for the number cells of the column. */
  format?: string;
  bold?: boolean;
}

export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  rows: Iterable<readonly XlsxCell[]>;
  /** Rows (0-based) written in bold, e.g. a caption and a header. */
  boldRows?: ReadonlySet<number>;
}

export interface XlsxProperties {
  creator: string;
  date: Date;
}

/** Excel's limits. */
export const XLSX_MAX_ROWS = 1_048_576;
export const XLSX_MAX_SHEET_NAME = 31;

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
export function xlsxSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, XLSX_MAX_SHEET_NAME);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** 0 → 'A', 26 → 'AA'. */
function columnLetters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Cell styles: 0 plain, 1 bold, then one per number format (plain and bold). */
class Styles {
  private readonly formats: string[] = [];

  index(format: string | undefined, bold: boolean): number {
    if (format === undefined) return bold ? 1 : 0;
    let i = this.formats.indexOf(format);
    if (i < 0) i = this.formats.push(format) - 1;
    return 2 + 2 * i + (bold ? 1 : 0);
  }

  xml(): string {
    const numFmts = this.formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(f)}"/>`);
    const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
    xfs.push('<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>');
    this.formats.forEach((_, i) => {
      for (const font of [0, 1])
        xfs.push(
          `<xf numFmtId="${164 + i}" fontId="${font}" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"${font ? ' applyFont="1"' : ''}/>`,
        );
    });
    return (
      `${XML}<styleSheet xmlns="${MAIN}">` +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
      '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

function cellXml(ref: string, value: string | number | null, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet, styles: Styles): string {
  const letters = sheet.columns.map((_, i) => columnLetters(i));
  const plain = sheet.columns.map((c) => [styles.index(undefined, !!c.bold), styles.index(c.format, !!c.bold)]);
  const bold = sheet.columns.map((c) => [styles.index(undefined, true), styles.index(c.format, true)]);
  const parts: string[] = [];
  let r = 0;
  for (const row of sheet.rows) {
    if (r >= XLSX_MAX_ROWS) throw new RangeError(`plus de ${XLSX_MAX_ROWS} lignes dans la feuille ${sheet.name}`);
    const st = sheet.boldRows?.has(r) ? bold : plain;
    let cells = '';
    row.forEach((v, i) => {
      const ref = `${letters[i] ?? columnLetters(i)}${r + 1}`;
      if (v !== null && typeof v === 'object') {
        const isBold = !!sheet.boldRows?.has(r) || !!sheet.columns[i]?.bold;
        cells += cellXml(ref, v.value, styles.index(v.format, isBold));
        return;
      }
      const pair = st[i] ?? [sheet.boldRows?.has(r) ? 1 : 0, 0];
      cells += cellXml(ref, v, typeof v === 'number' ? pair[1]! : pair[0]!);
    });
    parts.push(`<row r="${r + 1}">${cells}</row>`);
    r++;
  }
  const cols = sheet.columns
    .map((c, i) => (c.width ? `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>` : ''))
    .join('');
  return (
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${parts.join('')}</sheetData></worksheet>`
  );
}

function packageFiles(names: readonly string[], props: XlsxProperties): Record<string, string> {
  const when = props.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const overrides = names
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  return {
    '[Content_Types].xml':
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      `${overrides}</Types>`,
    '_rels/.rels':
      `${XML}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '</Relationships>',
    'docProps/core.xml':
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:creator>${escapeXml(props.creator)}</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`,
    'xl/workbook.xml':
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML}<Relationships xmlns="${PKG_REL}">` +
      names
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('') +
      `<Relationship Id="rId${names.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  };
}

/** The .xlsx bytes of `sheets`, every zip entry dated `props.date` (1980-01-02 at the earliest, DOS dates). */
export function xlsxBytes(sheets: readonly XlsxSheet[], props: XlsxProperties): Uint8Array {
  const styles = new Styles();
  const sheetFiles = sheets.map((s) => sheetXml(s, styles));
  const texts = {
    ...packageFiles(
      sheets.map((s) => xlsxSheetName(s.name)),
      props,
    ),
    'xl/styles.xml': styles.xml(),
  };
  const floor = Date.UTC(1980, 0, 2);
  const mtime = props.date.getTime() < floor ? new Date(floor) : props.date;
  const encoder = new TextEncoder();
  const files: Zippable = {};
  for (const [name, text] of Object.entries(texts)) files[name] = [encoder.encode(text), { mtime }];
  sheetFiles.forEach((text, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = [encoder.encode(text), { mtime }]));
  return zipSync(files, { level: 1 });
}
