// What each imported file still provides, and how `territrade status` says it: an annual file
// whose T2–T4 a later "dernière publication" replaced provides T1 only.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/store/import/import-files.js';
import { sources, type SourceInfo } from '../../src/store/queries.js';
import { sourceCoverage, storedQuarters } from '../../src/store/source-coverage.js';
import { plainSpaces } from '../../src/format/fr.js';
import { sourceStatusLine } from '../../src/report/text/store-status.js';
import { runCli } from '../helpers/cli.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';
import { useTempStore } from '../helpers/temp-store.js';

const annual = ['1', '2', '3', '4'].map((q) => line({ quarter: q, value: '100' }));
// "dernière publication": five quarters over two years, 2024 T2–T4 revised.
const latest = [
  line({ quarter: '2', value: '120' }),
  line({ quarter: '3', value: '130' }),
  line({ quarter: '4', value: '140' }),
  line({ year: '2025', quarter: '1', value: '1' }),
  line({ year: '2025', quarter: '2', value: '2' }),
];

function source(fields: Partial<SourceInfo> & Pick<SourceInfo, 'id' | 'quarters'>): SourceInfo {
  return {
    fileName: `f${fields.id}.txt`,
    container: '',
    year: 2024,
    flows: 'E',
    rows: 4,
    demo: false,
    importedAt: '2026-01-01T10:00:00.000Z',
    ...fields,
  };
}

describe('sourceCoverage', () => {
  it('keeps the quarters a file still has rows for, and names the file that took over each other one', () => {
    const files = [
      source({ id: 1, quarters: '2024T1,2024T2,2024T3,2024T4' }),
      source({ id: 2, quarters: '2024T2,2024T3,2024T4,2025T1,2025T2', rows: 5 }),
    ];
    const stored = [
      { sourceId: 1, flow: 'E', year: 2024, quarter: 1, rows: 1 },
      ...[
        [2024, 2],
        [2024, 3],
        [2024, 4],
        [2025, 1],
        [2025, 2],
      ].map(([year, quarter]) => ({ sourceId: 2, flow: 'E', year: year!, quarter: quarter!, rows: 1 })),
    ];
    const c = sourceCoverage(files, stored);
    expect(c.get(1)).toEqual({
      kept: ['2024T1'],
      replaced: [{ by: 2, quarters: ['2024T2', '2024T3', '2024T4'] }],
      rows: 1,
    });
    expect(c.get(2)).toEqual({ kept: ['2024T2', '2024T3', '2024T4', '2025T1', '2025T2'], replaced: [], rows: 5 });
  });

  it('only counts a replacing file of the same flow, and names the latest of several', () => {
    const files = [
      source({ id: 1, quarters: '2024T1,2024T2' }),
      source({ id: 2, quarters: '2024T2', flows: 'I' }),
      source({ id: 3, quarters: '2024T2' }),
      source({ id: 4, quarters: '2024T2' }),
    ];
    const stored = [
      { sourceId: 1, flow: 'E', year: 2024, quarter: 1, rows: 3 },
      { sourceId: 2, flow: 'I', year: 2024, quarter: 2, rows: 1 },
      { sourceId: 4, flow: 'E', year: 2024, quarter: 2, rows: 2 },
    ];
    expect(sourceCoverage(files, stored).get(1)).toEqual({
      kept: ['2024T1'],
      replaced: [{ by: 4, quarters: ['2024T2'] }],
      rows: 3,
    });
  });
});

describe('sourceStatusLine', () => {
  const nameOf = (id: number) => `publication-${id}.txt`;

  it('lists every quarter of a file nothing replaced, as before', () => {
    const s = source({ id: 1, quarters: '2024T1,2024T2', rows: 1 });
    expect(sourceStatusLine(s, { kept: ['2024T1', '2024T2'], replaced: [], rows: 1 }, nameOf)).toBe(
      '  f1.txt — 2024T1 2024T2 — 1 ligne — officiel — importé le 2026-01-01 10:00:00 UTC',
    );
  });

  it('says what a partly replaced file still provides, what replaced the rest, and its rows left', () => {
    const s = source({ id: 1, quarters: '2024T1,2024T2,2024T3,2024T4', rows: 551_625, demo: true });
    const line = sourceStatusLine(
      s,
      { kept: ['2024T1'], replaced: [{ by: 7, quarters: ['2024T2', '2024T3', '2024T4'] }], rows: 137_935 },
      nameOf,
    );
    expect(plainSpaces(line)).toBe(
      '  f1.txt — 2024T1 seulement ; 2024T2 2024T3 2024T4 remplacés par publication-7.txt — 137 935 lignes sur 551 625 importées — démo — importé le 2026-01-01 10:00:00 UTC',
    );
    expect(
      sourceStatusLine(
        s,
        { kept: ['2024T1', '2024T2', '2024T3'], replaced: [{ by: 7, quarters: ['2024T4'] }], rows: 3 },
        nameOf,
      ),
    ).toContain('— 2024T1 2024T2 2024T3 seulement ; 2024T4 remplacé par publication-7.txt —');
  });
});

describe('on a store', () => {
  const temp = useTempStore();

  it('reads what each imported file still provides after a newer publication', async () => {
    await importFiles(temp.store, [temp.write('Region_2024_Export.txt', annual.join('\n'))]);
    await importFiles(temp.store, [temp.write('REGIONAL_CPF4PAYSE.txt', latest.join('\n'))]);
    const files = await sources(temp.store);
    const c = sourceCoverage(files, await storedQuarters(temp.store));
    const [first, second] = files;
    expect(c.get(first!.id)).toEqual({
      kept: ['2024T1'],
      replaced: [{ by: second!.id, quarters: ['2024T2', '2024T3', '2024T4'] }],
      rows: 1,
    });
    expect(c.get(second!.id)!.replaced).toEqual([]);
  });
});

describe('territrade status', () => {
  it('says that the annual file provides T1 only once the latest publication replaced T2–T4', () => {
    const dir = tempDir();
    try {
      const store = path.join(dir, 'base.duckdb');
      const write = (name: string, lines: string[]) => {
        fs.writeFileSync(path.join(dir, name), lines.join('\r\n'));
        return path.join(dir, name);
      };
      expect(runCli(['import', write('Region_2024_Export.txt', annual), '--store', store]).code).toBe(0);
      const before = runCli(['status', '--store', store]).stdout;
      expect(before).toMatch(/^ {2}Region_2024_Export\.txt — 2024T1 2024T2 2024T3 2024T4 — 4 lignes — officiel/m);
      expect(runCli(['import', write('REGIONAL_CPF4PAYSE.txt', latest), '--store', store]).code).toBe(0);
      const after = runCli(['status', '--store', store]).stdout;
      expect(after).toMatch(
        /^ {2}Region_2024_Export\.txt — 2024T1 seulement ; 2024T2 2024T3 2024T4 remplacés par REGIONAL_CPF4PAYSE\.txt — 1 ligne sur 4 importées — officiel/m,
      );
      expect(after).toMatch(/^ {2}REGIONAL_CPF4PAYSE\.txt — 2024T2 2024T3 2024T4 2025T1 2025T2 — 5 lignes — officiel/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
