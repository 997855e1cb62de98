// A small Office Open XML (.xlsx) writer: sheets of text and number cells, bold rows or columns,
// column widths and number display formats, strings written inline. Written directly rather than
// through a general workbook library: a fiche's workbook is a few thousand plain cells, and
// building it through an object model cost as much as the rest of the build
// (bench/results/2026-12.md). XlsxWriter streams: each sheet's rows are turned into XML and
// deflated as they come, so that a workbook of a million rows never sits whole in memory (rows of
// sheets written side by side wait compressed until the sheets before them end). Every zip entry
// is dated at the given date, so that the same sheets give byte-identical files. Deflate level 1
// by Node's zlib (zip-entry.ts): the fastest, and still deterministic.
import { Zip } from 'fflate';
import { packageFiles, SheetXml, Styles } from './xlsx-parts.js';
import { NativeZipDeflate } from './zip-entry.js';

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

/** Characters of XML gathered before they are encoded and deflated. */
const CHUNK = 1 << 16;

/** One sheet being written: add its rows in order, then end it. */
export class XlsxSheetWriter {
  private pending = '';
  private rows = 0;
  private ended = false;

  constructor(
    private readonly name: string,
    private readonly xml: SheetXml,
    private readonly entry: NativeZipDeflate,
    private readonly boldRows?: ReadonlySet<number>,
  ) {
    this.pending = xml.open();
  }

  add(row: readonly XlsxCell[]): void {
    if (this.rows >= XLSX_MAX_ROWS)
      throw new RangeError(`plus de ${XLSX_MAX_ROWS} lignes dans la feuille ${this.name}`);
    this.pending += this.xml.row(row, this.rows, !!this.boldRows?.has(this.rows));
    this.rows++;
    if (this.pending.length >= CHUNK) this.flush(false);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.pending += this.xml.close();
    this.flush(true);
  }

  private flush(final: boolean): void {
    this.entry.push(ENCODER.encode(this.pending), final);
    this.pending = '';
  }
}

const ENCODER = new TextEncoder();

/** A workbook written to `sink` chunk by chunk: open sheets, add their rows, then close. */
export class XlsxWriter {
  private readonly zip: Zip;
  private readonly styles = new Styles();
  private readonly sheets: XlsxSheetWriter[] = [];
  private readonly names: string[] = [];
  private readonly mtime: Date;

  constructor(
    sink: (chunk: Uint8Array) => void,
    private readonly props: XlsxProperties,
  ) {
    this.zip = new Zip((err, chunk) => {
      if (err) throw err;
      sink(chunk);
    });
    // DOS dates start in 1980.
    const floor = Date.UTC(1980, 0, 2);
    this.mtime = props.date.getTime() < floor ? new Date(floor) : props.date;
  }

  sheet(name: string, columns: readonly XlsxColumn[], boldRows?: ReadonlySet<number>): XlsxSheetWriter {
    this.names.push(xlsxSheetName(name));
    const entry = this.entry(`xl/worksheets/sheet${this.names.length}.xml`);
    const sheet = new XlsxSheetWriter(name, new SheetXml(columns, this.styles), entry, boldRows);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Ends the sheets still open, then writes the workbook's other parts and the zip's directory. */
  close(): void {
    for (const s of this.sheets) s.end();
    const texts = { ...packageFiles(this.names, this.props), 'xl/styles.xml': this.styles.xml() };
    for (const [name, text] of Object.entries(texts)) this.entry(name).push(ENCODER.encode(text), true);
    this.zip.end();
  }

  private entry(name: string): NativeZipDeflate {
    const entry = new NativeZipDeflate(name);
    entry.mtime = this.mtime;
    this.zip.add(entry);
    return entry;
  }
}

/** The .xlsx bytes of `sheets`, every zip entry dated `props.date` (1980-01-02 at the earliest, DOS dates). */
export function xlsxBytes(sheets: readonly XlsxSheet[], props: XlsxProperties): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new XlsxWriter((c) => chunks.push(c), props);
  for (const s of sheets) {
    const sheet = writer.sheet(s.name, s.columns, s.boldRows);
    for (const row of s.rows) sheet.add(row);
    sheet.end();
  }
  writer.close();
  return Buffer.concat(chunks);
}
