// A delimited file read a piece at a time (issue 25 point 19) gives exactly what parseDelimited
// gives for the whole text, whatever the piece size: records, line numbers, quoted fields that
// hold line breaks, CRLF, BOM and encoding; its errors name the same lines.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { delimitedPieces, fileEncoding, lastRecordEnd } from '../../src/reference/text-chunks.js';
import { decodeTextFile, parseDelimited, type DelimitedRecord } from '../../src/reference/text.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('territrade-text-chunks-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
function write(bytes: Buffer | string): string {
  const file = path.join(dir, `f${n++}.txt`);
  fs.writeFileSync(file, bytes);
  return file;
}

async function readPieces(file: string, sep: string, pieceBytes: number): Promise<DelimitedRecord[]> {
  const all: DelimitedRecord[] = [];
  for await (const records of delimitedPieces(file, 'f.txt', sep, pieceBytes)) all.push(...records);
  return all;
}

async function failure(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'no error',
    (err: unknown) => (err instanceof Error ? err.message : String(err)),
  );
}

describe('delimitedPieces', () => {
  it('reads as parseDelimited reads the whole text, for any piece size', async () => {
    const unit = fc.constantFrom('a', 'é', '’', ' ', ';', '"', '""', '\n', '\r\n', '\r', '1');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 120 }), fc.integer({ min: 1, max: 40 }), async (text, size) => {
        const file = write(text);
        const whole = await failure(Promise.resolve().then(() => parseDelimited(text, ';', 'f.txt')));
        if (whole !== 'no error') expect(await failure(readPieces(file, ';', size))).toBe(whole);
        else expect(await readPieces(file, ';', size)).toEqual(parseDelimited(text, ';', 'f.txt'));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a quoted field with a line break in one piece, and counts lines across pieces', async () => {
    const text = 'A;"x\ny";1\r\nB;b"c;2\nC;"dit ""z""";3\n';
    expect(await readPieces(write(text), ';', 3)).toEqual([
      { line: 1, fields: ['A', 'x\ny', '1'] },
      { line: 3, fields: ['B', 'b"c', '2'] },
      { line: 4, fields: ['C', 'dit "z"', '3'] },
    ]);
  });

  it('names the line of a quote never closed in a later piece', async () => {
    const file = write('A;1\nB;2\nC;"3\nD;4\n');
    expect(await failure(readPieces(file, ';', 4))).toMatch(/^f\.txt:3\u00a0: guillemet non refermé/);
  });

  it('strips a BOM and reads Windows-1252 as decodeTextFile does', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('SE;Suède\n')]);
    expect(await readPieces(write(bom), ';', 2)).toEqual([{ line: 1, fields: ['SE', 'Suède'] }]);
    const latin = Buffer.from('SE;Su\xe8de\nFR;\x9cuvre\n', 'latin1');
    expect(await readPieces(write(latin), ';', 2)).toEqual(parseDelimited(decodeTextFile(latin, 'f').text, ';'));
  });
});

describe('fileEncoding', () => {
  it('decides as decodeTextFile, and refuses mixed files with the same message', async () => {
    const mixed = Buffer.concat([Buffer.from('SE;Suède\n'), Buffer.from('IT;Itali\xe9\n', 'latin1')]);
    const whole = await failure(Promise.resolve().then(() => decodeTextFile(mixed, 'f.txt')));
    expect(whole).toMatch(/^f\.txt:2\u00a0: octets qui ne sont pas de l'UTF-8/);
    expect(await failure(fileEncoding(write(mixed), 'f.txt'))).toBe(whole);
    expect(await fileEncoding(write('SE;Suède\n'), 'f.txt')).toBe('utf-8');
    expect(await fileEncoding(write(Buffer.from('SE;Su\xe8de\n', 'latin1')), 'f.txt')).toBe('iso-8859-1');
  });
});

describe('lastRecordEnd', () => {
  it('cuts after the last line break outside a quoted field', () => {
    const at = (text: string) => lastRecordEnd(Buffer.from(text), 0x3b);
    expect(at('a;b\nc;d')).toBe(4);
    expect(at('a;"b\nc";d\ne')).toBe(10);
    expect(at('a;"b\nc')).toBe(0);
    expect(at('a;b"\nc')).toBe(5);
    expect(at('a;"b""\nc"\n')).toBe(10);
  });
});
