// Demo data are recognised from their rows (the watermark, src/dgddi/demo-watermark.ts), not
// only from the marker file beside them: renamed, gzipped, re-zipped, split or mixed with real
// lines, they are still flagged demo; held-out official-format files never are.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importFiles } from '../../src/store/import/import-files.js';
import { sources } from '../../src/store/queries.js';
import { importSummary } from '../../src/report/text/import-summary.js';
import { runCli } from '../helpers/cli.js';
import { officialLines } from '../helpers/official-lines.js';
import { openTempStore } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';
import { chromiumTool, pdftotextTool, skipWithout } from '../helpers/tools.js';

const skipPdf = skipWithout([chromiumTool(), pdftotextTool()], 'métadonnées PDF (Chromium, pdfinfo)');

const dir = tempDir('territrade-watermark-');
let demoLines: string[] = [];

beforeAll(() => {
  const zip = fs.readFileSync(path.join(inject('demoDir'), 'DEMO_regional_2024_export.zip'));
  const entries = unzipSync(zip);
  const main = Object.keys(entries).find((n) => /Region_2024_Export\.txt$/.test(n))!;
  demoLines = Buffer.from(entries[main]!).toString('latin1').split('\r\n').filter(Boolean);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes `content` as `name` in its own folder (no marker file, no label files beside it). */
function write(name: string, content: string | Uint8Array): string {
  const folder = fs.mkdtempSync(path.join(dir, 'f-'));
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}

const text = (lines: string[]) => lines.join('\r\n') + '\r\n';

/** Imports the files into a new store; the demo flag of each source. */
async function demoFlags(files: string[]): Promise<boolean[]> {
  const store = await openTempStore(fs.mkdtempSync(path.join(dir, 's-')));
  try {
    const report = await importFiles(store, files);
    const flags = (await sources(store)).map((s) => s.demo);
    expect(report.demo).toBe(flags.some(Boolean));
    return flags;
  } finally {
    store.close();
  }
}

describe('demo data recognised from the rows', () => {
  it('flags a renamed piece of a demo file, without its marker file', async () => {
    expect(await demoFlags([write('mes-donnees-2024.csv', text(demoLines.slice(0, 20_000)))])).toEqual([true]);
  });

  it('flags a gzipped demo piece', async () => {
    const gz = zlib.gzipSync(text(demoLines.slice(20_000, 40_000)));
    expect(await demoFlags([write('regional.txt.gz', gz)])).toEqual([true]);
  });

  it('flags a demo piece re-zipped under another name, without the marker', async () => {
    const zip = zipSync({ 'REGIONAL_CPF4PAYSE.txt': Buffer.from(text(demoLines.slice(40_000, 60_000))) });
    expect(await demoFlags([write('officiel.zip', zip)])).toEqual([true]);
  });

  it('flags each part of a demo file split in small pieces (one quarter each)', async () => {
    const pieces = ['1', '2', '3'].map((q) => {
      const lines = demoLines.filter((l) => l.split(';')[1] === q).slice(0, 50);
      return write(`part-${q}.txt`, text(lines));
    });
    expect(await demoFlags(pieces)).toEqual([true, true, true]);
  });

  it('flags a real file with a few hundred demo lines concatenated to it (the whole file is demo)', async () => {
    const real = officialLines({ seed: 11, count: 100_000, year: 2023 });
    expect(await demoFlags([write('melange.txt', real + text(demoLines.slice(200_000, 200_300)))])).toEqual([true]);
  });

  it('never flags held-out official-format files', async () => {
    const files = [
      write('REGIONAL_CPF4PAYSE.txt', officialLines({ seed: 101, count: 60_000, year: 2024, flow: 'E' })),
      write('REGIONAL_CPF4PAYSI.txt', officialLines({ seed: 102, count: 60_000, year: 2024, flow: 'I' })),
      write('arrondi.txt', officialLines({ seed: 103, count: 40_000, year: 2022, roundMassTo: 1000 })),
      write('petit.txt', officialLines({ seed: 104, count: 300, year: 2021 })),
    ];
    expect(await demoFlags(files)).toEqual([false, false, false, false]);
  });

  it('does not call an import demo when all its demo lines were kept out by a newer publication', async () => {
    const store = await openTempStore(fs.mkdtempSync(path.join(dir, 's-')));
    try {
      await importFiles(store, [
        write('REGIONAL_CPF4PAYSE.txt', officialLines({ seed: 105, count: 2_000, year: 2024 })),
      ]);
      const q2 = demoLines.filter((l) => l.split(';')[1] === '2').slice(0, 100);
      const report = await importFiles(store, [write('demo-t2.txt', text(q2))]);
      expect(report.rows).toBe(0);
      expect((await sources(store)).map((s) => s.demo)).toEqual([false]);
      expect(report.demo).toBe(false);
      expect(importSummary(report, 'base.duckdb').lines.join('\n')).not.toContain('fictives');
    } finally {
      store.close();
    }
  });
});

describe('every output of a renamed demo import says demo', () => {
  let folder = '';
  let store = '';

  beforeAll(() => {
    const loire = (zipName: string) => {
      const entries = unzipSync(fs.readFileSync(path.join(inject('demoDir'), zipName)));
      const main = Object.keys(entries).find((n) => /Region_2024_(Ex|Im)port\.txt$/.test(n))!;
      const lines = Buffer.from(entries[main]!).toString('latin1').split('\r\n');
      return text(lines.filter((l) => l.split(';')[3] === '42'));
    };
    folder = fs.mkdtempSync(path.join(dir, 'cli-'));
    fs.writeFileSync(path.join(folder, 'loire-export-2024.txt'), loire('DEMO_regional_2024_export.zip'));
    fs.writeFileSync(path.join(folder, 'loire-import-2024.txt'), loire('DEMO_regional_2024_import.zip'));
    store = path.join(folder, 'store.duckdb');
    const files = ['loire-export-2024.txt', 'loire-import-2024.txt'].map((f) => path.join(folder, f));
    expect(runCli(['import', ...files, '--store', store]).code).toBe(0);
  }, 120_000);

  it('status, figures, fiche and export of Loire lines copied without the marker', () => {
    expect(runCli(['status', '--store', store]).stdout).toContain('DONNÉES FICTIVES DE DÉMONSTRATION');
    expect(runCli(['figures', '42', '--store', store]).stdout).toContain('Données fictives de démonstration');
    const out = path.join(folder, 'out');
    expect(runCli(['build', '--only', '42', '--no-pdf', '--out', out, '--store', store]).code).toBe(0);
    const html = fs.readFileSync(path.join(out, 'departements', '42-loire.html'), 'utf8');
    expect(html).toContain('Données fictives de démonstration');
    expect(html).not.toContain('Source : DGDDI');
    const exp = path.join(folder, 'export');
    expect(runCli(['export', '--format', 'csv', '--out', exp, '--store', store]).code).toBe(0);
    expect(fs.readFileSync(path.join(exp, 'LISEZ-MOI.txt'), 'utf8')).toContain('DONNÉES FICTIVES DE DÉMONSTRATION');
  });

  it.skipIf(skipPdf)(
    "the PDF's metadata say demo",
    () => {
      const out = path.join(folder, 'out-pdf');
      expect(runCli(['build', '--only', '42', '--out', out, '--store', store]).code).toBe(0);
      const info = spawnSync('pdfinfo', [path.join(out, 'departements', '42-loire.pdf')], { encoding: 'utf8' });
      expect(info.stdout).toMatch(/^Subject: +Données fictives de démonstration/m);
      expect(info.stdout).toMatch(/^Author: +.*pas des données de la DGDDI/m);
    },
    120_000,
  );
});
