// After a refused trade import (and its rollback): re-reads the trade files, as streams, to
// say line by line and in French what is wrong. Only runs on failure, so it may be slower
// than the load, but never holds a whole file in memory (files may exceed 512 Mio).
import fs from 'node:fs';
import { diskFullError, isDiskFull } from '../../errors.js';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { formatNumber } from '../../format/fr.js';
import { decodeText } from '../../reference/text.js';
import {
  fileNameHints,
  KEY_WORDS,
  lineError,
  lineKey,
  splitFields,
  type LineIssue,
  type YearRange,
} from '../../dgddi/format.js';
import type { InputFile } from '../../dgddi/input-files.js';
import { fileLevelError, type LoadFailure } from './trade.js';

export interface FileIssues {
  file: InputFile;
  issues: LineIssue[];
  count: number;
}

/** Every line of a file, numbered from 1, its end (LF or CRLF) removed, decoded line by line. */
export async function* numberedLines(
  filePath: string,
): AsyncGenerator<{ line: number; text: string; end: 'crlf' | 'lf' | 'none' }> {
  let pending: Buffer[] = [];
  let line = 0;
  const emit = (bytes: Buffer, terminated: boolean) => {
    line++;
    const cr = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d;
    const body = cr ? bytes.subarray(0, bytes.length - 1) : bytes;
    return {
      line,
      text: decodeText(body).text,
      end: !terminated ? ('none' as const) : cr ? ('crlf' as const) : ('lf' as const),
    };
  };
  for await (const chunk of fs.createReadStream(filePath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end >= 0; end = chunk.indexOf(0x0a, start)) {
      const part = chunk.subarray(start, end);
      yield emit(pending.length ? Buffer.concat([...pending, part]) : part, true);
      pending = [];
      start = end + 1;
    }
    // An endless line is cut: its reason (column count) shows in its first bytes.
    if (start < chunk.length && pending.reduce((n, b) => n + b.length, 0) < 1 << 16)
      pending.push(chunk.subarray(start));
  }
  if (pending.length) yield emit(Buffer.concat(pending), false);
}

export interface TradeScan extends FileIssues {
  /** Lines end with CRLF and with LF alone. */
  mixedEnds: boolean;
}

/** Checks every line of one trade file; `duplicates` (from DuckDB) get both line numbers. */
export async function scanTradeFile(
  file: InputFile,
  years: YearRange,
  keep: number,
  duplicates?: LoadFailure['duplicates'],
): Promise<TradeScan> {
  const levelError = fileLevelError(file);
  if (levelError) return { file, issues: [{ line: 1, reason: levelError }], count: 1, mixedEnds: false };
  const hints = fileNameHints(file.baseName);
  const wanted = new Set(duplicates?.keys ?? []);
  const firstLine = new Map<string, number>();
  const issues: LineIssue[] = [];
  let count = 0;
  const ends = { crlf: 0, lf: 0, none: 0 };
  let dataLines = 0;
  for await (const { line, text, end } of numberedLines(file.diskPath)) {
    ends[end]++;
    if (text === '') continue;
    dataLines++;
    const fields = splitFields(text);
    let reason = lineError(fields, hints, years);
    if (!reason && wanted.size) {
      const key = lineKey(fields);
      if (wanted.has(key)) {
        const first = firstLine.get(key);
        if (first === undefined) firstLine.set(key, line);
        else reason = `même clé (${KEY_WORDS}) que la ligne ${first} : ligne en double (fichier concaténé ?)`;
      }
    }
    if (reason) {
      count++;
      if (issues.length < keep) issues.push({ line, reason });
    }
  }
  if (dataLines === 0)
    return { file, issues: [{ line: 1, reason: 'aucune ligne de données' }], count: 1, mixedEnds: false };
  // DuckDB counted every repeated line; the scan followed only a sample of keys.
  if (duplicates && count < duplicates.extraLines) count = duplicates.extraLines;
  return { file, issues, count, mixedEnds: ends.crlf > 0 && ends.lf > 0 };
}

/** The refusal message: how many lines, the first ones with file:line: reason. */
export function formatIssues(all: FileIssues[], maxErrors: number): string {
  const total = all.reduce((n, f) => n + f.count, 0);
  const lines: string[] = [];
  for (const f of all) {
    for (const issue of f.issues) {
      if (lines.length >= maxErrors) break;
      lines.push(`  ${f.file.displayName}:${issue.line}: ${issue.reason}`);
    }
  }
  const more = total - lines.length;
  const head = `import refusé : ${formatNumber(total)} ligne${total > 1 ? 's' : ''} invalide${total > 1 ? 's' : ''} ; rien n'a été importé, la base est inchangée.`;
  return [
    head,
    ...lines,
    ...(more > 0 ? [`  … et ${formatNumber(more)} autre${more > 1 ? 's' : ''} erreur${more > 1 ? 's' : ''}.`] : []),
  ].join('\n');
}

/** Writes a copy of the file with LF line ends only, for DuckDB (which wants one kind). */
export async function withLfEnds(source: string, target: string): Promise<void> {
  let carry = false; // the previous chunk ended with CR
  const toLf = new Transform({
    transform(chunk: Buffer, _enc, done) {
      let text: string = (carry ? '\r' : '') + chunk.toString('latin1'); // latin1 keeps every byte as is
      carry = text.endsWith('\r');
      if (carry) text = text.slice(0, -1);
      done(null, Buffer.from(text.replace(/\r\n/g, '\n'), 'latin1'));
    },
    flush(done) {
      done(null, carry ? Buffer.from('\r') : null);
    },
  });
  try {
    await pipeline(fs.createReadStream(source, { highWaterMark: 1 << 20 }), toLf, fs.createWriteStream(target));
  } catch (err) {
    throw isDiskFull(err) ? diskFullError(err, "copie de travail de l'import") : err;
  }
}
