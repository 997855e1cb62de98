// The XML parts of an Office Open XML (.xlsx) package: cell and row markup, the styles a workbook
// collects while its rows are written, and the fixed parts (content types, relations, workbook,
// core properties). Strings are written inline, so no shared-strings table has to be held.
import type { XlsxCell, XlsxColumn, XlsxProperties } from './xlsx.js';

export const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function escapeXml(s: string): string {
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
export class Styles {
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

/** Writes the rows of one sheet as XML: the sheet's opening, each row, then its closing. */
export class SheetXml {
  private readonly letters: string[];
  private readonly plain: [number, number][];
  private readonly bold: [number, number][];

  constructor(
    private readonly columns: readonly XlsxColumn[],
    private readonly styles: Styles,
  ) {
    this.letters = columns.map((_, i) => columnLetters(i));
    this.plain = columns.map((c) => [styles.index(undefined, !!c.bold), styles.index(c.format, !!c.bold)]);
    this.bold = columns.map((c) => [styles.index(undefined, true), styles.index(c.format, true)]);
  }

  open(): string {
    const cols = this.columns
      .map((c, i) => (c.width ? `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>` : ''))
      .join('');
    return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` + (cols ? `<cols>${cols}</cols>` : '') + '<sheetData>';
  }

  /** Row `r` (0-based), in bold when `isBold`. */
  row(row: readonly XlsxCell[], r: number, isBold: boolean): string {
    const st = isBold ? this.bold : this.plain;
    let cells = '';
    row.forEach((v, i) => {
      const ref = `${this.letters[i] ?? columnLetters(i)}${r + 1}`;
      if (v !== null && typeof v === 'object') {
        cells += cellXml(ref, v.value, this.styles.index(v.format, isBold || !!this.columns[i]?.bold));
        return;
      }
      const pair = st[i] ?? [isBold ? 1 : 0, 0];
      cells += cellXml(ref, v, typeof v === 'number' ? pair[1] : pair[0]);
    });
    return `<row r="${r + 1}">${cells}</row>`;
  }

  close(): string {
    return '</sheetData></worksheet>';
  }
}

/** The fixed parts of a package whose sheets are named `names`, in order. */
export function packageFiles(names: readonly string[], props: XlsxProperties): Record<string, string> {
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
