// One flow missing the newest quarter (issue 25, point 2): the period is only taken over quarters
// both flows cover; a year where no quarter has both flows is refused, naming the missing flow; a
// quarter left out for that reason is named in a notice by figures, build, compare and rank.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let store: string;
beforeAll(() => {
  dir = tempDir();
  store = path.join(dir, 's.duckdb');
  const rows = (flow: string, year: string, quarters: number[], value: string) =>
    quarters.map((q) => line({ flow, year, quarter: String(q), value })).join('\n');
  const files = [
    ['Region_2024_Export.txt', rows('E', '2024', [1, 2, 3, 4], '1000000')],
    ['Region_2024_Import.txt', rows('I', '2024', [1, 2, 3, 4], '3000000')],
    ['Region_2025_Export.txt', rows('E', '2025', [1], '1000000')],
  ].map(([name, text]) => {
    fs.writeFileSync(path.join(dir, name!), `${text}\n`);
    return path.join(dir, name!);
  });
  expect(runCli(['import', '--store', store, ...files]).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a flow missing the newest quarter (point 2)', () => {
  it('--last-quarters 4 ends with the newest quarter both flows cover: no import counted as zero', () => {
    const r = runCli(['figures', '42', '--last-quarters', '4', '--store', store, '--json']);
    expect(r.stderr).toContain("T1 2025 n'a pas les importations");
    const figures = JSON.parse(r.stdout) as { period: { from: string; to: string }; totals: Record<string, unknown> };
    expect(figures.period).toMatchObject({ from: '2024-T1', to: '2024-T4' });
    const text = runCli(['figures', '42', '--last-quarters', '4', '--store', store]).stdout;
    expect(text).toContain('déficit');
  });

  it('--year 2025 is refused, naming the missing flow and quarter', () => {
    const r = runCli(['figures', '42', '--year', '2025', '--store', store]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('importations');
    expect(r.stderr).toContain('T1 2025');
    expect(r.stdout).not.toContain('−100,0');
  });
});

describe('a store holding one flow only (point 2)', () => {
  it('says that the imports are missing and counted as zero, in figures, compare and rank', () => {
    const exportsOnly = path.join(dir, 'exports-only.duckdb');
    const file = path.join(dir, 'seules-exportations', 'Region_2024_Export.txt');
    fs.mkdirSync(path.dirname(file));
    const lines = ['42', '69'].flatMap((dept) =>
      [1, 2].map((q) => line({ dept, quarter: String(q), value: '1000000' })),
    );
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    expect(runCli(['import', '--store', exportsOnly, file]).code).toBe(0);
    const notice =
      "Note : la base ne contient aucune importation : elles sont comptées comme nulles, et le solde n'a pas de sens ; importez le fichier des importations.";
    for (const args of [
      ['figures', '42'],
      ['figures', '42', '--json'],
      ['compare', '42', '69'],
      ['rank', 'exportations'],
    ]) {
      const r = runCli([...args, '--store', exportsOnly]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr.replace(/\u00A0/g, ' '), args.join(' ')).toContain(notice);
    }
    expect(runCli(['figures', '42', '--store', store]).stderr).toBe('');
  });
});

describe('a quarter one flow lacks is named wherever a period is taken (point 2)', () => {
  let later: string;
  beforeAll(() => {
    later = path.join(dir, 'later.duckdb');
    // 2025: T1 has both flows, T2 the exports only; the Loire (42) and the Rhône (69).
    const rows = (flow: string, year: string, quarters: number[]) =>
      quarters
        .flatMap((q) => ['42', '69'].map((dept) => line({ flow, year, quarter: String(q), dept, value: '2000000' })))
        .join('\n');
    const files = [
      ['Region_2024_Export.txt', rows('E', '2024', [1, 2, 3, 4])],
      ['Region_2024_Import.txt', rows('I', '2024', [1, 2, 3, 4])],
      ['Region_2025_Export.txt', rows('E', '2025', [1, 2])],
      ['Region_2025_Import.txt', rows('I', '2025', [1])],
    ].map(([name, text]) => {
      fs.writeFileSync(path.join(dir, name!), `${text}\n`);
      return path.join(dir, name!);
    });
    expect(runCli(['import', '--store', later, ...files]).code).toBe(0);
  });
  const notice = "T2 2025 n'a pas les importations";

  it('figures --year 2025 and --last-quarters say T2 2025 lacks the imports, JSON kept clean', () => {
    const year = runCli(['figures', '42', '--year', '2025', '--store', later, '--json']);
    expect(year.code).toBe(0);
    expect(year.stderr).toContain(notice);
    expect(year.stderr).toContain('(T1 2025)');
    expect(JSON.parse(year.stdout)).toBeTruthy();
    const window = runCli(['figures', '42', '--last-quarters', '4', '--store', later]);
    expect(window.stderr).toContain(notice);
    expect(window.stderr).toContain('T2 2024, T3 2024, T4 2024, T1 2025');
    expect(runCli(['figures', '42', '--year', '2024', '--store', later]).stderr).toBe('');
  });

  it('build, compare and rank name the missing flow and quarter', () => {
    const out = path.join(dir, 'out');
    const build = runCli(['build', '--only', '42', '--no-pdf', '--year', '2025', '--store', later, '--out', out]);
    expect(build.code).toBe(0);
    expect(build.stdout).toContain(`Note : ${notice}`);
    const compare = runCli(['compare', '42', '69', '--sans-references', '--last-quarters', '2', '--store', later]);
    expect(compare.code).toBe(0);
    expect(compare.stderr.split(notice)).toHaveLength(2);
    const rank = runCli(['rank', 'exportations', '--year', '2025', '--json', '--store', later]);
    expect(rank.code).toBe(0);
    expect(rank.stderr).toContain(notice);
  });
});
