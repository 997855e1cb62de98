// `territrade export --format xlsx` (issue 24 point 5): the indicators as a workbook read back by
// an independent reader (openpyxl, Debian's python3-openpyxl): a first sheet with the title,
// years, source, licence, status and citation, one sheet per block of indicators, codes as text,
// values as numbers equal to `figures --json`'s with their unit's display format; the trade rows as
// Excel CSV beside it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { pythonJson } from '../helpers/python.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

const READ = `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
out = {"_sheets": wb.sheetnames}
for name in wb.sheetnames:
    out[name] = [[[c.value, c.number_format, c.data_type] for c in row] for row in wb[name].iter_rows()]
print(json.dumps(out, ensure_ascii=False))`;

type Cell = [string | number | null, string, string];

let dir: string;
let store: string;
let out: string;
beforeAll(() => {
  dir = tempDir('territrade-xlsx-');
  store = path.join(dir, 'codes.duckdb');
  const data = path.join(dir, 'in', 'Region_2024_Export.txt');
  fs.mkdirSync(path.dirname(data));
  fs.writeFileSync(
    data,
    [
      line({ dept: '01', region: '18', a129: 'C10A', cpf4: '0111', country: 'NA', value: '1500' }),
      line({ dept: '01', region: '18', a129: 'C10A', cpf4: '0111', country: 'US', value: '500' }),
      line({ dept: '42', country: 'EE', value: '5', quarter: '3' }),
    ].join('\n'),
  );
  expect(runCli(['import', data, '--store', store]).stderr).toBe('');
  out = path.join(dir, 'export');
  const r = runCli(['export', '--format', 'xlsx', '--store', store, '--out', out], { SOURCE_DATE_EPOCH: '1767225600' });
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The rows of a block sheet for one département (région 01 is Guadeloupe), by indicator. */
function rowsOf(sheet: Cell[][], code: string): Map<string, Cell> {
  const mine = sheet.filter((r) => r[0]?.[0] === 'departement' && r[1]?.[0] === code);
  return new Map(mine.map((r) => [String(r[4]![0]), r[6]!]));
}

describe('export --format xlsx', () => {
  it('writes indicateurs.xlsx, the trade rows as Excel CSV and a notice saying so', () => {
    expect(fs.existsSync(path.join(out, 'indicateurs.xlsx'))).toBe(true);
    const csv = fs.readFileSync(path.join(out, 'echanges', 'year=2024', 'flow=E', 'data_0.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\n')[0]).toContain(';');
    expect(fs.readFileSync(path.join(out, 'LISEZ-MOI.txt'), 'utf8')).toContain('indicateurs.xlsx');
  });

  it('opens with openpyxl: the presentation first, a sheet per block, codes as text, values as figures --json', () => {
    const wb = pythonJson<Record<string, Cell[][]> & { _sheets: string[] }>(READ, [path.join(out, 'indicateurs.xlsx')]);
    expect(wb._sheets[0]).toBe('Présentation');
    expect(wb._sheets).toEqual(expect.arrayContaining(['exports', 'partners', 'rank', 'indicators']));
    const about = new Map(wb['Présentation']!.map((r) => [r[0]![0], r[1]![0]]));
    expect([...about.keys()]).toEqual([
      'Titre',
      'Période',
      'Source',
      'Licence',
      'Statut',
      'Citation',
      'Produit le',
      'Lecture',
    ]);
    expect(about.get('Période')).toBe('2024');
    expect(about.get('Statut')).toBe('Données officielles');
    expect(about.get('Licence')).toBe('Licence Ouverte / Etalab 2.0');
    expect(about.get('Citation')).toMatch(/^Source : DGDDI, statistiques régionales et départementales/);
    expect(about.get('Produit le')).toBe('2026-01-01');

    const ain = JSON.parse(runCli(['figures', '01', '--json', '--store', store]).stdout) as {
      exports: { total_eur: number; share_of_france: number };
      partners: { country: string; exports_eur: number }[];
      rank: { exports: { in_france: number } };
    };
    const exports = rowsOf(wb['exports']!, '01');
    expect(exports.get('exports.total_eur')).toEqual([ain.exports.total_eur, '#,##0', 'n']);
    expect(exports.get('exports.share_of_france')).toEqual([ain.exports.share_of_france, '0.0%', 'n']);
    const header = wb['exports']![1]!.map((c) => c[0]);
    expect(header).toEqual(['Type de territoire', 'Code', 'Territoire', 'Période', 'Indicateur', 'Libellé', 'Valeur']);
    const first = wb['exports']!.find((r) => r[0]?.[0] === 'departement' && r[1]?.[0] === '01')!;
    // The code stays '01' (a text cell); the period says the year is partial (quarters 1 and 3).
    expect(first.slice(0, 4).map((c) => [c[0], c[2]])).toEqual([
      ['departement', 's'],
      ['01', 's'],
      ['Ain', 's'],
      ['2024-T1T3', 's'],
    ]);
    const namibia = wb['partners']!.find(
      (r) => r[0]?.[0] === 'departement' && r[1]?.[0] === '01' && r[4]?.[0] === 'partners.NA.exports_eur',
    )!;
    expect(namibia[5]![0]).toBe('Namibie');
    expect(namibia[6]![0]).toBe(ain.partners.find((p) => p.country === 'NA')!.exports_eur);
    expect(rowsOf(wb['rank']!, '01').get('rank.exports.in_france')).toEqual([ain.rank.exports.in_france, '0', 'n']);
  });

  it('gives byte-identical workbooks for the same store and date', () => {
    const again = path.join(dir, 'again');
    const r = runCli(['export', '--format', 'xlsx', '--store', store, '--out', again], {
      SOURCE_DATE_EPOCH: '1767225600',
    });
    expect(r.code, r.stderr).toBe(0);
    const bytes = (d: string) => fs.readFileSync(path.join(d, 'indicateurs.xlsx'));
    expect(bytes(again).equals(bytes(out))).toBe(true);
  });
});

// Issue 24 point 6 for export: the settings file is read as build reads it (territrade.config.json
// of the current folder, or --config), and a malformed one is refused the same way.
describe('export and the settings file', () => {
  const settings = {
    editeur: { nom: 'Agence de test des territoires' },
    edition: { titre: 'Le commerce extérieur en bref' },
    adresse_du_site: 'https://exemple.fr/commerce',
  };

  it('names the edition, the publisher and the site in the workbook and the notice', () => {
    const cwd = path.join(dir, 'with-settings');
    fs.mkdirSync(cwd);
    fs.writeFileSync(path.join(cwd, 'territrade.config.json'), JSON.stringify(settings, null, 2));
    const r = runCli(['export', '--format', 'xlsx', '--store', store, '--out', 'exp'], {}, cwd);
    expect(r.code, r.stderr).toBe(0);
    const wb = pythonJson<Record<string, Cell[][]>>(READ, [path.join(cwd, 'exp', 'indicateurs.xlsx')]);
    const about = new Map(wb['Présentation']!.map((row) => [row[0]![0], row[1]![0]]));
    expect(about.get('Titre')).toBe(
      'Le commerce extérieur en bref — indicateurs de chaque département, région et de la France',
    );
    expect(about.get('Éditeur')).toBe('Agence de test des territoires');
    expect(about.get('Adresse')).toBe('https://exemple.fr/commerce/');
    expect(about.get('Citation')).toMatch(
      /^Source : DGDDI, .* ; publication : Agence de test des territoires, https:\/\/exemple\.fr\/commerce\/\.$/,
    );
    const readme = fs.readFileSync(path.join(cwd, 'exp', 'LISEZ-MOI.txt'), 'utf8');
    expect(readme).toContain(
      'Le commerce extérieur en bref — publié par Agence de test des territoires — https://exemple.fr/commerce/.',
    );
  });

  it('without settings, says the default title and no publisher', () => {
    const wb = pythonJson<Record<string, Cell[][]>>(READ, [path.join(out, 'indicateurs.xlsx')]);
    const about = new Map(wb['Présentation']!.map((row) => [row[0]![0], row[1]![0]]));
    expect(about.get('Titre')).toMatch(/^Les indicateurs clés\u00A0: commerce extérieur — indicateurs/);
    expect(about.has('Éditeur')).toBe(false);
    expect(about.get('Citation')).not.toContain('publication :');
  });

  it('refuses a malformed --config with its line and reason, before anything is written', () => {
    const bad = path.join(dir, 'mauvais.json');
    fs.writeFileSync(bad, '{\n  "editeur": {\n    "nom": "A",\n    "contacte": "x@exemple.fr"\n  }\n}\n');
    const before = fs.readFileSync(path.join(out, 'indicateurs.xlsx'));
    const r = runCli(['export', '--format', 'xlsx', '--store', store, '--out', out, '--config', bad]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`fichier de réglages ${bad}, ligne 4 : « editeur » : clé inconnue « contacte »`);
    expect(fs.readFileSync(path.join(out, 'indicateurs.xlsx')).equals(before)).toBe(true);
  });
});
