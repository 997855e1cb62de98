// A zip entry for fflate's streaming Zip, deflated by Node's zlib (native) instead of fflate's
// JavaScript deflate, about four times dearer on the workbooks' XML (bench/results/2026-12.md).
// Each chunk is deflated on its own and ends on a sync flush (the last one on a final block), so
// that the chunks' outputs, put end to end, are one valid deflate stream; the entry still streams.
import zlib from 'node:zlib';
import type { AsyncFlateStreamHandler, ZipInputFile } from 'fflate';

export class NativeZipDeflate implements ZipInputFile {
  readonly compression = 8;
  /** General purpose bits 1-2: « super fast » compression (level 1), as fflate writes them. */
  readonly flag = 3;
  size = 0;
  crc = 0;
  mtime?: Date;
  ondata?: AsyncFlateStreamHandler;
  private running = 0;

  constructor(readonly filename: string) {}

  /** Adds a chunk of the file's bytes; `final` for the last. */
  push(chunk: Uint8Array, final = false): void {
    if (!this.ondata) throw new Error(`entrée ${this.filename} hors d'une archive`);
    this.size += chunk.length;
    this.running = zlib.crc32(chunk, this.running);
    if (final) this.crc = this.running >>> 0;
    const flush = final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
    this.ondata(null, zlib.deflateRawSync(chunk, { level: 1, finishFlush: flush }), final);
  }
}
