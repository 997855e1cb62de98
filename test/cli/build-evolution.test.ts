// The évolution chart of a built fiche on a store with a partial last year (issue 20 point 5):
// the EMEBI break between 2021 and 2022, and 2023 (T1–T2) beside T1–T2 2022.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let out: string;
const value = (year: number, quarter: number) => 1000 * (year - 2019) + 100 * quarter;

beforeAll(() => {
  dir = tempDir();
  const store = path.join(dir, 's.duckdb');
  const files: string[] = [];
  for (const [year, quarters] of [
    [2021, [1, 2, 3, 4]],
    [2022, [1, 2, 3, 4]],
    [2023, [1, 2]],
  ] as const) {
    for (const [flow, word] of [
      ['E', 'Export'],
      ['I', 'Import'],
    ] as const) {
      const rows = quarters.map((q) =>
        line({ flow, year: String(year), quarter: String(q), value: String(flow === 'E' ? value(year, q) : 50) }),
      );
      const file = path.join(dir, `Region_${year}_${word}.txt`);
      fs.writeFileSync(file, `${rows.join('\n')}\n`);
      files.push(file);
    }
  }
  expect(runCli(['import', '--store', store, ...files]).code).toBe(0);
  out = path.join(dir, 'out');
  const r = runCli(['build', '--only', '42', '--no-pdf', '--store', store, '--out', out]);
  expect(r.stderr).not.toMatch(/Erreur|Error/);
  expect(r.code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('évolution chart of a built fiche with a partial last year', () => {
  it('marks the EMEBI break and draws T1–T2 2022 on the bars of 2023 (T1–T2)', () => {
    const html = fs.readFileSync(path.join(out, 'departements', '42-loire.html'), 'utf8');
    const section = html.slice(html.indexOf('id="graphique-evolution"'));
    expect(section).toContain('<g class="break">');
    expect(section).toContain('>EMEBI</text>');
    const before = [...section.matchAll(/<g class="before before-(export|import)" data-value="(\d+)">/g)];
    // Exports T1–T2 2022: 3 100 + 3 200 €; imports 50 + 50 €; on the wide and the narrow drawing.
    expect(before.map((m) => [m[1], Number(m[2])]).slice(0, 2)).toEqual([
      ['export', value(2022, 1) + value(2022, 2)],
      ['import', 100],
    ]);
  });

  it('writes the same quarters a year earlier in the évolution CSV', () => {
    const csv = fs.readFileSync(path.join(out, 'donnees', '42-loire-evolution.csv'), 'utf8');
    expect(csv).toContain('des mêmes trimestres un an plus tôt (euros)');
    const last = csv.trim().split(/\r?\n/).at(-1)!;
    expect(last).toContain(String(value(2022, 1) + value(2022, 2)));
  });
});
