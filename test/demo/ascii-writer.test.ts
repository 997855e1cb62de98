import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsciiWriter, encodeAscii } from '../../src/demo/ascii-writer.js';

describe('AsciiWriter', () => {
  it('writes integers in decimal, on both sides of 2^32 and up to 2^53', () => {
    const values = [
      0,
      7,
      10,
      99,
      4_294_967_295,
      4_294_967_296,
      1_000_000_000_000,
      999_999_999_999_999,
      Number.MAX_SAFE_INTEGER,
    ];
    const out = new AsciiWriter(4);
    for (const v of values) {
      out.uint(v);
      out.byte(59);
    }
    expect(out.toString()).toBe(values.map((v) => `${v};`).join(''));
  });

  it('writes any safe non-negative integer as String() does, growing as needed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat(), fc.maxSafeNat(), fc.integer({ min: 2 ** 32 - 2, max: 2 ** 32 + 2 })), {
          maxLength: 40,
        }),
        (values) => {
          const out = new AsciiWriter(1);
          for (const v of values) {
            out.raw(encodeAscii('x'));
            out.uint(v);
          }
          expect(out.toString()).toBe(values.map((v) => `x${v}`).join(''));
          expect(out.bytes().toString('latin1')).toBe(out.toString());
        },
      ),
    );
  });

  it('writes a file line: three fields, then two integers separated by ";", then CRLF (property)', () => {
    const field = fc.stringMatching(/^[A-Z0-9;]{0,12}$/);
    const amount = fc.oneof(fc.nat(), fc.maxSafeNat());
    fc.assert(
      fc.property(fc.array(fc.tuple(field, field, field, amount, amount), { maxLength: 20 }), (lines) => {
        const out = new AsciiWriter(1);
        for (const [a, b, c, x, y] of lines) out.line(encodeAscii(a), encodeAscii(b), encodeAscii(c), x, y);
        expect(out.toString()).toBe(lines.map(([a, b, c, x, y]) => `${a}${b}${c}${x};${y}\r\n`).join(''));
      }),
    );
  });

  it('refuses what is not a safe non-negative integer, and non-ASCII text', () => {
    const out = new AsciiWriter();
    for (const v of [-1, 1.5, 2 ** 53, Number.NaN]) {
      expect(() => out.uint(v)).toThrow(RangeError);
      expect(() => out.line(new Uint8Array(0), new Uint8Array(0), new Uint8Array(0), 1, v)).toThrow(RangeError);
    }
    expect(() => encodeAscii('é')).toThrow(RangeError);
  });
});
