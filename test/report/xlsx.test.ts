// The fiche's workbook, read back by an independent reader (openpyxl, Debian's python3-openpyxl).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChartTable } from '../../src/charts/types.js';
import { ficheWorkbook } from '../../src/report/xlsx.js';
import { makeFigures } from '../helpers/figures.js';
import { pythonJson } from '../helpers/python.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const partners: ChartTable = {
  caption: 'Principaux partenaires',
  columns: ['Pays', 'Code pays', 'Exportations (euros)', 'Part du flux', 'Évolution'],
  kinds: ['text', 'code', 'euros', 'share', 'change'],
  rows: [
    ['Namibie', 'NA', 1234567, 0.125, -0.032],
    ['Allemagne', '01', 89, 0.5, ''],
  ],
};
const facts = {
  title: 'Les indicateurs clés : commerce extérieur — Loire',
  generatedAt: new Date('2025-11-24T12:00:00Z'),
  toolVersion: '0.1.0',
};

/** openpyxl's view of the workbook: sheet names, and each sheet's cells with their number formats. */
const READ = `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "cells": {}}
for ws in wb.worksheets:
    out["cells"][ws.title] = [[[c.value, c.number_format] for c in row] for row in ws.iter_rows()]
print(json.dumps(out, ensure_ascii=False))`;

interface Read {
  sheets: string[];
  cells: Record<string, [string | number | null, string][][]>;
}

describe('ficheWorkbook', () => {
  it('opens in openpyxl with the same values: codes as text, numbers as numbers with display formats', async () => {
    const f = makeFigures({ demo: false });
    const file = path.join(dir, 'loire.xlsx');
    fs.writeFileSync(file, ficheWorkbook(f, [['partenaires', partners]], facts));
    const wb = pythonJson<Read>(READ, [file]);
    expect(wb.sheets[0]).toBe('Présentation');
    expect(wb.sheets[1]).toBe('partenaires');
    expect(wb.sheets.filter((s) => s.startsWith('indicateurs-'))).toContain('indicateurs-exports');
    const about = Object.fromEntries(wb.cells['Présentation']!.map((row) => [row[0]![0], row[1]![0]]));
    expect(about['Titre']).toBe(facts.title);
    expect(about['Statut']).toBe('Données officielles');
    expect(about['Licence']).toBe('Licence Ouverte / Etalab 2.0');
    expect(String(about['Citation'])).toMatch(/^Source : DGDDI, .* traitement territrade 0\.1\.0\.$/);
    const rows = wb.cells['partenaires']!;
    expect(rows[1]!.map((c) => c[0])).toEqual(partners.columns);
    expect(rows[2]).toEqual([
      ['Namibie', 'General'],
      ['NA', 'General'],
      [1234567, '#,##0'],
      [0.125, '0.0%'],
      [-0.032, '+0.0%;-0.0%;0.0%'],
    ]);
    expect(rows[3]![1]).toEqual(['01', 'General']);
    expect(rows[3]![4]![0]).toBeNull();
    const exports = wb.cells['indicateurs-exports']!;
    const total = exports.find((row) => row[0]![0] === 'exports.total_eur')!;
    expect(total[2]![0]).toBe(f.exports.total_eur);
  });

  it('says demo data are fictional and gives no citation', async () => {
    const file = path.join(dir, 'demo.xlsx');
    fs.writeFileSync(file, ficheWorkbook(makeFigures({ demo: true }), [], facts));
    const about = Object.fromEntries(
      pythonJson<Read>(READ, [file]).cells['Présentation']!.map((row) => [row[0]![0], row[1]![0]]),
    );
    expect(about['Statut']).toBe('Données fictives de démonstration');
    expect(String(about['Citation'])).toContain('à ne pas citer');
    expect(String(about['Source'])).not.toMatch(/^Direction générale/);
  });

  it('gives byte-identical files for the same figures and date (zip entries dated at the generation date)', async () => {
    const f = makeFigures();
    const a = ficheWorkbook(f, [['partenaires', partners]], facts);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const b = ficheWorkbook(f, [['partenaires', partners]], facts);
    expect(a.equals(b)).toBe(true);
  });
});
