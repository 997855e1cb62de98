// `territrade compare` on the demo store: each territory's values are those of its own
// `figures --json`, the CSV reads back in pandas (a French spreadsheet's reading) with codes intact.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { pythonJson } from '../helpers/python.js';
import { tempDir } from '../helpers/temp-dir.js';

const store = () => inject('demoStore');

describe('compare', () => {
  it('gives each territory the values of its figures --json, with its région and France', () => {
    const r = runCli(['compare', '42', '69,38', '--json', '--store', store()]);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.territories.map((t: { code: string }) => t.code)).toEqual(['42', '69', '38', '84', 'FR']);
    expect(c.territories.map((t: { reference: boolean }) => t.reference)).toEqual([false, false, false, true, true]);
    for (const [query, t] of [
      ['42', c.territories[0]],
      ['region:84', c.territories[3]],
      ['france', c.territories[4]],
    ]) {
      const f = JSON.parse(runCli(['figures', query, '--json', '--store', store()]).stdout);
      expect(t.indicators).toEqual(f.indicators);
      expect(t.exports).toEqual(f.exports);
      expect(t.imports).toEqual(f.imports);
      expect(t.exposure).toEqual(f.exposure);
      expect(c.period).toEqual(f.period);
    }
  });

  it('reads a Territoire d’industrie as its départements, with a notice', () => {
    const r = runCli(['compare', 'Roannais Forez', '69', '--sans-references', '--store', store()]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Note : Roannais Forez');
    expect(r.stdout).toContain('les données des douanes s’arrêtent au département');
    expect(r.stdout).toMatch(/Loire \(42\) +Rhône \(69\)\n/);
    expect(r.stdout).not.toMatch(/\(réf\.\)/);
  });

  it('names the peers of a rank for each kind of territory, and gives France none', () => {
    const rankLine = (args: string[]) => {
      const r = runCli(['compare', ...args, '--store', store()]);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout.split('\n').find((l) => l.startsWith('Rang des exportations'))!;
    };
    // A département with its région and France: each column's rank is among its own kind.
    const mixed = rankLine(['42', '69']);
    expect(mixed).toMatch(/^Rang des exportations parmi les départements \(les régions pour une région\) +\d+e/);
    expect(mixed).toMatch(/ \d+e +sans objet$/);
    expect(mixed).not.toContain('non disponible');
    expect(rankLine(['region:84', 'region:93', '--sans-references'])).toMatch(
      /^Rang des exportations parmi les régions +\d+e +\d+e$/,
    );
    expect(rankLine(['42', '69', '--sans-references'])).toMatch(/^Rang des exportations parmi les départements +\d+e/);
    // The complexity is a département's only: « sans objet » for a région and France.
    const r = runCli(['compare', '42', 'region:84', '--sans-references', '--store', store()]);
    expect(r.stdout).toMatch(/\nComplexité économique \(ECI\) +−?\d+,\d\d +sans objet\n/);
    expect(r.stdout).toMatch(/\nRang de la complexité économique parmi les départements +\d+e +sans objet\n/);
  });

  it('gives France no specialisation, as figures france --json: it is the reference (« sans objet (référence) »)', () => {
    const r = runCli(['compare', '42', 'france', '--sans-references', '--store', store()]);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('Spécialisation à l’export'));
    expect(rows).toHaveLength(3);
    for (const row of rows)
      expect(row).toMatch(/\(indice \d+,\d\d\)? +sans objet \(référence\)$|… +sans objet \(référence\)$/);
    const json = JSON.parse(
      runCli(['compare', '42', 'france', '--sans-references', '--json', '--store', store()]).stdout,
    );
    const figures = JSON.parse(runCli(['figures', 'france', '--json', '--store', store()]).stdout);
    expect(figures.specialisation).toEqual({ exports: [], imports: [] });
    expect(json.territories[1].specialisation.exports).toEqual([]);
    expect(json.territories[0].specialisation.exports).toHaveLength(3);
  });

  it('refuses fewer than two territories and an unknown one', () => {
    const one = runCli(['compare', '42', '--store', store()]);
    expect(one.code).not.toBe(0);
    expect(one.stderr).toContain('de 2 à 8 territoires');
    const bad = runCli(['compare', '42', 'lorie', '--store', store()]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('Territoire inconnu');
    expect(bad.stderr).toContain('Loire (42)');
  });

  it('writes a CSV that a French spreadsheet reads with codes intact (01; Corse, asked as 2A, is the customs’ 20)', () => {
    const csv = path.join(tempDir(), 'comparaison.csv');
    const r = runCli(['compare', '01', '2A', '--partner', 'NA', '--csv', csv, '--store', store()]);
    expect(r.code, r.stderr).toBe(0);
    const bytes = fs.readFileSync(csv);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const json = JSON.parse(runCli(['compare', '01', '2A', '--json', '--store', store()]).stdout);
    const out = pythonJson<{ codes: string[]; exports: number[]; cols: string[] }>(
      `import pandas as pd, json, sys
d = pd.read_csv(sys.argv[1], sep=';', decimal=',', encoding='utf-8-sig', dtype={'code': str}, keep_default_na=False)
print(json.dumps({'codes': list(d['code']), 'exports': [float(x) for x in d['Exportations']], 'cols': list(d.columns)}))`,
      [csv],
    );
    expect(out.codes).toEqual(['01', '20', '84', '94', 'FR']);
    expect(out.exports).toEqual(json.territories.map((t: { exports: { total_eur: number } }) => t.exports.total_eur));
    expect(out.cols).toContain('Part des exportations vers NA');
  });
});
