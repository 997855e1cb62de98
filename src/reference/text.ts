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

/** What decides a file's encoding: its BOM, and its lines with bytes past ASCII. */
export interface EncodingEvidence {
  bom: boolean;
  /** Lines (1-based) that are not valid UTF-8. */
  invalid: number[];
  /** How many non-ASCII lines are valid UTF-8. */
  valid: number;
}

/**
 * Adds the evidence of `bytes` (whole lines, the first of which is line `firstLine`) to `into`;
 * returns the number of lines seen (line breaks).
 */
export function addUtf8Evidence(bytes: Buffer, into: EncodingEvidence, firstLine = 1): number {
  let start = 0;
  let line = firstLine;
  for (; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    const body = bytes.subarray(start, stop);
    if (body.some((b) => b >= 0x80)) {
      if (isUtf8(body)) into.valid++;
      else into.invalid.push(line);
    }
    if (end < 0) break;
    start = end + 1;
  }
  return line - firstLine;
}

/**
 * The encoding of a file that is not valid UTF-8 as a whole, on evidence line by line: a file
 * whose non-ASCII lines are all Windows-1252 is that; one with both (UTF-8 with a few stray
 * Latin-1 bytes) is refused, naming those lines: read either way, some of its text would come
 * out garbled (« SuÃ¨de »), silently.
 */
export function latinOrRefused(evidence: EncodingEvidence, fileName: string): 'iso-8859-1' {
  const { invalid, valid, bom } = evidence;
  if (valid === 0 && !bom) return 'iso-8859-1';
  const shown = invalid.slice(0, 10).map((n) => `${fileName}:${n}`);
  throw new UserError(
    `${shown.join(', ')}${invalid.length > 10 ? `, … (${invalid.length} lignes)` : ''}${NBSP}: octets qui ne sont pas de l'UTF-8, alors que ${bom ? 'le fichier commence par la marque UTF-8 (BOM)' : `${valid} autre${valid > 1 ? 's lignes sont' : ' ligne est'} en UTF-8`} ; encodage mélangé, le fichier n'a pas été lu. Enregistrez-le entièrement en UTF-8 (ou entièrement en Windows-1252).`,
  );
}

/** Text of `bytes` (no BOM) in `encoding`. */
export function decodeAs(bytes: Buffer, encoding: DecodedText['encoding']): string {
  return encoding === 'utf-8' ? bytes.toString('utf8') : decodeWindows1252(bytes);
}

/**
 * decodeText for a whole file, deciding its encoding on evidence line by line: a file whose
 * non-ASCII lines are all valid UTF-8 is UTF-8; one where none is, Windows-1252; one with both
 * is refused (latinOrRefused).
 */
export function decodeTextFile(buf: Uint8Array, fileName: string): DecodedText {
  const decoded = decodeText(buf);
  if (decoded.encoding === 'utf-8') return decoded;
  const bom = decoded.bom ? 3 : 0;
  const evidence: EncodingEvidence = { bom: decoded.bom, invalid: [], valid: 0 };
  addUtf8Evidence(Buffer.from(buf.buffer, buf.byteOffset + bom, buf.byteLength - bom), evidence);
  latinOrRefused(evidence, fileName);
  return decoded;
}

/** Control characters (C0 but tab, DEL, C1) in `text`: the first as 'U+001B', or null. */
export function controlCharacter(text: string): string | null {
  const m = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
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
 * An unterminated quote is a UserError naming `fileName:line`; lines are counted from `firstLine`.
 *
 * A line without any quote is split with the engine's own split, several times faster than
 * reading character by character (the reference files have quotes on a few lines, if any); a line
 * with one is read by the general reader (readRecord) up to the end of its record.
 */
export function parseDelimited(text: string, separator: string, fileName = 'texte', firstLine = 1): DelimitedRecord[] {
  if (separator.length !== 1 || separator === '"' || separator === '\r' || separator === '\n')
    return parseQuoted(text, separator, fileName, firstLine);
  const records: DelimitedRecord[] = [];
  const at: Cursor = { pos: 0, line: firstLine };
  let quote = text.indexOf('"');
  while (at.pos < text.length) {
    if (quote >= 0 && quote < at.pos) quote = text.indexOf('"', at.pos);
    const lf = text.indexOf('\n', at.pos);
    const end = lf < 0 ? text.length : lf;
    if (quote >= 0 && quote < end) {
      const line = at.line;
      const fields = readRecord(text, separator, at, fileName);
      if (fields) records.push({ line, fields });
      continue;
    }
    // A CR ends a line only before an LF: one at the very end of the text is content.
    const stop = lf >= 0 && end > at.pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (stop > at.pos) records.push({ line: at.line, fields: text.slice(at.pos, stop).split(separator) });
    at.pos = end + 1;
    at.line++;
  }
  return records;
}

/** Where the reader stands: the start of a line, outside quotes, and that line's number. */
interface Cursor {
  pos: number;
  line: number;
}

/**
 * The general reader, character by character: reads the record starting at `at` through its line
 * break and moves `at` past it. Its fields, or null for an empty line.
 */
function readRecord(text: string, separator: string, at: Cursor, fileName: string): string[] | null {
  const fields: string[] = [];
  const recordLine = at.line;
  let field = '';
  let inQuotes = false;
  let hasContent = false;
  let i = at.pos;
  for (; i < text.length; i++) {
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
        if (ch === '\n') at.line++;
        field += ch;
      }
      continue;
    }
    if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      i += ch === '\r' ? 2 : 1;
      at.line++;
      break;
    }
    hasContent = true;
    if (ch === '"' && field === '') inQuotes = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  if (inQuotes) throw new UserError(`${fileName}:${recordLine}${NBSP}: guillemet non refermé.`);
  at.pos = i;
  fields.push(field);
  return hasContent ? fields : null;
}

/** The general reader on the whole text (exported for the tests that both readers agree). */
export function parseQuoted(text: string, separator: string, fileName = 'texte', firstLine = 1): DelimitedRecord[] {
  const records: DelimitedRecord[] = [];
  const at: Cursor = { pos: 0, line: firstLine };
  while (at.pos < text.length) {
    const line = at.line;
    const fields = readRecord(text, separator, at, fileName);
    if (fields) records.push({ line, fields });
  }
  return records;
}

/** `« text »` with the no-break spaces French typography puts inside guillemets. */
export function guillemets(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}
