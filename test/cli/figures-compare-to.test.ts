// --compare-to YEAR and the quarterly series of figures --json (issue 22 point 4), on a store of
// 2019, 2023 and 2024 whose sums are known by construction.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainSpaces } from '../../src/format/fr.js';
import { runCli } from '../helpers/cli.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let store: string;
/** Loire exports in a quarter: 1 000 € × year offset × quarter, imports half that. */
const exportsOf = (year: number, quarter: number) => 1000 * (year - 2017) * quarter;

beforeAll(() => {
  dir = tempDir();
  store = path.join(dir, 's.duckdb');
  const files: string[] = [];
  for (const year of [2019, 2023, 2024]) {
    for (const [flow, word] of [
      ['E', 'Export'],
      ['I', 'Import'],
    ] as const) {
      const rows = [1, 2, 3, 4].flatMap((quarter) => {
        const value = flow === 'E' ? exportsOf(year, quarter) : exportsOf(year, quarter) / 2;
        return [
          line({ flow, year: String(year), quarter: String(quarter), value: String(value) }),
          line({ flow, year: String(year), quarter: String(quarter), dept: '69', value: '500' }),
        ];
      });
      const file = path.join(dir, `Region_${year}_${word}.txt`);
      fs.writeFileSync(file, `${rows.join('\n')}\n`);
      files.push(file);
    }
  }
  expect(runCli(['import', '--store', store, ...files]).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sum = (year: number) => [1, 2, 3, 4].reduce((s, q) => s + exportsOf(year, q), 0);

describe('figures --compare-to', () => {
  it('measures the changes from the year asked for, and says so', () => {
    const json = JSON.parse(runCli(['figures', '42', '--compare-to', '2019', '--json', '--store', store]).stdout);
    expect(json.previous_period).toEqual({ from: '2019-T1', to: '2019-T4' });
    expect(json.exports.previous_eur).toBe(sum(2019));
    expect(json.exports.change_rate).toBeCloseTo(sum(2024) / sum(2019) - 1, 12);
    const text = plainSpaces(runCli(['figures', '42', '--compare-to', '2019', '--store', store]).stdout);
    expect(text).toContain('par rapport à 2019');
    expect(plainSpaces(runCli(['figures', '42', '--store', store]).stdout)).toContain('par rapport à 2023');
  });

  it('refuses a year the store lacks, in French, exit 1', () => {
    const r = runCli(['figures', '42', '--compare-to', '2020', '--store', store]);
    expect(r.code).toBe(1);
    expect(plainSpaces(r.stderr)).toBe(
      "Erreur : --compare-to 2020 : la base n'a pas T1 2020, T2 2020, T3 2020, T4 2020 pour les deux flux ; importez ces trimestres ou choisissez une autre année (territrade status).\n",
    );
  });

  it('applies to compare too, which names the compared year', () => {
    const r = runCli(['compare', '42', '69', '--compare-to', '2019', '--sans-references', '--store', store]);
    expect(r.code).toBe(0);
    expect(plainSpaces(r.stdout)).toContain('\nÉvolutions par rapport à 2019\n');
    const json = JSON.parse(
      runCli(['compare', '42', '69', '--compare-to', '2019', '--sans-references', '--json', '--store', store]).stdout,
    );
    expect(json.territories[0].indicators['evolution-exportations'].value).toBeCloseTo(sum(2024) / sum(2019) - 1, 12);
  });
});

describe('figures --json series', () => {
  it('gives every quarter both flows cover and the rolling four-quarter sums', () => {
    const json = JSON.parse(runCli(['figures', '42', '--json', '--store', store]).stdout);
    const quarters = json.series.quarters as { period: string; exports_eur: number; imports_eur: number }[];
    expect(quarters.map((q) => q.period)).toEqual(
      [2019, 2023, 2024].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-T${q}`)),
    );
    expect(quarters.find((q) => q.period === '2023-T2')).toEqual({
      period: '2023-T2',
      exports_eur: exportsOf(2023, 2),
      imports_eur: exportsOf(2023, 2) / 2,
    });
    // 2019 then 2023: no window across the gap; the windows ending in 2024 span 2023 and 2024.
    const rolling = json.series.rolling as { period: string; from: string; exports_eur: number }[];
    expect(rolling.map((r) => r.period)).toEqual(['2019-T4', '2023-T4', '2024-T1', '2024-T2', '2024-T3', '2024-T4']);
    expect(rolling.find((r) => r.period === '2024-T1')!.exports_eur).toBe(
      exportsOf(2023, 2) + exportsOf(2023, 3) + exportsOf(2023, 4) + exportsOf(2024, 1),
    );
    expect(rolling.at(-1)!.exports_eur).toBe(sum(2024));
  });
});
