// The demo ZIPs, as written by the global test setup (year 2024, default seed) and once more here
// to check that the same seed gives byte-identical archives.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DEMO_LABEL_FILES, demoMarkerText, writeDemoArchives } from '../../src/demo/archive.js';
import { DEMO_MARKER_FILE } from '../../src/dgddi/format.js';
import { DEMO_DEFAULT_SEED } from '../../src/demo/targets.js';
import { readReferenceFile } from '../../src/reference/files.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/temp-dir.js';

const NAMES = { export: 'DEMO_regional_2024_export.zip', import: 'DEMO_regional_2024_import.zip' };
const read = (name: string) => new Uint8Array(readFileSync(join(inject('demoDir'), name)));

/** Names of the entries in the order of the ZIP's local headers. */
function entryOrder(zip: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    names.push(new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength)));
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('demo archives', () => {
  it.each(['export', 'import'] as const)(
    'the %s ZIP holds the main file, the label files and the marker, in order',
    (flow) => {
      const zip = read(NAMES[flow]);
      const main = flow === 'export' ? 'Region_2024_Export.txt' : 'Region_2024_Import.txt';
      expect(entryOrder(zip)).toEqual([main, ...DEMO_LABEL_FILES, DEMO_MARKER_FILE]);
      const entries = unzipSync(zip);
      const head = new TextDecoder().decode(entries[main]!.subarray(0, 200));
      expect(head.startsWith(flow === 'export' ? 'E;1;2024;01;18;' : 'I;1;2024;01;18;')).toBe(true);
      for (const name of DEMO_LABEL_FILES) expect(entries[name], name).toEqual(new Uint8Array(readReferenceFile(name)));
      const marker = new TextDecoder('utf-8', { fatal: true }).decode(entries[DEMO_MARKER_FILE]);
      expect(marker).toBe(demoMarkerText({ year: 2024, seed: DEMO_DEFAULT_SEED }));
      expect(marker).toContain('DONNÉES FICTIVES DE DÉMONSTRATION');
      expect(marker).toContain('ce ne sont pas des données de la Direction générale des Douanes');
      expect(marker).toContain(`Graine\u00A0: ${DEMO_DEFAULT_SEED}`);
    },
  );

  it('dates every entry 1 January of the following year', () => {
    const zip = read(NAMES.export);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // DOS time and date of the first local header.
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe(((2025 - 1980) << 9) | (1 << 5) | 1);
  });

  it('writes byte-identical archives for the same year and seed', async () => {
    const dir = tempDir('territrade-demo-test-');
    tmp.push(dir);
    const paths = await writeDemoArchives({ dir: join(dir, 'sub'), year: 2024, seed: DEMO_DEFAULT_SEED });
    expect(paths).toEqual([join(dir, 'sub', NAMES.export), join(dir, 'sub', NAMES.import)]);
    expect(new Uint8Array(readFileSync(paths[0]!))).toEqual(read(NAMES.export));
    expect(new Uint8Array(readFileSync(paths[1]!))).toEqual(read(NAMES.import));
  }, 300_000);

  it('says in the marker that years other than 2024, and the latest publication, are invented', () => {
    expect(demoMarkerText({ year: 2024, seed: 3 })).toContain(
      'reprennent les totaux publiés pour 2024\u00A0; tout le reste est fictif.',
    );
    const other = demoMarkerText({ year: 2019, seed: 3 });
    expect(other).toContain('Année\u00A0: 2019');
    expect(other).toContain('Les chiffres de 2019 sont inventés');
    const latest = demoMarkerText({ year: 2025, seed: 3 }, 'T2 2024 – T2 2025');
    expect(latest).toContain('Dernière publication\u00A0: T2 2024 – T2 2025');
    expect(latest).toContain(
      'Les trimestres de 2024 y sont, à l’identique, ceux des fichiers annuels 2024 de la démonstration',
    );
    expect(latest).toContain('ceux de 2025 sont inventés');
  });

  it('rejects an invalid year before writing anything', async () => {
    await expect(writeDemoArchives({ dir: join(tmpdir(), 'never-written'), year: 20245, seed: 1 })).rejects.toThrow(
      UserError,
    );
  });
});
