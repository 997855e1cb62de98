// `territrade rank` (issue 22 point 2) on a store whose shares are known by construction: the
// order and values of the US export share equal a computation from the lines written here.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainSpaces } from '../../src/format/fr.js';
import { runCli } from '../helpers/cli.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let store: string;
/** Exports by département and country, in euros: the ranking's raw material. */
const EXPORTS: Record<string, Record<string, number>> = {
  '01': { US: 300, DE: 700, CN: 0 },
  '42': { US: 500, DE: 100, CN: 400 },
  '69': { US: 50, DE: 900, CN: 50 },
  '38': { US: 300, DE: 700, CN: 0 },
};

beforeAll(() => {
  dir = tempDir();
  store = path.join(dir, 's.duckdb');
  const rows = (flow: 'E' | 'I') =>
    Object.entries(EXPORTS).flatMap(([dept, byCountry]) =>
      Object.entries(byCountry)
        .filter(([, v]) => v > 0)
        .map(([country, value], k) =>
          line({ flow, dept, country, value: String(flow === 'E' ? value : 10), a129: k ? 'C20B' : 'C29A' }),
        ),
    );
  const exports = path.join(dir, 'Region_2024_Export.txt');
  const imports = path.join(dir, 'Region_2024_Import.txt');
  fs.writeFileSync(exports, `${rows('E').join('\n')}\n`);
  fs.writeFileSync(imports, `${rows('I').join('\n')}\n`);
  expect(runCli(['import', '--store', store, exports, imports]).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The share of each département's exports going to `country`, computed from EXPORTS. */
function shares(country: string): [string, number][] {
  return Object.entries(EXPORTS)
    .map(([dept, c]): [string, number] => [dept, c[country]! / Object.values(c).reduce((a, b) => a + b, 0)])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

describe('territrade rank', () => {
  it('ranks the départements by the US export share as computed from the raw lines, ties sharing a rank', () => {
    const r = runCli(['rank', 'part-etats-unis', '--json', '--store', store]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.indicator).toBe('part-etats-unis');
    expect(json.count).toBe(4);
    const expected = shares('US');
    expect(json.territories.map((t: { code: string; value: number }) => [t.code, t.value])).toEqual(expected);
    // 01 and 38 both send 30 % to the United States.
    expect(json.territories.map((t: { rank: number }) => t.rank)).toEqual([1, 2, 2, 4]);
    // Its values are those of figures --json.
    const loire = JSON.parse(runCli(['figures', '42', '--json', '--store', store]).stdout);
    expect(json.territories[0].value).toBe(loire.indicators['part-etats-unis'].value);
  });

  it('ranks by the share going to any partner, and says which activities are behind it', () => {
    const json = JSON.parse(
      runCli(['rank', 'partenaire', '--partner', 'Chine', '--products', '--json', '--store', store]).stdout,
    );
    expect(json.indicator).toBe('partenaire:CN');
    expect(json.territories.map((t: { code: string; value: number }) => [t.code, t.value])).toEqual(shares('CN'));
    expect(json.territories[0].products[0]).toMatchObject({ value_eur: 400 });
    const text = plainSpaces(runCli(['rank', 'partenaire', '--partner', 'CN', '--top', '2', '--store', store]).stdout);
    expect(text).toMatch(/^Part des exportations vers le partenaire Chine \(CN\) — 2024 — les 2 premiers sur 4\n/);
    expect(text).toContain('   1  Loire (42)');
  });

  it('writes an Excel-friendly CSV with codes as text', () => {
    const file = path.join(dir, 'rank.csv');
    expect(runCli(['rank', 'exportations', '--csv', file, '--store', store]).code).toBe(0);
    const lines = fs.readFileSync(file, 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFrang;code;nom;Exportations \(euros\);/);
    // Every département exports 1 000 €: all first, by code; codes stay text ('01').
    expect(lines.slice(1, 5).map((l) => l.split(';').slice(0, 4).join(';'))).toEqual([
      '1;"01";Ain;1000',
      '1;"38";Isère;1000',
      '1;"42";Loire;1000',
      '1;"69";Rhône;1000',
    ]);
  });

  it('says in French why a --csv path cannot be written, for rank and compare, without a stack trace', () => {
    const missing = path.join(dir, 'absent', 'rank.csv');
    for (const [args, file, why] of [
      [['rank', 'exportations'], missing, `le dossier ${path.join(dir, 'absent')} n'existe pas`],
      [['rank', 'exportations'], dir, 'c’est un dossier'],
      [['compare', '42', '69'], missing, `le dossier ${path.join(dir, 'absent')} n'existe pas`],
      [['compare', '42', '69'], dir, 'c’est un dossier'],
    ] as const) {
      const r = runCli([...args, '--csv', file, '--store', store]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toBe(`Erreur : --csv : impossible d'écrire ${file} : ${why}. Choisissez un autre fichier.\n`);
    }
  });

  it('lists its indicators, and refuses an unknown one or a partner share without --partner, in French', () => {
    expect(runCli(['rank', '--list']).stdout).toContain('part-etats-unis');
    const unknown = runCli(['rank', 'part-etat', '--store', store]);
    expect(unknown.code).toBe(1);
    expect(plainSpaces(unknown.stderr)).toContain(
      'Indicateur inconnu : « part-etat ». Vouliez-vous dire : part-etats-unis ?',
    );
    const noPartner = runCli(['rank', 'partenaire', '--store', store]);
    expect(noPartner.code).toBe(1);
    expect(plainSpaces(noPartner.stderr)).toContain('indiquez le pays avec --partner');
    const regions = JSON.parse(runCli(['rank', 'exportations', '--regions', '--json', '--store', store]).stdout);
    expect(regions.territories.map((t: { kind: string }) => t.kind)).toEqual(['region']);
  });

  it('says among which territories a rank is: the départements, or the régions with --regions', () => {
    const depts = JSON.parse(runCli(['rank', 'rang-exportations', '--json', '--store', store]).stdout);
    expect(depts.label).toBe('Rang des exportations parmi les départements');
    const regions = JSON.parse(runCli(['rank', 'rang-exportations', '--regions', '--json', '--store', store]).stdout);
    expect(regions.label).toBe('Rang des exportations parmi les régions');
    // The old label still finds it.
    const old = runCli(['rank', 'Rang des exportations parmi les départements', '--regions', '--store', store]);
    expect(old.code, old.stderr).toBe(0);
    expect(old.stdout).toMatch(/^Rang des exportations parmi les régions — /);
  });

  it('refuses --regions for an indicator the régions have no value for, instead of a list of « sans objet »', () => {
    for (const key of ['complexite-economique', 'rang-complexite']) {
      const r = runCli(['rank', key, '--regions', '--store', store]);
      expect(r.code, key).toBe(1);
      expect(r.stdout).toBe('');
      expect(plainSpaces(r.stderr)).toContain(`rank ${key} : indicateur sans objet pour les régions`);
      expect(plainSpaces(r.stderr)).toContain('ne se calcule que pour les départements');
    }
  });
});
