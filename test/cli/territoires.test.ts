// End-to-end: `territrade territoires`, on the shipped list and on an imported ANCT list.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainSpaces } from '../../src/format/fr.js';
import { runCli } from '../helpers/cli.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('territrade territoires', () => {
  it('lists the 183 territories by région, with départements and groupements, without any store', () => {
    const r = runCli(['territoires', '--store', path.join(dir, 'absent.duckdb')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Territoires d'industrie : 183 territoires — liste de l'ANCT fournie avec territrade/);
    expect(r.stdout).toContain('\nAuvergne-Rhône-Alpes — 24 territoires\n');
    expect(r.stdout).toContain(
      '  Roannais Forez (ti-8417) : Loire (42)\n    CC Charlieu-Belmont ; CA Roannais Agglomération ; CC de Forez-Est ; CC du Pays Entre Loire et Rhône\n',
    );
    expect(r.stdout).toContain('  Grand Bastia – Marana-Golo (ti-9401) : Haute-Corse (2B)');
    expect(r.stdout).toContain('  Mayotte (ti-0601) : Mayotte (976)');
    expect(fs.existsSync(path.join(dir, 'absent.duckdb'))).toBe(false);
  });

  it('shows one territory by name, accents and case ignored, or by id', () => {
    const r = runCli(['territoires', 'lezoux thiers ambert montbrison']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Lezoux – Thiers – Ambert – Montbrison \(ti-8408\)\nRégion : Auvergne-Rhône-Alpes \(84\)\nDépartements : Loire \(42\), Puy-de-Dôme \(63\)\nGroupements \(4\) :\n/,
    );
    expect(r.stdout).toContain(
      "  Loire Forez Agglomération (LFA) — communauté d'agglomération, SIREN 200065886 — Loire (42), ",
    );
    expect(r.stdout).toContain('(territrade figures 42 ; territrade figures 63)');
    expect(runCli(['territoires', 'TI-9307']).stdout).toMatch(
      /^Val de Durance \(ti-9307\)\n.*\nDépartements : Alpes-de-Haute-Provence \(04\), Hautes-Alpes \(05\), Drôme \(26\), Var \(83\)\n/,
    );
  });

  it('writes JSON: the list, or one territory with its groupements and communes', () => {
    const all = JSON.parse(runCli(['territoires', '--json']).stdout);
    expect(all.list).toBe('default');
    expect(all.territories).toHaveLength(183);
    const one = JSON.parse(runCli(['territoires', 'Pays Ajaccien', '--json']).stdout).territory;
    expect(one).toMatchObject({
      id: 'ti-9402',
      region: { code: '94', name: 'Corse' },
      departements: [{ code: '2A', name: 'Corse-du-Sud', dgddi: '20' }],
    });
    expect(one.groupements[0].communes).toContain('2A004'); // Ajaccio
  });

  it('answers an unknown or ambiguous name in French, with a suggestion, exit 1', () => {
    const typo = runCli(['territoires', 'Roanais']);
    expect(typo.code).toBe(1);
    expect(typo.stdout).toBe('');
    expect(plainSpaces(typo.stderr)).toBe(
      "Erreur : Territoire d'industrie inconnu : « Roanais ». Vouliez-vous dire : Roannais Forez (ti-8417) ?\n",
    );
    const many = runCli(['territoires', 'Vallée']);
    expect(many.code).toBe(1);
    expect(plainSpaces(many.stderr)).toMatch(
      /^Erreur : Plusieurs Territoires d'industrie correspondent à « Vallée » : .*Vallée de l'Arve \(ti-8422\).* Précisez le nom ou l'identifiant\.\n$/,
    );
  });

  it('reads a misspelt département as the figures do: « lorie » suggests the Loire first, not Lorient found by a part of a word', () => {
    const r = runCli(['territoires', 'lorie']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(plainSpaces(r.stderr)).toMatch(
      /^Erreur : Territoire inconnu : « lorie »\. Vouliez-vous dire : Loire \(42\)( ou|,) /,
    );
    expect(plainSpaces(runCli(['figures', 'lorie']).stderr)).toContain('Vouliez-vous dire : Loire (42)');
    // Whole words of a name, or a part of a name close to no département, still find the territory.
    expect(runCli(['territoires', 'lorient']).stdout).toMatch(/^Pays de Lorient – Quimperlé \(ti-5307\)\n/);
    expect(runCli(['territoires', 'roannais']).stdout).toMatch(/^Roannais Forez \(ti-8417\)\n/);
  });

  it("lists a département's territories: exactly the specification's three for the Loire (issue 22)", () => {
    const spec = [
      'Lezoux – Thiers – Ambert – Montbrison (ti-8408)',
      'Roannais Forez (ti-8417)',
      "Vallée du Gier, de l'Ondaine et de Loire Sud (ti-8424)",
    ];
    for (const args of [['--departement', '42'], ['42'], ['--departement', 'Loire']]) {
      const r = runCli(['territoires', ...args]);
      expect(r.code).toBe(0);
      const listed = [...r.stdout.matchAll(/^ {2}(\S.*\(ti-\d{4}\)) :/gm)].map((m) => m[1]);
      expect(listed).toEqual(spec);
      expect(r.stdout).toMatch(/^Territoires d'industrie — Loire \(42\) : 3 territoires\n/);
    }
    const json = JSON.parse(runCli(['territoires', '--departement', '42', '--json']).stdout);
    expect(json.area).toEqual({ kind: 'departement', code: '42', name: 'Loire' });
    expect(json.territories.map((t: { id: string }) => t.id)).toEqual(['ti-8408', 'ti-8417', 'ti-8424']);
    // By name, the Loire's own come first; other names holding the word are only mentioned.
    const byName = runCli(['territoires', 'Loire']).stdout;
    expect(byName).toContain('Ailleurs, territoires dont le nom contient « Loire » : Le Puy – Jeune Loire (ti-8407)');
    expect(byName).not.toContain('Nord Loiret');
  });

  it("finds a commune's territory, and refuses --departement with what is not one", () => {
    const roanne = runCli(['territoires', 'Roanne']);
    expect(roanne.code).toBe(0);
    expect(plainSpaces(roanne.stdout)).toMatch(
      /^Commune Roanne \(42187\) — Loire \(42\) : Territoire d'industrie Roannais Forez \(ti-8417\)\.\n\nRoannais Forez \(ti-8417\)\n/,
    );
    const region = runCli(['territoires', '--departement', 'Bretagne']);
    expect(region.code).toBe(1);
    expect(plainSpaces(region.stderr)).toBe(
      'Erreur : --departement : « Bretagne » n’est pas un département (ex. 42 ou Loire).\n',
    );
    expect(runCli(['territoires', 'Roannais', '--departement', '42']).code).toBe(1);
  });

  it("uses ANCT's list by commune once imported, which names no groupement", () => {
    const store = path.join(dir, 'ti.duckdb');
    fs.writeFileSync(path.join(dir, 'Region_2024_Export.txt'), line());
    expect(runCli(['import', path.join(dir, 'Region_2024_Export.txt'), '--store', store]).code).toBe(0);
    const csv = path.join(dir, 'liste-ti-com2023-20240704.csv');
    fs.writeFileSync(
      csv,
      'insee_com;lib_com;id_ti;lib_ti\n42218;Saint-Étienne;ti-8424;Vallée du Gier\n43157;Le Puy-en-Velay;"ti-8424 ; ti-8407";"Vallée du Gier ; Le Puy"\n',
    );
    expect(runCli(['import', csv, '--store', store]).code).toBe(0);
    const list = runCli(['territoires', '--store', store]);
    expect(list.stdout).toMatch(/^Territoires d'industrie : 2 territoires — liste officielle de l'ANCT importée/);
    const one = runCli(['territoires', 'le puy', '--store', store]);
    expect(one.stdout).toContain(
      'Le Puy (ti-8407)\nRégion : Auvergne-Rhône-Alpes (84)\nDépartement : Haute-Loire (43)\nGroupements : non précisés',
    );
  });
});
