// `territrade export --format csv|csv-excel`, written by the real CLI with territrade's one CSV
// writer, read back by pandas (Debian's python3-pandas) and checked cell by cell (issue 24
// point 4, issue 25 point 7).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { pythonJson } from '../helpers/python.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let store: string;
beforeAll(() => {
  dir = tempDir();
  store = path.join(dir, 'codes.duckdb');
  const data = path.join(dir, 'in', 'Region_2024_Export.txt');
  fs.mkdirSync(path.dirname(data));
  fs.writeFileSync(
    data,
    [
      line({ dept: '01', region: '18', a129: 'C10A', cpf4: '0111', country: 'NA', value: '1500' }),
      line({ dept: '20', region: '22', country: 'LV', value: '2500', quarter: '2' }),
      line({ dept: '42', country: 'EE', value: '5', quarter: '3' }),
    ].join('\n'),
  );
  // Hostile labels: a spreadsheet would run them as formulas.
  const labels = path.join(dir, 'in', 'Libelle_PAYS.txt');
  fs.writeFileSync(
    labels,
    'NA;Namibie;202001;999912\r\nLV;=HYPERLINK("http://evil/LV") Lettonie;202001;999912\r\nEE;@SUM(1+1) Estonie;202001;999912\r\n',
  );
  const r = runCli(['import', data, labels, '--store', store]);
  expect(r.stderr).toBe('');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function exportTo(format: string): string {
  const out = path.join(dir, `export-${format}`);
  const r = runCli(['export', '--format', format, '--store', store, '--out', out]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return out;
}

/** pandas reads `file` with only the options the docs give, and prints the chosen columns as JSON. */
function pandas(file: string, options: string, columns: string[]): Record<string, string>[] {
  const script = `import json, sys, pandas as pd
df = pd.read_csv(sys.argv[1], ${options})
print(df[json.loads(sys.argv[2])].to_json(orient="records", force_ascii=False))`;
  return pythonJson(script, [file, JSON.stringify(columns)]);
}

const TRADE = path.join('echanges', 'year=2024', 'flow=E', 'data_0.csv');

describe('territrade export --format csv', () => {
  let out: string;
  beforeAll(() => (out = exportTo('csv')));

  it('reads back with pandas using only dtype=str, keep_default_na=False: 01, 0111 and NA survive', () => {
    const rows = pandas(path.join(out, TRADE), 'dtype=str, keep_default_na=False', [
      'year',
      'flow',
      'period',
      'departement_code',
      'cpf4',
      'country',
      'country_name',
      'value_eur',
    ]);
    expect(rows).toEqual([
      {
        year: '2024',
        flow: 'E',
        period: '2024-T1',
        departement_code: '01',
        cpf4: '0111',
        country: 'NA',
        country_name: 'Namibie',
        value_eur: '1500',
      },
      {
        year: '2024',
        flow: 'E',
        period: '2024-T2',
        departement_code: '20',
        cpf4: '2910',
        country: 'LV',
        country_name: `'=HYPERLINK("http://evil/LV") Lettonie`,
        value_eur: '2500',
      },
      {
        year: '2024',
        flow: 'E',
        period: '2024-T3',
        departement_code: '42',
        cpf4: '2910',
        country: 'EE',
        country_name: "'@SUM(1+1) Estonie",
        value_eur: '5',
      },
    ]);
    const codes = pandas(path.join(out, 'indicateurs.csv'), 'dtype=str, keep_default_na=False', ['territory_code']);
    expect(new Set(codes.map((r) => r['territory_code']))).toContain('01');
    expect(new Set(codes.map((r) => r['territory_code']))).toContain('20');
  });

  it('quotes codes and defuses label cells beginning with =, +, -, @ like every CSV territrade writes (issue 25, 7)', () => {
    const csv = fs.readFileSync(path.join(out, TRADE), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil/LV"") Lettonie"`);
    expect(csv).toContain(`"'@SUM(1+1) Estonie"`);
    expect(csv.split('\n')[1]).toMatch(/^2024,"E",exportations,2024-T1,1,"01","01",Ain,/);
    // No cell of any CSV file of the export starts with a formula character.
    for (const file of [TRADE, 'indicateurs.csv']) {
      expect(fs.readFileSync(path.join(out, file), 'utf8')).not.toMatch(/(^|,)"?[=@+]/m);
    }
  });
});

describe('territrade export --format csv-excel', () => {
  it("writes French Excel's dialect: BOM, ';', decimal comma, CRLF; pandas reads it back with the documented options", () => {
    const out = exportTo('csv-excel');
    const csv = fs.readFileSync(path.join(out, TRADE), 'utf8');
    expect(csv.startsWith('\uFEFFyear;flow;flow_name;period;')).toBe(true);
    expect(csv).toContain('\r\n2024;"E";exportations;2024-T1;1;"01";"01";Ain;');
    const indicators = fs.readFileSync(path.join(out, 'indicateurs.csv'), 'utf8');
    expect(indicators).toMatch(/;"42";Loire;2024-T1T2T3;exports\.share_of_region;;0,\d+;false\r\n/);
    const rows = pandas(
      path.join(out, TRADE),
      "sep=';', decimal=',', encoding='utf-8-sig', dtype=str, keep_default_na=False",
      ['year', 'departement_code', 'country'],
    );
    expect(rows.map((r) => [r['departement_code'], r['country']])).toEqual([
      ['01', 'NA'],
      ['20', 'LV'],
      ['42', 'EE'],
    ]);
  });
});
