// `--partner` both ways (issue 22 point 3) on a store whose lines are written here: the imports
// from each partner, their share and France's equal sums computed from those lines.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainSpaces } from '../../src/format/fr.js';
import { runCli } from '../helpers/cli.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

/** [flow, département, activity, country, euros]: the raw material of every expected value. */
const LINES: ['E' | 'I', string, string, string, number][] = [
  ['E', '42', 'C29A', 'US', 400],
  ['E', '42', 'C29A', 'CN', 100],
  ['E', '42', 'C20B', 'DE', 500],
  ['I', '42', 'C26A', 'CN', 900],
  ['I', '42', 'C26A', 'DE', 100],
  ['I', '42', 'C20B', 'CN', 300],
  ['I', '42', 'C20B', 'DE', 700],
  ['I', '42', 'C10A', 'US', 2000],
  ['E', '69', 'C29A', 'DE', 1000],
  ['I', '69', 'C26A', 'CN', 100],
  ['I', '69', 'C10A', 'DE', 3900],
];

/** A CPF4 code per activity: a line's key holds the CPF4, not the activity. */
const CPF4: Record<string, string> = { C29A: '2910', C20B: '2014', C26A: '2611', C10A: '1011' };

let dir: string;
let store: string;

beforeAll(() => {
  dir = tempDir();
  store = path.join(dir, 's.duckdb');
  const files = (['E', 'I'] as const).map((flow) => {
    const file = path.join(dir, `Region_2024_${flow === 'E' ? 'Export' : 'Import'}.txt`);
    const lines = LINES.filter((l) => l[0] === flow).map(([, dept, a129, country, value]) =>
      line({ flow, dept, a129, cpf4: CPF4[a129], country, value: String(value) }),
    );
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  });
  const imported = runCli(['import', '--store', store, ...files]);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Sum of the lines matching the filter. */
const sum = (keep: (l: (typeof LINES)[number]) => boolean) => LINES.filter(keep).reduce((a, l) => a + l[4], 0);

describe('--partner both ways', () => {
  it('gives the share of imports from CN equal to a sum over the raw lines, beside France’s', () => {
    const r = runCli(['figures', '42', '--partner', 'CN', '--json', '--store', store]);
    expect(r.code).toBe(0);
    const cn = JSON.parse(r.stdout).exposure.CN;
    const fromCn = sum((l) => l[0] === 'I' && l[1] === '42' && l[3] === 'CN');
    const imports = sum((l) => l[0] === 'I' && l[1] === '42');
    expect(cn.imports_eur).toBe(fromCn);
    expect(cn.share_of_imports).toBeCloseTo(fromCn / imports, 12);
    expect(cn.france_share_of_imports).toBeCloseTo(
      sum((l) => l[0] === 'I' && l[3] === 'CN') / sum((l) => l[0] === 'I'),
      12,
    );
    expect(cn.exports_eur).toBe(100);
    // C26A: 90 % of its imports from CN, C20B: 30 %; C10A imports nothing from CN.
    expect(cn.import_products.map((p: { code: string; share_of_product_imports: number }) => p.code)).toEqual([
      'C26A',
      'C20B',
    ]);
    expect(cn.import_products[0].share_of_product_imports).toBeCloseTo(0.9, 12);
  });

  it('takes several partners, repeated or separated by commas, and says both ways in the text', () => {
    const repeated = JSON.parse(
      runCli(['figures', '42', '--partner', 'CN', '--partner', 'DE', '--json', '--store', store]).stdout,
    );
    const commas = JSON.parse(
      runCli(['figures', '42', '--partner', 'cn,Allemagne', '--json', '--store', store]).stdout,
    );
    expect(Object.keys(repeated.exposure).sort()).toEqual(['CN', 'DE', 'united_states']);
    expect(commas.exposure).toEqual(repeated.exposure);
    expect(repeated.exposure.DE.imports_eur).toBe(sum((l) => l[0] === 'I' && l[1] === '42' && l[3] === 'DE'));
    const text = plainSpaces(runCli(['figures', '42', '--partner', 'CN,DE', '--store', store]).stdout);
    expect(text).toContain('Provenance – Chine (CN) : 0,0 M€ importés, 30,0 % des importations (France : 16,3 %)');
    expect(text).toContain('Provenance – Allemagne (DE) : 0,0 M€ importés, 20,0 % des importations');
    expect(runCli(['figures', '42', '--partner', 'CN,UK', '--store', store]).stderr).toContain('GB');
  });

  it('adds the imports from each partner to compare, as in figures --json', () => {
    const r = runCli(['compare', '42', '69', '--partner', 'CN', '--sans-references', '--store', store]);
    expect(r.code).toBe(0);
    expect(plainSpaces(r.stdout)).toMatch(/Part des importations depuis CN/);
    const csv = path.join(dir, 'c.csv');
    expect(
      runCli(['compare', '42', '69', '--partner', 'CN', '--partner', 'DE', '--csv', csv, '--store', store]).code,
    ).toBe(0);
    const text = fs.readFileSync(csv, 'utf8');
    expect(text).toContain('Importations depuis CN (euros)');
    expect(text).toContain('Part des importations depuis DE');
  });

  it('ranks by the share of imports from CN (rank --flow imports) as sums over the raw lines', () => {
    const r = runCli(['rank', 'partenaire', '--partner', 'CN', '--flow', 'imports', '--json', '--store', store]);
    expect(r.stderr).toBe('');
    const ranking = JSON.parse(r.stdout);
    const shareOf = (dept: string) =>
      sum((l) => l[0] === 'I' && l[1] === dept && l[3] === 'CN') / sum((l) => l[0] === 'I' && l[1] === dept);
    expect(ranking.flow).toBe('imports');
    expect(ranking.label).toBe('Part des importations en provenance du partenaire Chine (CN)');
    expect(ranking.territories.map((t: { code: string }) => t.code)).toEqual(['42', '69']);
    expect(ranking.territories[0].value).toBeCloseTo(shareOf('42'), 12);
    expect(ranking.territories[1].value).toBeCloseTo(shareOf('69'), 12);
    // The activities whose imports depend most on CN, as figures gives them.
    expect(ranking.territories[0].products.map((p: { code: string }) => p.code)).toEqual(['C26A', 'C20B']);
    const exportsWay = JSON.parse(runCli(['rank', 'partenaire', '--partner', 'CN', '--json', '--store', store]).stdout);
    expect(exportsWay.territories[0].value).toBeCloseTo(0.1, 12);
    const refused = runCli(['rank', 'exportations', '--flow', 'imports', '--store', store]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--flow ne s’applique qu’à « partenaire »');
  });
});
