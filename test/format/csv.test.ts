import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCode, csvHeader, csvLine, csvNumber, EXCEL_FR, PLAIN_CSV } from '../../src/format/csv.js';

describe('the one CSV writer (format/csv.ts)', () => {
  it('always quotes codes, so that 01, 2A and NA stand out as text, and defuses formula starts', () => {
    expect(['01', '2A', 'NA', '42'].map(csvCode)).toEqual(['"01"', '"2A"', '"NA"', '"42"']);
    expect(csvCode('=1+1')).toBe(`"'=1+1"`);
  });

  it('writes a line by column kind, in either dialect', () => {
    const kinds = ['code', 'text', 'number', 'boolean', 'number'] as const;
    const values = ['01', 'Ain, « Bresse »', -1234.5, true, null];
    expect(csvLine(values, kinds, PLAIN_CSV)).toBe('"01","Ain, « Bresse »",-1234.5,true,\n');
    expect(csvLine(values, kinds, EXCEL_FR)).toBe('"01";"Ain, « Bresse »";-1234,5;true;\r\n');
    expect(csvLine(['=HYPERLINK("http://evil/LV") Lettonie'], ['text'], PLAIN_CSV)).toBe(
      `"'=HYPERLINK(""http://evil/LV"") Lettonie"\n`,
    );
    expect(csvHeader(['year', 'flow'], PLAIN_CSV)).toBe('year,flow\n');
  });

  it('writes numbers without thousands separator, with an exponent only below 1e-6', () => {
    expect(csvNumber(1e21, PLAIN_CSV)).toBe('1000000000000000000000');
    expect(csvNumber(1.5e-7, EXCEL_FR)).toBe('1,5e-7');
    expect(csvNumber(-0, PLAIN_CSV)).toBe('0');
    expect(csvNumber(Number.POSITIVE_INFINITY, PLAIN_CSV)).toBe('');
  });

  it('keeps every digit: a number reads back to the same double (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (v) => {
        const plain = csvNumber(v, PLAIN_CSV);
        expect(plain).toMatch(/^-?\d+(\.\d+)?(e-\d+)?$/);
        expect(Number(plain)).toBe(Object.is(v, -0) ? 0 : v);
        expect(csvNumber(v, EXCEL_FR)).toBe(plain.replace('.', ','));
      }),
    );
  });
});
