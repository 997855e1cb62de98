// ZIP and gzip inputs that are damaged, ambiguous or hostile (issue 13, points 1, 2, 7, 13, 14):
// every fixture is made here; each case is refused with a French message naming the file and
// leaves the store exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/store/import/import-files.js';
import { importWorkDir } from '../../../src/store/import/work-dir.js';
import { line } from '../../helpers/store.js';
import { useTempStore } from '../../helpers/temp-store.js';

const temp = useTempStore({ withEarlierYear: true });
const { write, refused } = temp;

const lines = (...l: string[]) => Buffer.from(l.join('\r\n') + '\r\n');

describe('a ZIP holding several data files of the same year and flow (point 1)', () => {
  it('reads every entry: two entries with the same base name for different quarters both count', async () => {
    const zip = write(
      'regional_2024_export.zip',
      zipSync({
        'T1/Region_2024_Export.txt': lines(line({ quarter: '1', value: '100' })),
        'T3/Region_2024_Export.txt': lines(
          line({ quarter: '3', value: '300' }),
          line({ quarter: '3', country: 'IT', value: '30' }),
        ),
      }),
    );
    const report = await importFiles(temp.store, [zip]);
    expect(report.rows).toBe(3);
    const [row] = await temp.store.all('SELECT sum(value_eur)::INTEGER AS v FROM trade WHERE year = 2024');
    expect(row!['v']).toBe(430);
  });

  it('reads every entry: an invalid line in the second one is found', async () => {
    const zip = write(
      'regional_2024_export.zip',
      zipSync({
        'T1/Region_2024_Export.txt': lines(line({ quarter: '1' })),
        'T3/Region_2024_Export.txt': lines(line({ quarter: '3' }), line({ quarter: '3', value: 'douze' })),
      }),
    );
    expect(await refused([zip])).toMatch(/regional_2024_export\.zip\/T3\/Region_2024_Export\.txt:2: valeur « douze »/);
  });

  it('refuses, naming both entries, two entries that bring the same quarter', async () => {
    const zip = write(
      'regional_2024_export.zip',
      zipSync({
        'T1/Region_2024_Export.txt': lines(line({ quarter: '1', value: '100' })),
        'T3/Region_2024_Export.txt': lines(line({ quarter: '1', value: '999' })),
      }),
    );
    const message = await refused([zip]);
    expect(message).toMatch(/« T1\/Region_2024_Export\.txt » et « T3\/Region_2024_Export\.txt »/);
    expect(message).toMatch(/trimestre 1 2024/);
  });
});

describe('CRC checks (point 2)', () => {
  it('refuses a ZIP entry whose bytes changed after packing (406473 → 506473)', async () => {
    const zip = Buffer.from(
      zipSync({ 'Region_2018_Export.txt': [lines('E;3;2018;01;18;A01Z;0111;BE;406473;1210935'), { level: 0 }] }),
    );
    const at = zip.indexOf('406473');
    expect(at).toBeGreaterThan(0);
    zip[at] = '5'.charCodeAt(0);
    const message = await refused([write('regional_2018_export.zip', zip)]);
    expect(message).toMatch(
      /regional_2018_export\.zip, entrée « Region_2018_Export\.txt » : données corrompues \(somme de contrôle CRC incorrecte\)/,
    );
  });

  it('refuses a gzip file whose CRC does not match', async () => {
    const gz = zlib.gzipSync(lines(line()));
    gz[gz.length - 6]! ^= 0x01; // inside the CRC-32 trailer
    expect(await refused([write('Region_2024_Export.txt.gz', gz)])).toMatch(
      /Region_2024_Export\.txt\.gz : fichier gzip corrompu \(somme de contrôle incorrecte\)/,
    );
  });
});

describe('hostile entry names (point 7)', () => {
  it.each([['x/..'], ['../Region_2024_Export.txt'], ['/etc/Region_2024_Export.txt'], ['a\\..\\b.txt']])(
    'refuses the entry %j with its name quoted',
    async (name) => {
      const zip = write(
        'regional_2024_export.zip',
        zipSync({ 'Region_2024_Export.txt': lines(line()), [name]: lines(line()) }),
      );
      const message = await refused([zip]);
      expect(message).toContain(`regional_2024_export.zip, entrée « ${name} » : nom refusé`);
      expect(message).not.toMatch(/EISDIR|at .*\.js/);
    },
  );

  it('quotes a newline in an entry name, so that it cannot add a line to the message', async () => {
    const name = 'Region_2024_Export.txt\nRegion_2024_Export.txt:1: tout va bien';
    const zip = write('regional_2024_export.zip', zipSync({ [name]: lines(line({ value: 'x' })) }));
    const message = await refused([zip]);
    expect(message.split('\n').filter((l) => l.startsWith('Region_2024_Export.txt:1'))).toEqual([]);
    expect(message).toContain('« Region_2024_Export.txt\\x0aRegion_2024_Export.txt:1: tout va bien »');
  });
});

/** Rewrites a one-entry ZIP's header fields (local header and central directory agree). */
function forge(zip: Uint8Array, fields: { uncompressedSize?: number; method?: number }): Buffer {
  const out = Buffer.from(zip);
  const central = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  expect(out.readUInt32LE(0)).toBe(0x04034b50);
  expect(central).toBeGreaterThan(0);
  if (fields.uncompressedSize !== undefined) {
    out.writeUInt32LE(fields.uncompressedSize, 22);
    out.writeUInt32LE(fields.uncompressedSize, central + 24);
  }
  if (fields.method !== undefined) {
    out.writeUInt16LE(fields.method, 8);
    out.writeUInt16LE(fields.method, central + 10);
  }
  return out;
}

describe('declared sizes and compression methods', () => {
  // Several inflate chunks' worth of valid lines.
  const data = lines(
    ...Array.from({ length: 20_000 }, (_, i) =>
      line({ country: ['BE', 'DE', 'IT', 'ES'][i % 4], cpf4: String(1000 + Math.floor(i / 4)) }),
    ),
  );

  it('refuses an entry holding more data than its header says', async () => {
    const zip = forge(zipSync({ 'Region_2024_Export.txt': data }), { uncompressedSize: 100_000 });
    const message = await refused([write('regional_2024_export.zip', zip)]);
    expect(message).toMatch(
      /regional_2024_export\.zip, entrée « Region_2024_Export\.txt » : plus de données que les 100\u00A0000 octets annoncés par l'archive : archive altérée ou tronquée ; rien n'a été importé\./,
    );
  });

  it('refuses an entry holding less data than its header says', async () => {
    const zip = forge(zipSync({ 'Region_2024_Export.txt': data }), { uncompressedSize: data.length + 1 });
    expect(await refused([write('regional_2024_export.zip', zip)])).toMatch(
      /entrée « Region_2024_Export\.txt » : moins de données que les [\d\u00A0]+ octets annoncés/,
    );
  });

  it('refuses a compression method other than stored and deflate, in French', async () => {
    const zip = forge(zipSync({ 'Region_2024_Export.txt': data }), { method: 12 });
    expect(await refused([write('regional_2024_export.zip', zip)])).toMatch(
      /entrée « Region_2024_Export\.txt » : méthode de compression 12 non prise en charge/,
    );
  });

  it('reads stored and deflated entries of several chunks alike', async () => {
    const stored = write('regional_2024_export.zip', zipSync({ 'Region_2024_Export.txt': [data, { level: 0 }] }));
    expect((await importFiles(temp.store, [stored])).rows).toBe(20_000);
    const deflated = write('regional_2024_export.zip', zipSync({ 'Region_2024_Export.txt': [data, { level: 6 }] }));
    expect((await importFiles(temp.store, [deflated])).rows).toBe(20_000);
  });
});

/** A gzip file of `bytes` zero bytes, written as a stream (the test never holds it whole). */
async function gzipOfZeros(file: string, bytes: number): Promise<void> {
  const chunk = Buffer.alloc(1 << 20);
  async function* zeros() {
    for (let left = bytes; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
  }
  await pipeline(Readable.from(zeros()), zlib.createGzip({ level: 1 }), fs.createWriteStream(file));
}

describe('decompression bombs (point 13)', () => {
  it('refuses a ZIP entry over the size limit before unpacking it', async () => {
    const zip = write('regional_2024_export.zip', zipSync({ 'Region_2024_Export.txt': new Uint8Array(9 * 1024 ** 2) }));
    const message = await refused([zip], { limits: { maxUnpackedBytes: 8 * 1024 ** 2 } });
    expect(message).toMatch(
      /entrée « Region_2024_Export\.txt » : plus de 8,4\u00a0Mo une fois décompressé, au-delà de la limite/,
    );
  });

  it('refuses a gzip file over the size limit while unpacking it', async () => {
    const gz = path.join(temp.dir, 'Region_2024_Export.txt.gz');
    await gzipOfZeros(gz, 9 * 1024 ** 2);
    const message = await refused([gz], { limits: { maxUnpackedBytes: 8 * 1024 ** 2 } });
    expect(message).toMatch(/Region_2024_Export\.txt\.gz : plus de 8,4\u00a0Mo une fois décompressé/);
  });

  it('refuses a 1 Gio gzip bomb of 1 Mo quickly by its ratio, without holding it in memory', async () => {
    const gz = path.join(temp.dir, 'Region_2024_Export.txt.gz');
    await gzipOfZeros(gz, 1024 ** 3);
    expect(fs.statSync(gz).size).toBeLessThan(8 * 1024 ** 2);
    const before = process.memoryUsage().arrayBuffers;
    const message = await refused([gz]);
    expect(message).toMatch(/se décompresse en plus de 100 fois sa taille/);
    // Streamed: the unpacked bytes never sit in memory (the old whole-file inflate took 1 Gio).
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100 * 1024 ** 2);
    // And it stopped near the ratio floor instead of writing the whole gigabyte to disk.
    expect(fs.existsSync(importWorkDir(temp.store.path))).toBe(false);
  });
});

describe('temporary files (point 14)', () => {
  it('unpacks into one folder beside the temp.store, removed after the import', async () => {
    const zip = write('regional_2024_export.zip', zipSync({ 'Region_2024_Export.txt': lines(line()) }));
    await importFiles(temp.store, [zip]);
    expect(fs.existsSync(importWorkDir(temp.store.path))).toBe(false);
    expect(path.dirname(importWorkDir(temp.store.path))).toBe(path.dirname(temp.store.path));
  });

  it('cleans what a killed import left there at the next import', async () => {
    const stale = path.join(importWorkDir(temp.store.path), '0');
    fs.mkdirSync(stale, { recursive: true });
    fs.writeFileSync(path.join(stale, 'Region_2024_Export.txt'), Buffer.alloc(1024 ** 2));
    await importFiles(temp.store, [write('Region_2024_Export.txt', lines(line()))]);
    expect(fs.existsSync(importWorkDir(temp.store.path))).toBe(false);
  });

  it('cleans it after a refused import too', async () => {
    await refused([
      write('regional_2024_export.zip', zipSync({ 'Region_2024_Export.txt': lines(line({ quarter: '7' })) })),
    ]);
    expect(fs.existsSync(importWorkDir(temp.store.path))).toBe(false);
  });
});
