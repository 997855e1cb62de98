// A text file read in pieces of whole records, never whole: a label file can be any size, and
// one read in one piece took import to gigabytes (issue 25 point 19). The encoding is decided
// first, on a pass over the bytes, exactly as decodeTextFile decides it for a whole file.
import fs from 'node:fs';
import { Buffer, isUtf8 } from 'node:buffer';
import {
  addUtf8Evidence,
  decodeAs,
  latinOrRefused,
  parseDelimited,
  type DecodedText,
  type DelimitedRecord,
  type EncodingEvidence,
} from './text.js';

/** About this many bytes a piece. */
const PIECE_BYTES = 1 << 20;
/** A record longer than this (a quote never closed) is cut at a line break anyway. */
const MAX_PIECE_BYTES = 16 << 20;

/**
 * Where the last complete record of `bytes` ends (just after its line break), read as
 * parseQuoted reads (a quote opens a field only at its start; `""` inside is a quote); 0 when
 * none ends. The bytes start at a record's start.
 */
export function lastRecordEnd(bytes: Buffer, separator: number): number {
  if (!bytes.includes(0x22)) return bytes.lastIndexOf(0x0a) + 1;
  let end = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inQuotes) {
      if (b === 0x22 && bytes[i + 1] === 0x22) i++;
      else if (b === 0x22) inQuotes = false;
    } else if (b === 0x0a) {
      end = i + 1;
      fieldStart = true;
    } else if (b === separator) fieldStart = true;
    else {
      // A CR before LF ends the record with it; anywhere else it is content.
      if (b === 0x22 && fieldStart) inQuotes = true;
      fieldStart = b === 0x0d && bytes[i + 1] === 0x0a;
    }
  }
  return end;
}

/**
 * The bytes of `file` in pieces that end just after a record (or at the end of the file),
 * BOM stripped.
 */
async function* bytePieces(
  file: string,
  recordEnd: (bytes: Buffer) => number,
  pieceBytes = PIECE_BYTES,
): AsyncGenerator<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    let position = (await hasBom(handle)) ? 3 : 0;
    let pending = Buffer.alloc(0);
    for (;;) {
      const buf = Buffer.alloc(pieceBytes);
      const { bytesRead } = await handle.read(buf, 0, pieceBytes, position);
      position += bytesRead;
      const bytes = Buffer.concat([pending, buf.subarray(0, bytesRead)]);
      if (bytesRead === 0) {
        if (bytes.length > 0) yield bytes;
        return;
      }
      const cut = bytes.length < MAX_PIECE_BYTES ? recordEnd(bytes) : bytes.lastIndexOf(0x0a) + 1;
      pending = bytes.subarray(cut);
      if (cut > 0) yield bytes.subarray(0, cut);
    }
  } finally {
    await handle.close();
  }
}

async function hasBom(handle: fs.promises.FileHandle): Promise<boolean> {
  const { buffer, bytesRead } = await handle.read(Buffer.alloc(3), 0, 3, 0);
  return bytesRead === 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
}

async function fileHasBom(file: string): Promise<boolean> {
  const handle = await fs.promises.open(file, 'r');
  try {
    return await hasBom(handle);
  } finally {
    await handle.close();
  }
}

/** The encoding of `file`, decided as decodeTextFile does (mixed UTF-8 and Latin-1 refused). */
export async function fileEncoding(file: string, fileName: string): Promise<DecodedText['encoding']> {
  const evidence: EncodingEvidence = { bom: await fileHasBom(file), invalid: [], valid: 0 };
  let utf8 = true;
  let line = 1;
  // Any line break will do here: it never falls inside a character.
  for await (const piece of bytePieces(file, (bytes) => bytes.lastIndexOf(0x0a) + 1)) {
    utf8 &&= isUtf8(piece);
    line += addUtf8Evidence(piece, evidence, line);
  }
  return utf8 ? 'utf-8' : latinOrRefused(evidence, fileName);
}

/**
 * The records of a `separator`-delimited file (parseDelimited's rules, line numbers of the
 * whole file), a piece of about `pieceBytes` at a time.
 */
export async function* delimitedPieces(
  file: string,
  fileName: string,
  separator: string,
  pieceBytes = PIECE_BYTES,
): AsyncGenerator<DelimitedRecord[]> {
  const encoding = await fileEncoding(file, fileName);
  let before = 0;
  const sep = separator.charCodeAt(0);
  for await (const piece of bytePieces(file, (bytes) => lastRecordEnd(bytes, sep), pieceBytes)) {
    yield parseDelimited(decodeAs(piece, encoding), separator, fileName, before + 1);
    for (let i = piece.indexOf(0x0a); i >= 0; i = piece.indexOf(0x0a, i + 1)) before++;
  }
}
