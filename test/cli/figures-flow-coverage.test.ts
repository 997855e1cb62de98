// One flow missing the newest quarter (issue 25, point 2): the period is only taken over quarters
// both flows cover; a year where no quarter has both flows is refused, naming the missing flow.
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
    expect(r.stderr).toBe('');
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
