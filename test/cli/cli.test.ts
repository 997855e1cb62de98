// End-to-end: the real CLI, as a user runs it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};

describe('help and usage errors', () => {
  it('prints French help', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Utilisation : territrade/m);
    expect(r.stdout).toMatch(/^Commandes :/m);
    for (const c of ['import', 'demo', 'status', 'figures', 'fetch']) expect(r.stdout).toContain(`  ${c}`);
    const sub = runCli(['figures', '--help']);
    expect(sub.stdout).toMatch(/Exemples :\n\s+territrade figures 42/);
    for (const command of ['demo', 'build', 'fetch', 'serve']) {
      const help = runCli([command, '--help']).stdout;
      expect(help).toMatch(/^Options :/m);
      expect(help).not.toMatch(/\b(default|choices|Usage|Options):/);
    }
    expect(runCli(['demo', '--help']).stdout).toContain('(défaut : 2019-2024)');
  });

  it('writes typographic apostrophes in every help (issue 21)', () => {
    for (const command of [
      [],
      ...['import', 'demo', 'fetch', 'status', 'figures', 'build', 'export', 'serve', 'territoires', 'compare'].map(
        (c) => [c],
      ),
    ]) {
      const help = runCli([...command, '--help']).stdout;
      expect(help).not.toMatch(/\p{L}'\p{L}/u);
    }
    expect(runCli(['--help']).stdout).toContain('affiche l’aide');
  });

  it('answers an unknown command in French with a non-zero exit', () => {
    const r = runCli(['figurs']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Erreur : commande inconnue « figurs »/);
  });

  it('says when the store is missing', () => {
    const r = runCli(['figures', '42', '--store', path.join(dir, 'nowhere.duckdb')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Erreur : la base .*nowhere\.duckdb n'existe pas encore/);
  });
});

describe('import, status, figures on a small official-format file', () => {
  it('imports, reports and computes', () => {
    const store = path.join(dir, 'small.duckdb');
    const file = write(
      'Region_2024_Export.txt',
      ['1', '2', '3', '4'].map((q) => line({ quarter: q, value: '2500000' })).join('\r\n'),
    );
    const imp = runCli(['import', file, '--store', store]);
    expect(imp.stderr).toBe('');
    expect(imp.code).toBe(0);
    expect(imp.stdout).toMatch(/Import terminé : 4 lignes/);
    const status = runCli(['status', '--store', store]);
    expect(status.stdout).toMatch(/2024 \(année partielle\) — 4 lignes — données officielles DGDDI/);
    expect(status.stdout).toMatch(/exportations : T1 T2 T3 T4 ; importations : aucun/);
    expect(status.stdout).toMatch(
      /Territoires d'industrie : 183 territoires, liste de l'ANCT fournie avec territrade \(territoires-industrie-2024\.csv\)/,
    );
    const fig = runCli(['figures', 'Loire', '--store', store]);
    expect(fig.code).toBe(0);
    expect(fig.stdout).toContain('Exportations : 10,0 M€ (100,0 % de la région, 100,0 % de la France)');
    expect(fig.stdout).toMatch(/année partielle/);
  });

  it('refuses a bad file: French file:line message, exit 1, no store file left behind', () => {
    const store = path.join(dir, 'refused.duckdb');
    const file = write('Region_2024_Import.txt', [line({ flow: 'I' }), line({ flow: 'I', quarter: '7' })].join('\n'));
    const r = runCli(['import', file, '--store', store]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^Erreur : import refusé : 1 ligne invalide ; rien n'a été importé, la base est inchangée\.\n {2}Region_2024_Import\.txt:2: trimestre « 7 » invalide/,
    );
    expect(fs.existsSync(store)).toBe(false);
  });

  it('leaves an existing store exactly as it was after a refused import', () => {
    const store = path.join(dir, 'kept.duckdb');
    expect(runCli(['import', write('Region_2023_Export.txt', line({ year: '2023' })), '--store', store]).code).toBe(0);
    const before = runCli(['status', '--store', store]).stdout;
    const r = runCli(['import', write('Region_2024_Export.txt', 'E;1;2024;42\n'), '--store', store]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Region_2024_Export.txt:1: 4 colonnes au lieu de 10');
    expect(runCli(['status', '--store', store]).stdout).toBe(before);
  });

  it("imports ANCT's official Territoires d'industrie list, which replaces the shipped one", () => {
    const store = path.join(dir, 'ti.duckdb');
    const first = runCli(['import', write('Region_2024_Export.txt', line()), '--store', store]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Données : Region_2024_Export\.txt \(1 ligne\)$/m);
    expect(first.stdout).toMatch(/^Import terminé : 1 ligne dans /m);
    const csv = write(
      'liste-ti-com2023-20240704.csv',
      'insee_com;lib_com;id_ti;lib_ti\n42218;Saint-Étienne;TI042;Territoire officiel de test\n43157;Le Puy-en-Velay;TI042;Territoire officiel de test\n',
    );
    const r = runCli(['import', csv, '--store', store]);
    expect(r.code).toBe(0);
    // One territory, one line: the singular.
    expect(r.stdout).toMatch(/liste officielle liste-ti-com2023-20240704\.csv \(1 territoire\)/);
    const status = runCli(['status', '--store', store]).stdout;
    expect(status).toMatch(/Territoires d'industrie : 1 territoire, liste officielle ANCT/);
    expect(status).toMatch(/^2024 \(année partielle\) — 1 ligne — /m);
    expect(status).toMatch(/^ {2}Region_2024_Export\.txt — 2024T1 — 1 ligne — officiel/m);
    const json = JSON.parse(runCli(['figures', '42', '--json', '--store', store]).stdout);
    expect(json.territoires_industrie).toEqual(['Territoire officiel de test']);
    expect(json.territoires_industrie_list).toBe('official');
    expect(json.territoires_industrie_detail[0].departements).toEqual(['42', '43']);
  });
});

describe('figures on the demo store', () => {
  const store = () => inject('demoStore');

  it('prints the spec summary for the Loire', () => {
    const r = runCli(['figures', '42', '--store', store()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exportations : 4 192,1 M€ (5,9 % de la région, 0,72 % de la France)');
    expect(r.stdout).toContain('Importations : 4 742,8 M€ (6,2 % de la région, 0,69 % de la France)');
    expect(r.stdout).toContain('Données fictives de démonstration');
  });

  it('prints the JSON shape of the issue', () => {
    const r = runCli(['figures', '42', '--json', '--year', '2024', '--store', store()]);
    const f = JSON.parse(r.stdout);
    expect(f.territory).toMatchObject({ kind: 'departement', code: '42', name: 'Loire' });
    expect(f).toMatchObject({ year: 2024, demo: true, partial_year: false });
    // The demo store holds one year: nothing to compare with, so every previous value is null.
    expect(f.exports).toEqual({
      total_eur: 4192100000,
      share_of_region: expect.any(Number),
      share_of_france: expect.any(Number),
      previous_eur: null,
      change_rate: null,
    });
    expect(f.balance_eur).toBe(4192100000 - 4742800000);
    expect(f.period).toEqual({ from: '2024-T1', to: '2024-T4', quarters: 4 });
    expect(f.previous_period).toBeNull();
    expect(f.history).toEqual([{ year: 2024, exports_eur: 4192100000, imports_eur: 4742800000, quarters: 4 }]);
    expect(f.movers).toEqual({
      exports: { partners: { gains: [], losses: [] }, activities: { gains: [], losses: [] } },
      imports: { partners: { gains: [], losses: [] }, activities: { gains: [], losses: [] } },
    });
    expect(Object.keys(f.partners[0]).sort()).toEqual([
      'balance_eur',
      'country',
      'exports_eur',
      'imports_eur',
      'name',
      'previous',
    ]);
    expect(f.activities.exports[0].previous).toBeNull();
    expect(f.activities.imports[0]).toEqual(
      expect.objectContaining({
        code: expect.stringMatching(/^[A-Z]\d\d[A-Z]$/),
        name: expect.any(String),
        a17: expect.any(String),
        value_eur: expect.any(Number),
      }),
    );
    expect(f.flows.exports.links[0]).toEqual({
      source: expect.any(String),
      target: expect.any(String),
      value_eur: expect.any(Number),
      highlight: expect.any(Boolean),
    });
    expect(f.flows.imports.links.filter((l: { highlight: boolean }) => l.highlight)).toHaveLength(5);
    expect(f.territoires_industrie).toHaveLength(3);
  });

  it.each([
    ['2A', 'departement', '20', 'Corse (2A, 2B)'],
    ['971', 'departement', '971', 'Guadeloupe'],
    ['region:84', 'region', '84', 'Auvergne-Rhône-Alpes'],
    ['auvergne rhone alpes', 'region', '84', 'Auvergne-Rhône-Alpes'],
    ['france', 'france', 'FR', 'France'],
  ])('resolves %s', (query, kind, code, name) => {
    const r = runCli(['figures', query, '--json', '--store', store()]);
    expect(r.stderr).toBe('');
    const f = JSON.parse(r.stdout);
    expect(f.territory).toMatchObject({ kind, code, name });
    if (kind !== 'departement') expect(f.exports.share_of_region).toBeNull();
    if (kind === 'france') expect(f.exports.share_of_france).toBeNull();
  });

  it('computes over the latest quarters with --last-quarters, and refuses it with --year', () => {
    const r = runCli(['figures', '42', '--json', '--last-quarters', '4', '--store', store()]);
    const f = JSON.parse(r.stdout);
    expect(f).toMatchObject({
      year: null,
      period: { from: '2024-T1', to: '2024-T4', quarters: 4 },
      previous_period: null,
    });
    expect(f.exports.total_eur).toBe(4192100000);
    const both = runCli(['figures', '42', '--year', '2024', '--last-quarters', '4', '--store', store()]);
    expect(both.code).not.toBe(0);
    expect(both.stderr).toMatch(/--year et --last-quarters ne vont pas ensemble/);
    const tooMany = runCli(['figures', '42', '--last-quarters', '5', '--store', store()]);
    expect(tooMany.stderr).toMatch(/la base n'a pas 2023-T4/);
  });

  it('answers an unknown territory or year in French', () => {
    const r = runCli(['figures', 'Loir', '--store', store()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Territoire inconnu.*Loire \(42\)/s);
    const y = runCli(['figures', '42', '--year', '2019', '--store', store()]);
    expect(y.code).toBe(1);
    expect(y.stderr).toMatch(/aucune donnée pour 2019 dans la base \(années disponibles : 2024\)/);
  });
});
