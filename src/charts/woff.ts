// WOFF 1.0 → TrueType/OpenType (sfnt): the chart font ships as WOFF, and resvg reads only sfnt.
// Format: W3C "WOFF File Format 1.0": a 44-byte header, a 20-byte entry per table (tag,
// offset, compressed length, original length, checksum), each table zlib-compressed unless
// its compressed length equals its original length.
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_ENTRY = 16;

const pad4 = (n: number): number => (n + 3) & ~3;

interface Table {
  tag: number;
  checksum: number;
  data: Buffer;
}

function woffTables(woff: Buffer, count: number): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const at = HEADER + i * WOFF_ENTRY;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    if (offset + compLength > woff.length) throw new Error('WOFF invalide : table hors du fichier');
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error('WOFF invalide : longueur de table inattendue');
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data });
  }
  return tables;
}

/** The sfnt font (TTF/OTF bytes) inside a WOFF 1.0 file. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('WOFF invalide : signature');
  const count = woff.readUInt16BE(12);
  const tables = woffTables(woff, count);
  const power = 2 ** Math.floor(Math.log2(Math.max(1, count)));
  let offset = 12 + count * SFNT_ENTRY;
  const size = tables.reduce((n, t) => n + pad4(t.data.length), offset);
  const out = Buffer.alloc(size);
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // flavor: the sfnt version
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(count * 16 - power * 16, 10);
  tables.forEach((t, i) => {
    const at = 12 + i * SFNT_ENTRY;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad4(t.data.length);
  });
  return out;
}

/**
 * `sfnt` with its family name (name ID 1, and 16 when present) cut back to `family` when it
 * starts with it: the semi-bold file of @fontsource names its family « Source Sans 3 SemiBold »,
 * so that a renderer matching fonts by family (resvg) never finds a 600 weight of « Source Sans 3 »
 * and draws semi-bold labels regular. The name record's length is shortened in place (the string
 * kept is a prefix of the stored one); the weight stays the one of the OS/2 table.
 */
export function withFamilyName(sfnt: Buffer, family: string): Buffer {
  const out = Buffer.from(sfnt);
  const tables = out.readUInt16BE(4);
  let name = -1;
  for (let i = 0; i < tables; i++) if (out.toString('latin1', 12 + i * 16, 16 + i * 16) === 'name') name = i;
  if (name < 0) return out;
  const table = out.readUInt32BE(12 + name * 16 + 8);
  const count = out.readUInt16BE(table + 2);
  const strings = table + out.readUInt16BE(table + 4);
  for (let r = 0; r < count; r++) {
    const rec = table + 6 + r * 12;
    const [platform, nameId, length, offset] = [0, 6, 8, 10].map((o) => out.readUInt16BE(rec + o)) as [
      number,
      number,
      number,
      number,
    ];
    if (nameId !== 1 && nameId !== 16) continue;
    const bytes = out.subarray(strings + offset, strings + offset + length);
    const wide = platform === 0 || platform === 3;
    const text = wide ? bytes.swap16().toString('utf16le') : bytes.toString('latin1');
    if (wide) bytes.swap16();
    if (text.startsWith(`${family} `)) out.writeUInt16BE(family.length * (wide ? 2 : 1), rec + 8);
  }
  return out;
}
