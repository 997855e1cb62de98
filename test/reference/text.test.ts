import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readReferenceFile } from '../../src/reference/files.js';
import { decodeText, guillemets, parseDelimited, parseQuoted, splitLines } from '../../src/reference/text.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));

describe('decodeText', () => {
  it('strips a UTF-8 BOM and reports it', () => {
    const d = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('A01Z;Produits de la culture et de l’élevage')]));
    expect(d).toEqual({ text: 'A01Z;Produits de la culture et de l’élevage', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-8 without BOM', () => {
    expect(decodeText(utf8('Côte-d’Or'))).toEqual({ text: 'Côte-d’Or', encoding: 'utf-8', bom: false });
  });

  it('falls back to ISO-8859-1 for bytes that are not UTF-8', () => {
    expect(decodeText(latin1('Céréales ; Pêche'))).toEqual({
      text: 'Céréales ; Pêche',
      encoding: 'iso-8859-1',
      bom: false,
    });
  });

  it('reads the Windows-1252 characters found in the INSEE and DGDDI files (œ, ’)', () => {
    // 0x9C is 'œ', 0x92 is '’' in Windows-1252, which these "ISO-8859-1" files really are.
    const d = decodeText(Uint8Array.from([...latin1('produits laitiers, '), 0x9c, ...latin1('ufs, l'), 0x92, 0xe9]));
    expect(d.text).toBe('produits laitiers, œufs, l’é');
    expect(d.encoding).toBe('iso-8859-1');
  });

  it('decodes an empty buffer', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });

  it('decodes the shipped files: BOM in Libelle_A129, Latin-1 in Libelle_CPF4', () => {
    const a129 = decodeText(readReferenceFile('Libelle_A129.txt'));
    expect(a129.bom).toBe(true);
    expect(a129.text.startsWith('A01Z;Produits de la culture et de l’élevage;')).toBe(true);
    const cpf4 = decodeText(readReferenceFile('Libelle_CPF4_rev2.1.txt'));
    expect(cpf4.encoding).toBe('iso-8859-1');
    expect(cpf4.text).toContain("0111;Céréales (à l'exclusion du riz), légumineuses et oléagineux;201501;999912");
    expect(cpf4.text).toContain('produits laitiers, œufs');
    expect(cpf4.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });

  it('round-trips any text through UTF-8, with or without BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (text, bom) => {
        fc.pre(!text.startsWith('\uFEFF'));
        const bytes = utf8(text);
        const input = bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
        expect(decodeText(input)).toEqual({ text, encoding: 'utf-8', bom });
      }),
    );
  });

  it('round-trips Latin-1 text with at least one accented letter', () => {
    const letter = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz ;,.'0123456789ÀÂÇÉÈÊËÎÏÔÙÛÜàâçéèêëîïôùûüÿ«»°");
    const accented = fc.constantFrom(...'éèàçôûÉ');
    fc.assert(
      // The accented letter is followed by ASCII (or ends the text): Latin-1 « É» » is the bytes
      // C9 BB, which are also valid UTF-8 (« ɻ »), so no decoder can tell that case apart.
      fc.property(
        fc.array(letter),
        accented,
        fc.option(fc.constantFrom(...'abcz ;,.0129'), { nil: '' }),
        fc.array(letter),
        (a, x, ascii, b) => {
          const text = a.join('') + x + (ascii === '' ? '' : ascii + b.join(''));
          expect(decodeText(latin1(text))).toEqual({ text, encoding: 'iso-8859-1', bom: false });
        },
      ),
    );
  });
});

describe('splitLines', () => {
  it('splits CRLF and LF and drops one trailing empty line', () => {
    expect(splitLines('a\r\nb\nc\r\n')).toEqual(['a', 'b', 'c']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('a')).toEqual(['a']);
    expect(splitLines('')).toEqual([]);
  });

  it('round-trips lines joined by CRLF or LF, with or without a final break', () => {
    const line = fc.string().map((s) => s.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (lines, eol, final) => {
          fc.pre(!(lines.length === 1 && lines[0] === '' && !final));
          const text = lines.join(eol) + (final ? eol : '');
          const expected = !final && lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
          expect(splitLines(text)).toEqual(expected);
        },
      ),
    );
  });
});

describe('parseDelimited', () => {
  it('handles quoted fields with separators, escaped quotes and line breaks', () => {
    const text = 'Code;"Code\nA 17";Sections\r\nC3;"a ; b";"dit ""x"""\r\n\r\nC4;;\r\n';
    expect(parseDelimited(text, ';')).toEqual([
      { line: 1, fields: ['Code', 'Code\nA 17', 'Sections'] },
      { line: 3, fields: ['C3', 'a ; b', 'dit "x"'] },
      { line: 5, fields: ['C4', '', ''] },
    ]);
  });

  it('reports an unterminated quote with its line', () => {
    expect(() => parseDelimited('a;b\nc;"d\n', ';', 'f.csv')).toThrow(UserError);
    expect(() => parseDelimited('a;b\nc;"d\n', ';', 'f.csv')).toThrow(/^f\.csv:2\u00a0: guillemet non refermé/);
  });

  it('round-trips generated records written with quotes where needed', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ';', ',', '"', '\n', '1') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { maxLength: 6 }),
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('\n', '\r\n'),
        (records, sep, eol) => {
          const quote = (f: string): string => (/[;,\t"\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
          const text = records.map((r) => r.map(quote).join(sep)).join(eol) + eol;
          expect(parseDelimited(text, sep).map((r) => r.fields)).toEqual(records);
        },
      ),
    );
  });
});

describe('parseDelimited without quotes (the fast reader)', () => {
  it('reads as the general reader does: line numbers, CRLF and LF, empty lines, a lone CR kept', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', ' ', ';', '\t', '\n', '\r', '1') }),
        fc.constantFrom(';', '\t'),
        (text, sep) => {
          expect(parseDelimited(text, sep)).toEqual(parseQuoted(text, sep));
        },
      ),
      { numRuns: 500 },
    );
    expect(parseDelimited('a;b\r\n\r\nc\r\r\nd\r', ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c\r'] },
      { line: 4, fields: ['d\r'] },
    ]);
  });

  it('reads as the general reader does on any text, quotes included: records, lines, errors', () => {
    const result = (read: () => unknown): unknown => {
      try {
        return read();
      } catch (e) {
        return e instanceof UserError ? `UserError: ${e.message}` : e;
      }
    };
    const unit = fc.constantFrom('a', 'é', ' ', ';', ',', '\t', '"', '""', '\n', '\r', '\r\n', '\uFEFF', '1');
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 80 }),
        fc.constantFrom(';', ',', '\t'),
        fc.integer({ min: 1, max: 50 }),
        (text, sep, firstLine) => {
          expect(result(() => parseDelimited(text, sep, 'f.csv', firstLine))).toEqual(
            result(() => parseQuoted(text, sep, 'f.csv', firstLine)),
          );
        },
      ),
      { numRuns: 2000 },
    );
    // A quoted line between plain ones, a quoted line break, then an unclosed quote on line 5.
    expect(parseDelimited('a;b\r\n"c\nd";e\r\nf\n', ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c\nd', 'e'] },
      { line: 4, fields: ['f'] },
    ]);
    expect(() => parseDelimited('a\n"b\nc"\nd\ne;"f\ng', ';', 'f.csv')).toThrow(
      /^f\.csv:5\u00a0: guillemet non refermé/,
    );
  });

  it('reads every shipped reference file as the general reader does', () => {
    for (const file of [
      'territoires-industrie-2024.csv',
      'ti-groupements-2024.csv',
      'table_NAF2-NA.csv',
      'Libelle_A129.txt',
      'Libelle_PAYS.txt',
      'Departement_region.txt',
    ]) {
      const text = decodeText(readReferenceFile(file)).text;
      expect(parseDelimited(text, ';', file)).toEqual(parseQuoted(text, ';', file));
    }
  });
});

describe('guillemets', () => {
  it('puts no-break spaces inside French quotes', () => {
    expect(guillemets('x')).toBe('«\u00a0x\u00a0»');
  });
});
