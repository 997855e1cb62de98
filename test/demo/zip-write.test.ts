import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { zipArchive } from '../../src/demo/zip-write.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('zipArchive', () => {
  const entries = [
    { name: 'Region_2024_Export.txt', data: text('E;1;2024;01;18;A01Z;0111;SA;11101;20771\r\n'.repeat(500)) },
    { name: 'empty.txt', data: new Uint8Array(0) },
    { name: 'dir/Libelle_A129.txt', data: text('CODE;LIBELLE\r\n') },
  ];
  const mtime = new Date(2025, 0, 1);

  it('writes an archive that another implementation unpacks to the same entries, in order', async () => {
    const zip = Buffer.concat(await zipArchive(entries, mtime, 1));
    const unpacked = unzipSync(new Uint8Array(zip));
    expect(Object.keys(unpacked)).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(unpacked[e.name]).toEqual(e.data);
  });

  it('records sizes, CRC and the local date in the headers, and the central directory where it is', async () => {
    const zip = Buffer.concat(await zipArchive(entries, mtime, 1));
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(6)).toBe(0); // no data descriptor
    expect(zip.readUInt16LE(10)).toBe(0);
    expect(zip.readUInt16LE(12)).toBe(((2025 - 1980) << 9) | (1 << 5) | 1);
    expect(zip.readUInt32LE(14)).toBe(zlib.crc32(entries[0]!.data) >>> 0);
    expect(zip.readUInt32LE(22)).toBe(entries[0]!.data.length);
    const end = zip.length - 22;
    expect(zip.readUInt32LE(end)).toBe(0x06054b50);
    expect(zip.readUInt16LE(end + 10)).toBe(entries.length);
    expect(zip.readUInt32LE(zip.readUInt32LE(end + 16))).toBe(0x02014b50);
    expect(zip.readUInt32LE(end + 16) + zip.readUInt32LE(end + 12)).toBe(end);
  });

  it('gives the same bytes for the same entries, and smaller ones at a higher level', async () => {
    const a = Buffer.concat(await zipArchive(entries, mtime, 1));
    expect(Buffer.concat(await zipArchive(entries, mtime, 1)).equals(a)).toBe(true);
    expect(Buffer.concat(await zipArchive(entries, new Date(2026, 0, 1), 1)).equals(a)).toBe(false);
    expect(Buffer.concat(await zipArchive(entries, mtime, 9)).length).toBeLessThanOrEqual(a.length);
  });

  it('refuses a name that is not printable ASCII', async () => {
    await expect(zipArchive([{ name: 'é.txt', data: text('x') }], mtime, 1)).rejects.toThrow(RangeError);
  });
});
