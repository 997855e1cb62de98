// A minimal ZIP writer (PKWARE APPNOTE: local headers with known sizes, central directory, end
// record; no ZIP64, no data descriptors) for the demo archives. Entries are deflated by Node's
// native zlib in libuv's thread pool, so that compressing a 22 MB file neither blocks the main
// thread (which generates the next file meanwhile) nor costs what a JavaScript deflate costs.
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const deflateRaw = promisify(zlib.deflateRaw);

export interface ZipEntry {
  /** Name inside the archive (ASCII). */
  name: string;
  data: Uint8Array;
}

/** MS-DOS time and date fields of `date`, read in local time as ZIP tools do. */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

function asciiName(name: string): Buffer {
  if (!/^[\x20-\x7e]+$/.test(name))
    throw new RangeError(`zip: entry name must be printable ASCII: ${JSON.stringify(name)}`);
  return Buffer.from(name, 'latin1');
}

/**
 * The bytes of a ZIP archive holding `entries` in the given order, each deflated at `level`,
 * all dated `mtime`. Same entries, level and Node version → same bytes.
 */
export async function zipArchive(entries: readonly ZipEntry[], mtime: Date, level: number): Promise<Buffer[]> {
  const { time, date } = dosDateTime(mtime);
  const packed = await Promise.all(entries.map((e) => deflateRaw(e.data, { level })));
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const name = asciiName(entry.name);
    const body = packed[i] as Buffer;
    const crc = zlib.crc32(entry.data) >>> 0;
    if (entry.data.length >= 0xffffffff || offset >= 0xffffffff)
      throw new RangeError('zip: archive too large for ZIP without ZIP64');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    chunks.push(local, name, body);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS attributes
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    // extra, comment, disk number, internal and external attributes: all 0
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  });
  const centralSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return [...chunks, ...central, end];
}
