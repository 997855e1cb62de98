// PNG file bytes of an RGBA image, deflated by Node's zlib (native, on libuv's thread pool) at
// level 1 with no row filter. resvg's own encoder (asPng) spent about a third of each chart
// image's processor time on a mostly white 1 600 px image, for files about as large
// (bench/results/2026-12.md).
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const deflate = promisify(zlib.deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The PNG of `width` × `height` pixels `rgba` (8 bits a channel, rows top to bottom, not premultiplied). */
export async function encodePng(width: number, height: number, rgba: Uint8Array): Promise<Buffer> {
  const stride = width * 4;
  if (rgba.length !== stride * height)
    throw new RangeError(`image de ${rgba.length} octets pour ${width} × ${height} pixels`);
  // Each row starts with its filter byte: 0, none (zeroed by alloc).
  const rows = Buffer.alloc((stride + 1) * height);
  const source = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.length);
  for (let y = 0; y < height; y++) source.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // Bytes 10-12: deflate, adaptive filtering method, no interlace.
  const data = await deflate(rows, { level: 1 });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}
