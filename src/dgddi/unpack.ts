// Unpacks ZIP entries and gzip files to disk as streams, never whole in memory: every entry's
// CRC is checked and the unpacked size is capped, so that a damaged archive is refused and a
// decompression bomb costs neither memory nor the whole disk.
import fs from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { diskFullError, isDiskFull, UserError } from '../errors.js';
import { formatNumber, formatSize } from '../format/fr.js';
import { visibleText } from '../format/visible-text.js';

/** At most this many bytes are unpacked from one archive or gzip file (2 Gio). */
export const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;
/** Past 64 Mio, unpacked data may be at most 100 times its packed size (DGDDI text: about 10). */
export const MAX_RATIO = 100;
const RATIO_FLOOR = 64 * 1024 ** 2;

export interface UnpackLimits {
  /** Unpacked bytes allowed per archive or gzip file. */
  maxUnpackedBytes: number;
}

export const DEFAULT_LIMITS: UnpackLimits = { maxUnpackedBytes: MAX_UNPACKED_BYTES };

/** True when `unpacked` bytes from `packed` bytes look like a decompression bomb. */
function ratioTooHigh(unpacked: number, packed: number): boolean {
  return unpacked > RATIO_FLOOR && unpacked > MAX_RATIO * packed;
}

/** A name from inside an archive, quoted for a message: control characters made visible. */
export function quoteName(name: string): string {
  return `« ${visibleText(name, 120)} »`;
}

function tooLarge(what: string, limits: UnpackLimits): UserError {
  return new UserError(
    `${what} : plus de ${formatSize(limits.maxUnpackedBytes)} une fois décompressé, au-delà de la limite de l'import (archive piégée ou fichier qui n'est pas celui de la DGDDI) ; rien n'a été importé.`,
  );
}

function bomb(what: string): UserError {
  return new UserError(
    `${what} : se décompresse en plus de ${MAX_RATIO} fois sa taille, ce que ne fait aucun fichier de la DGDDI (archive piégée) ; rien n'a été importé.`,
  );
}

/**
 * Output chunk of the inflaters: zlib's default (16 Kio) makes a 22 Mo file cross the streams
 * below in 1 400 pieces, each a callback and a write; 256 Kio halves the CPU cost of unpacking.
 */
const INFLATE_CHUNK = 256 * 1024;

class TooLarge extends Error {}
class Bomb extends Error {}
class WrongSize extends Error {}

/**
 * Counts and CRC-32s the bytes going through; stops past `budget` bytes or a bomb's ratio, and,
 * when `expected` is given (a ZIP entry's declared size), as soon as the bytes go past it or
 * if they end short of it.
 */
class Meter extends Transform {
  bytes = 0;
  crc = 0;
  constructor(
    private readonly budget: number,
    private readonly packedSoFar: () => number = () => Infinity,
    private readonly expected?: number,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.budget) return done(new TooLarge());
    if (ratioTooHigh(this.bytes, this.packedSoFar())) return done(new Bomb());
    if (this.expected !== undefined && this.bytes > this.expected) return done(new WrongSize());
    this.crc = zlib.crc32(chunk, this.crc);
    done(null, chunk);
  }
  override _flush(done: TransformCallback): void {
    done(this.expected !== undefined && this.bytes !== this.expected ? new WrongSize() : null);
  }
}

/** Rethrows a write failure of the unpacked copy as "disque plein" when it is one. */
function writeFailure(err: unknown): unknown {
  return isDiskFull(err) ? diskFullError(err, "copie décompressée de l'import") : err;
}

/** Inflates a gzip file to `outPath`; gzip's own CRC and length check refuse a damaged file. */
export async function gunzipTo(gzPath: string, display: string, outPath: string, limits: UnpackLimits): Promise<void> {
  const packed = fs.createReadStream(gzPath);
  const meter = new Meter(limits.maxUnpackedBytes, () => packed.bytesRead);
  try {
    await pipeline(packed, zlib.createGunzip({ chunkSize: INFLATE_CHUNK }), meter, fs.createWriteStream(outPath));
  } catch (err) {
    if (err instanceof TooLarge) throw tooLarge(display, limits);
    if (err instanceof Bomb) throw bomb(display);
    const code = (err as NodeJS.ErrnoException).code;
    const message = err instanceof Error ? err.message : String(err);
    if (code === 'Z_DATA_ERROR' && /check/.test(message)) {
      throw new UserError(
        `${display} : fichier gzip corrompu (somme de contrôle incorrecte) : fichier altéré ou mal téléchargé ; rien n'a été importé.`,
      );
    }
    if (code?.startsWith('Z_'))
      throw new UserError(`${display} : fichier gzip illisible ou tronqué (${message}) ; rien n'a été importé.`);
    throw writeFailure(err);
  }
}

export interface UnzippedEntry {
  /** The entry's full name in the archive. */
  name: string;
  diskPath: string;
}

function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      zipPath,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: true },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    ),
  );
}

/** The entry's bytes as stored (still deflated): unpack.ts inflates them with its own chunk size. */
function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, { decodeFileData: false }, (err, stream) => (err ? reject(err) : resolve(stream))),
  );
}

const STORED = 0;
const DEFLATED = 8;

/** Every entry of a ZIP archive, in archive order (the archive is read lazily, entry by entry). */
async function* entries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const next = new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (e: yauzl.Entry) => (cleanup(), resolve(e));
      const onEnd = () => (cleanup(), resolve(null));
      const onError = (err: Error) => (cleanup(), reject(err));
      const cleanup = () => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
    });
    zip.readEntry();
    const entry = await next;
    if (!entry) return;
    yield entry;
  }
}

/**
 * Unpacks every file entry of a ZIP archive into `dir` (one file per entry, named by its index
 * so that two entries with the same base name never overwrite each other). Refuses an entry
 * whose name climbs out of the archive, an encrypted entry, a CRC mismatch, and more than
 * `limits.maxUnpackedBytes` in all.
 */
export async function unzipTo(
  zipPath: string,
  display: string,
  dir: string,
  limits: UnpackLimits,
): Promise<UnzippedEntry[]> {
  const unreadable = (err: unknown) =>
    new UserError(
      `${display} : archive ZIP illisible ou tronquée (${err instanceof Error ? err.message : String(err)}) ; rien n'a été importé.`,
    );
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(zipPath);
  } catch (err) {
    throw unreadable(err);
  }
  const out: UnzippedEntry[] = [];
  let budget = limits.maxUnpackedBytes;
  try {
    for await (const entry of entries(zip)) {
      const raw = entry.fileName as unknown as Buffer;
      // CP437 would show control bytes as glyphs: those names are quoted from their bytes.
      const control = raw.some((b) => b < 0x20 || b === 0x7f);
      const name = control
        ? raw.toString('latin1')
        : yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
      const what = `${display}, entrée ${quoteName(name)}`;
      if (name.endsWith('/')) continue; // a folder
      const base = name.slice(name.lastIndexOf('/') + 1);
      if (control || yauzl.validateFileName(name) !== null || base === '.' || base === '..') {
        throw new UserError(
          `${what} : nom refusé (chemin absolu, « .. », « \\ » ou caractère de contrôle) : archive altérée ; rien n'a été importé.`,
        );
      }
      if (entry.isEncrypted())
        throw new UserError(`${what} : entrée chiffrée, illisible sans mot de passe ; rien n'a été importé.`);
      if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
        throw new UserError(
          `${what} : méthode de compression ${entry.compressionMethod} non prise en charge (seules « stored » et « deflate » le sont) ; rien n'a été importé.`,
        );
      }
      if (entry.uncompressedSize > budget) throw tooLarge(what, limits);
      // Sizes are checked against the data as it is read (the meter below), so they can be trusted here.
      if (ratioTooHigh(entry.uncompressedSize, entry.compressedSize)) throw bomb(what);
      const diskPath = `${dir}/${String(out.length).padStart(4, '0')}-${base.replace(/[^A-Za-z0-9._-]/g, '_')}`;
      // The declared size passed the checks above: the data must match it exactly.
      const meter = new Meter(budget, undefined, entry.uncompressedSize);
      try {
        const stored = await openEntry(zip, entry);
        const out = fs.createWriteStream(diskPath);
        if (entry.compressionMethod === DEFLATED)
          await pipeline(stored, zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK }), meter, out);
        else await pipeline(stored, meter, out);
      } catch (err) {
        if (err instanceof TooLarge) throw tooLarge(what, limits);
        if (err instanceof WrongSize) {
          throw new UserError(
            `${what} : ${meter.bytes > entry.uncompressedSize ? 'plus' : 'moins'} de données que les ${formatNumber(entry.uncompressedSize)} octets annoncés par l'archive : archive altérée ou tronquée ; rien n'a été importé.`,
          );
        }
        if (err instanceof UserError) throw err;
        throw isDiskFull(err) ? diskFullError(err, "copie décompressée de l'import") : unreadable(err);
      }
      if (meter.crc >>> 0 !== entry.crc32 >>> 0) {
        throw new UserError(
          `${what} : données corrompues (somme de contrôle CRC incorrecte) : archive altérée ou mal téléchargée ; rien n'a été importé.`,
        );
      }
      budget -= meter.bytes;
      out.push({ name, diskPath });
    }
  } catch (err) {
    zip.close();
    if (err instanceof UserError) throw err;
    throw unreadable(err);
  }
  return out;
}
