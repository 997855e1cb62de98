// A growable byte buffer for the demo files' ASCII text: writing digits and pre-encoded fields
// straight into bytes avoids creating a string per line (a million of them per year), which is
// what made the generator slow (garbage collection).

/** Largest value written with 32-bit integer arithmetic (faster than the double `%`). */
const UINT32_LIMIT = 2 ** 32;
const SEMICOLON = 59;
const CR = 13;
const LF = 10;

export class AsciiWriter {
  private buf: Uint8Array;
  private length = 0;

  constructor(initialCapacity = 1 << 20) {
    this.buf = new Uint8Array(initialCapacity);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    let capacity = this.buf.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buf.subarray(0, this.length));
    this.buf = grown;
  }

  /** Appends pre-encoded bytes (see `encodeAscii`). */
  raw(chunk: Uint8Array): void {
    const n = chunk.length;
    this.reserve(n);
    // A byte loop beats TypedArray#set for the short fields written here.
    for (let i = 0; i < n; i++) this.buf[this.length + i] = chunk[i]!;
    this.length += n;
  }

  /** Appends a non-negative integer in decimal. */
  uint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`AsciiWriter.uint: ${value}`);
    this.reserve(16);
    if (value < UINT32_LIMIT) {
      this.length = writeUint32(this.buf, this.length, value);
      return;
    }
    // Up to 2^53: the high part (< 2^32) then the low nine digits, zero-padded.
    const high = Math.floor(value / 1e9);
    const low = value - high * 1e9;
    this.length = writeUint32(this.buf, this.length, high);
    const end = this.length + 9;
    let v = low;
    for (let i = end - 1; i >= this.length; i--) {
      const q = Math.floor(v / 10);
      this.buf[i] = 48 + v - q * 10;
      v = q;
    }
    this.length = end;
  }

  /**
   * Appends one line of the demo files: three pre-encoded fields, then `first;second` and CRLF
   * (`first` and `second` non-negative safe integers). One call and one capacity check per line:
   * the generator writes eight million of them.
   */
  line(a: Uint8Array, b: Uint8Array, c: Uint8Array, first: number, second: number): void {
    if (!Number.isSafeInteger(first) || first < 0 || !Number.isSafeInteger(second) || second < 0) {
      throw new RangeError(`AsciiWriter.line: ${first}, ${second}`);
    }
    // Each integer takes at most 16 digits (below 2^53).
    this.reserve(a.length + b.length + c.length + 35);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < a.length; i++) buf[at++] = a[i]!;
    for (let i = 0; i < b.length; i++) buf[at++] = b[i]!;
    for (let i = 0; i < c.length; i++) buf[at++] = c[i]!;
    this.length = at;
    if (first < UINT32_LIMIT) this.length = writeUint32(buf, this.length, first);
    else this.uint(first);
    buf[this.length++] = SEMICOLON;
    if (second < UINT32_LIMIT) this.length = writeUint32(buf, this.length, second);
    else this.uint(second);
    buf[this.length++] = CR;
    buf[this.length++] = LF;
  }

  /** Appends one byte (e.g. 59 for ';'). */
  byte(b: number): void {
    this.reserve(1);
    this.buf[this.length++] = b;
  }

  /** The bytes written so far (a view, not a copy: write nothing more once taken). */
  bytes(): Buffer {
    return Buffer.from(this.buf.buffer, this.buf.byteOffset, this.length);
  }

  /** The text written so far (ASCII, so latin1 decoding is exact and fast). */
  toString(): string {
    return this.bytes().toString('latin1');
  }
}

/** Writes `value` (an integer in [0, 2^32)) in decimal at `at`; returns the end position. */
function writeUint32(buf: Uint8Array, at: number, value: number): number {
  let v = value >>> 0;
  let digits = 1;
  for (let p = 10; p <= v && digits < 10; p *= 10) digits++;
  let i = at + digits;
  const end = i;
  do {
    const q = (v / 10) >>> 0;
    buf[--i] = 48 + v - q * 10;
    v = q;
  } while (v > 0);
  return end;
}

/** Bytes of an ASCII string; throws on any other character (the file format is pure ASCII). */
export function encodeAscii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) throw new RangeError(`encodeAscii: non-ASCII character in ${JSON.stringify(text)}`);
    out[i] = c;
  }
  return out;
}
