// A growable byte buffer for the demo files' ASCII text: writing digits and pre-encoded fields
// straight into bytes avoids creating a string per line (a million of them per year), which is
// what made the generator slow (garbage collection).

export class AsciiWriter {
  private bytes: Uint8Array;
  private length = 0;

  constructor(initialCapacity = 1 << 20) {
    this.bytes = new Uint8Array(initialCapacity);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Appends pre-encoded bytes (see `encodeAscii`). */
  raw(chunk: Uint8Array): void {
    const n = chunk.length;
    this.reserve(n);
    // A byte loop beats TypedArray#set for the short fields written here.
    for (let i = 0; i < n; i++) this.bytes[this.length + i] = chunk[i] as number;
    this.length += n;
  }

  /** Appends a non-negative integer in decimal. */
  uint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`AsciiWriter.uint: ${value}`);
    this.reserve(16);
    let digits = 1;
    for (let p = 10; p <= value; p *= 10) digits++;
    let v = value;
    for (let i = this.length + digits - 1; i >= this.length; i--) {
      this.bytes[i] = 48 + (v % 10);
      v = Math.floor(v / 10);
    }
    this.length += digits;
  }

  /** Appends one byte (e.g. 59 for ';'). */
  byte(b: number): void {
    this.reserve(1);
    this.bytes[this.length++] = b;
  }

  /** The text written so far (ASCII, so latin1 decoding is exact and fast). */
  toString(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.length).toString('latin1');
  }
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
