// The small .xlsx writer, read back by an independent reader (openpyxl).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { XlsxWriter, xlsxBytes, xlsxSheetName } from '../../src/format/xlsx.js';
import { pythonJson } from '../helpers/python.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const READ = `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {
        "cells": [[[c.value, c.number_format, bool(c.font.b)] for c in row] for row in ws.iter_rows()],
        "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.customWidth},
    }
out["_creator"] = wb.properties.creator
print(json.dumps(out, ensure_ascii=False))`;

type Cell = [string | number | null, string, boolean];
type Read = Record<string, { cells: Cell[][]; widths: Record<string, number> }> & { _creator: string };

describe('xlsxBytes', () => {
  it('writes text, numbers, empty cells, bold rows and columns, formats and widths that openpyxl reads back', () => {
    const wide = Array.from({ length: 30 }, (_, i) => i);
    const bytes = xlsxBytes(
      [
        {
          name: 'Feuille <1> & "2"',
          columns: [{ width: 12, bold: true }, { format: '0.0%' }, {}],
          rows: [
            ['Titre', 'x'],
            ['a < b & c', 0.125, null],
            ['01', -3.5e-7, ''],
          ],
          boldRows: new Set([0]),
        },
        { name: 'large', columns: [], rows: [wide] },
      ],
      { creator: 'territrade', date: new Date('2025-01-01T00:00:00Z') },
    );
    const file = path.join(dir, 'a.xlsx');
    fs.writeFileSync(file, bytes);
    const wb = pythonJson<Read>(READ, [file]);
    expect(wb._creator).toBe('territrade');
    const first = wb['Feuille <1> & "2"']!;
    expect(first.cells[0]).toEqual([
      ['Titre', 'General', true],
      ['x', 'General', true],
    ]);
    expect(first.cells[1]!.slice(0, 2)).toEqual([
      ['a < b & c', 'General', true],
      [0.125, '0.0%', false],
    ]);
    expect(first.cells[2]![0]).toEqual(['01', 'General', true]);
    expect(first.cells[2]![1]![0]).toBeCloseTo(-3.5e-7, 12);
    expect(first.widths['A']).toBe(12);
    expect(wb['large']!.cells[0]!.map((c) => c[0])).toEqual(wide);
  });

  it('gives the same bytes for the same sheets and date', () => {
    const make = () => xlsxBytes([{ name: 's', columns: [], rows: [[1, 'a']] }], { creator: 't', date: new Date(0) });
    expect(Buffer.from(make()).equals(Buffer.from(make()))).toBe(true);
  });

  it('streams sheets written side by side, row by row, past its chunk size, into a file openpyxl reads', () => {
    const file = path.join(dir, 'flux.xlsx');
    const fd = fs.openSync(file, 'w');
    let chunks = 0;
    const writer = new XlsxWriter(
      (c) => {
        chunks++;
        fs.writeSync(fd, c);
      },
      { creator: 'territrade', date: new Date('2025-01-01T00:00:00Z') },
    );
    const a = writer.sheet('a', [{}, { format: '#,##0' }], new Set([0]));
    const b = writer.sheet('b', [{}, {}]);
    a.add(['code', 'valeur']);
    const n = 6_000;
    for (let i = 0; i < n; i++) {
      a.add([String(i).padStart(5, '0'), { value: i * 1.5, format: '0.0' }]);
      if (i % 2 === 0) b.add([`ligne ${i}`, i]);
    }
    writer.close();
    fs.closeSync(fd);
    expect(chunks).toBeGreaterThan(2);
    const wb = pythonJson<Record<string, { n: number; first: unknown[]; last: unknown[] }>>(
      `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
out = {}
for ws in wb.worksheets:
    rows = [[[c.value, c.number_format] for c in r] for r in ws.iter_rows()]
    out[ws.title] = {"n": len(rows), "first": rows[0], "last": rows[-1]}
print(json.dumps(out))`,
      [file],
    );
    expect(Object.keys(wb)).toEqual(['a', 'b']);
    expect(wb['a']).toEqual({
      n: n + 1,
      first: [
        ['code', 'General'],
        ['valeur', 'General'],
      ],
      last: [
        ['05999', 'General'],
        [8998.5, '0.0'],
      ],
    });
    expect(wb['b']).toEqual({
      n: n / 2,
      first: [
        ['ligne 0', 'General'],
        [0, 'General'],
      ],
      last: [
        ['ligne 5998', 'General'],
        [5998, 'General'],
      ],
    });
  });

  it('makes sheet names Excel accepts', () => {
    expect(xlsxSheetName('a/b:c[d]*e?f\\g')).toBe('a-b-c-d--e-f-g');
    expect(xlsxSheetName('x'.repeat(40))).toHaveLength(31);
  });
});
