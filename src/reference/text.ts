// Decoding and splitting of the plain-text reference files (DGDDI labels, INSEE tables, ANCT lists),
// which come in mixed encodings: UTF-8 with or without BOM, and ISO-8859-1.
import { Buffer, isUtf8 } from 'node:buffer';
import { UserError } from '../errors.js';
import { NBSP } from '../format/fr.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'iso-8859-1';
  bom: boolean;
}

// The "ISO-8859-1" files of DGDDI and INSEE are in fact Windows-1252 ('œ' is 0x9C, '’' 0x92), and
// the WHATWG Encoding standard reads that label as Windows-1252 too: plain Latin-1 would turn those
// bytes into C1 control characters. Windows-1252 equals Latin-1 outside 0x80–0x9F; the five bytes
// it leaves undefined keep their Latin-1 value, as in WHATWG. (Node 20's TextDecoder('windows-1252')
// decodes as plain Latin-1, hence this table.)
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

/**
 * Decodes UTF-8 (BOM stripped) when the bytes are valid UTF-8, else ISO-8859-1 (read as
 * Windows-1252, its superset for printable characters).
 */
export function decodeText(buf: Uint8Array): DecodedText {
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8', bom };
  return { text: decodeWindows1252(bytes), encoding: 'iso-8859-1', bom };
}

/** Splits on CRLF or LF; one trailing empty line (final line break) is dropped. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export interface DelimitedRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

/**
 * Parses delimited text where a field may be enclosed in double quotes (`""` escapes a quote),
 * a quoted field may contain the separator and line breaks (INSEE headers do). Records are
 * separated by CRLF or LF; empty lines are skipped. Unquoted fields are kept verbatim.
 * An unterminated quote is a UserError naming `fileName:line`.
 */
export function parseDelimited(text: string, separator: string, fileName = 'texte'): DelimitedRecord[] {
  return text.includes('"') ? parseQuoted(text, separator, fileName) : parseUnquoted(text, separator);
}

/**
 * Text without any quote (the reference files shipped with territrade): each line is a record,
 * split with the engine's own split, several times faster than reading character by character.
 */
function parseUnquoted(text: string, separator: string): DelimitedRecord[] {
  const records: DelimitedRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // A CR ends a line only before an LF: one at the very end of the text is content.
    if (i < lines.length - 1 && line.endsWith('\r')) line = line.slice(0, -1);
    if (line !== '') records.push({ line: i + 1, fields: line.split(separator) });
  }
  return records;
}

/** The general reader, character by character (exported for the test that both readers agree). */
export function parseQuoted(text: string, separator: string, fileName = 'texte'): DelimitedRecord[] {
  const records: DelimitedRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let recordHasContent = false;
  const endRecord = (): void => {
    fields.push(field);
    if (recordHasContent) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    recordHasContent = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
    if (!recordHasContent) recordLine = line;
    recordHasContent = true;
    if (ch === '"' && field === '') inQuotes = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  if (inQuotes) throw new UserError(`${fileName}:${recordLine}${NBSP}: guillemet non refermé.`);
  if (recordHasContent) endRecord();
  return records;
}

/** `« text »` with the no-break spaces French typography puts inside guillemets. */
export function guillemets(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}
