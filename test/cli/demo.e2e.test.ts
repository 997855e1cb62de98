// End-to-end: `territrade demo` writes a history (here one year, the shortest that has a latest
// publication after it) and imports it; the latest publication's 2024 quarters replace the
// annual file's with the same rows, so 2024 stays calibrated.
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseYearRange } from '../../src/commands/demo.js';
import { DEMO_LABEL_FILES } from '../../src/demo/archive.js';
import { DemoGenerator } from '../../src/demo/generate.js';
import { loadDemoReference } from '../../src/demo/reference.js';
import { DEMO_MARKER_FILE } from '../../src/dgddi/format.js';
import { DEMO_DEFAULT_SEED, DEMO_TARGETS } from '../../src/demo/targets.js';
import { Store } from '../../src/store/store.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { totalsDifferences } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let run: CliResult;
let latest2025 = '';
const zip = (name: string) => unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, 'demo', name))));
const latin1 = (bytes: Uint8Array | undefined) => Buffer.from(bytes!).toString('latin1');

beforeAll(() => {
  dir = tempDir();
  run = runCli(['demo', '--years', '2024', '--dir', path.join(dir, 'demo'), '--store', path.join(dir, 'demo.duckdb')]);
}, 300_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('territrade demo --years 2024', () => {
  it('writes the annual pair and the latest publication, and says what it imported', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'données fictives de démonstration 2024 et dernière publication T2 2024 – T2 2025 (graine 42)',
    );
    expect(run.stdout).toMatch(
      /^ {2}2024 : DEMO_regional_2024_export\.zip, DEMO_regional_2024_import\.zip \(1\u00A0089\u00A0405 lignes\)$/m,
    );
    expect(run.stdout).toMatch(
      /^ {2}T2 2024 – T2 2025 : DEMO_derniere_publication_2025T2_export\.zip, DEMO_derniere_publication_2025T2_import\.zip \([\d\u00A0]+ lignes\)$/m,
    );
    expect(run.stdout).toContain(
      'elle remplace les trimestres T2 à T4 2024 des fichiers annuels, par les mêmes chiffres',
    );
    expect(run.stdout).toContain('Ces données sont fictives');
    expect(fs.readdirSync(path.join(dir, 'demo')).sort()).toEqual([
      'DEMO_derniere_publication_2025T2_export.zip',
      'DEMO_derniere_publication_2025T2_import.zip',
      'DEMO_regional_2024_export.zip',
      'DEMO_regional_2024_import.zip',
    ]);
  });

  it('writes the same 2024 archives as the library for the same seed', () => {
    for (const name of ['DEMO_regional_2024_export.zip', 'DEMO_regional_2024_import.zip']) {
      expect(
        fs.readFileSync(path.join(dir, 'demo', name)).equals(fs.readFileSync(path.join(inject('demoDir'), name))),
        name,
      ).toBe(true);
    }
  });

  it('puts in the latest publication the annual 2024 rows of T2–T4, then 2025 T1–T2 only', () => {
    for (const [flow, main, annual] of [
      ['E', 'REGIONAL_CPF4PAYSE.txt', 'DEMO_regional_2024_export.zip'],
      ['I', 'REGIONAL_CPF4PAYSI.txt', 'DEMO_regional_2024_import.zip'],
    ] as const) {
      const entries = zip(`DEMO_derniere_publication_2025T2_${flow === 'E' ? 'export' : 'import'}.zip`);
      expect(Object.keys(entries)).toEqual([main, ...DEMO_LABEL_FILES, DEMO_MARKER_FILE]);
      expect(latin1(entries[DEMO_MARKER_FILE])).toContain('T2 2024');
      const text = latin1(entries[main]);
      const year2024 = latin1(zip(annual)[`Region_2024_${flow === 'E' ? 'Export' : 'Import'}.txt`]);
      const q2 = year2024.indexOf(`\n${flow};2;2024;`) + 1;
      const start2025 = text.indexOf(`${flow};1;2025;`);
      expect(text.slice(0, start2025)).toBe(year2024.slice(q2));
      const periods = new Set(
        text
          .slice(start2025, -2)
          .split('\r\n')
          .map((l) => l.split(';').slice(0, 3).join(';')),
      );
      expect([...periods]).toEqual([`${flow};1;2025`, `${flow};2;2025`]);
      if (flow === 'E') latest2025 = text.slice(start2025);
    }
  });

  it('writes 2025 as the library generates it for the same seed (deterministic)', () => {
    const generator = new DemoGenerator(loadDemoReference(), DEMO_DEFAULT_SEED);
    expect(generator.flowFile('exports', 2025, [1, 2]) === latest2025).toBe(true);
  }, 120_000);

  it('keeps 2024 calibrated in the store and makes it the default year (2025 is partial)', async () => {
    const store = await Store.open(path.join(dir, 'demo.duckdb'), { readOnly: true });
    try {
      const rows = await store.all(
        `SELECT year, flow, list(DISTINCT quarter ORDER BY quarter) AS q, sum(value_eur)::BIGINT AS total,
           sum(value_eur) FILTER (WHERE region = '18')::BIGINT AS ara, sum(value_eur) FILTER (WHERE dept = '42')::BIGINT AS loire
         FROM trade GROUP BY ALL ORDER BY ALL`,
      );
      const get = (year: number, flow: string) => rows.find((r) => r['year'] === year && r['flow'] === flow)!;
      for (const [flow, key] of [
        ['E', 'exports'],
        ['I', 'imports'],
      ] as const) {
        const y = get(2024, flow);
        expect(y['q']).toEqual([1, 2, 3, 4]);
        expect(Number(y['total'])).toBe(DEMO_TARGETS.france[key]);
        expect(Number(y['ara'])).toBe(DEMO_TARGETS.regions['18']![key]);
        expect(Number(y['loire'])).toBe(DEMO_TARGETS.departements['42']![key]);
        expect(get(2025, flow)['q']).toEqual([1, 2]);
      }
      // The latest publication replaced 2024 T2–T4: the summary the figures read followed.
      expect(await totalsDifferences(store)).toBe(0);
    } finally {
      store.close();
    }
    const figures = runCli(['figures', '42', '--json', '--store', path.join(dir, 'demo.duckdb')]);
    expect(figures.code).toBe(0);
    expect(JSON.parse(figures.stdout)).toMatchObject({ year: 2024, partial_year: false });
  });
});

describe('territrade demo --year 2023', () => {
  it('writes and imports that year only, without a latest publication', async () => {
    const out = path.join(dir, 'one');
    const r = runCli(['demo', '--year', '2023', '--seed', '7', '--dir', out, '--store', path.join(out, 's.duckdb')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('données fictives de démonstration 2023 (graine 7)');
    expect(r.stdout).not.toContain('dernière publication');
    expect(
      fs
        .readdirSync(out)
        .filter((f) => f.endsWith('.zip'))
        .sort(),
    ).toEqual(['DEMO_regional_2023_export.zip', 'DEMO_regional_2023_import.zip']);
    const store = await Store.open(path.join(out, 's.duckdb'), { readOnly: true });
    try {
      const rows = await store.all(
        'SELECT year, flow, count(DISTINCT quarter) AS q FROM trade GROUP BY ALL ORDER BY ALL',
      );
      expect(rows.map((x) => `${x['year']}${x['flow']}${x['q']}`)).toEqual(['2023E4', '2023I4']);
    } finally {
      store.close();
    }
  }, 300_000);
});

describe('demo options', () => {
  it('reads a period or a single year', () => {
    expect(parseYearRange('2019-2024')).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(parseYearRange('2024')).toEqual([2024]);
    expect(parseYearRange('2022–2024')).toEqual([2022, 2023, 2024]);
    for (const bad of ['2024-2019', '19-24', '1980-1990', '2000-2040', 'abc', '2024-', '2100']) {
      expect(() => parseYearRange(bad), bad).toThrow(/les années doivent être une année ou une période « début-fin »/);
    }
  });

  it('refuses years the import would refuse, before generating anything (issue 25, point 28)', () => {
    const out = path.join(dir, 'never-old');
    const max = new Date().getUTCFullYear() + 1;
    for (const args of [
      ['--years', '1999-2000'],
      ['--year', '1995'],
      ['--year', String(max + 1)],
      ['--years', `${max - 1}-${max}`],
    ]) {
      const r = runCli(['demo', ...args, '--dir', out, '--store', path.join(out, 's.duckdb')]);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr, args.join(' ')).toMatch(/années de 2000 à \d{4}/);
      expect(r.stdout, args.join(' ')).not.toContain('Génération');
      expect(fs.existsSync(out), args.join(' ')).toBe(false);
    }
  });

  it('refuses a bad period, or --years with --year, in French and before writing anything', () => {
    const out = path.join(dir, 'never');
    const bad = runCli(['demo', '--years', '2024-2019', '--dir', out, '--store', path.join(out, 's.duckdb')]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(
      /^Erreur : valeur « 2024-2019 » invalide pour l[’']option « --years <début-fin> » : les années doivent être/m,
    );
    const both = runCli([
      'demo',
      '--years',
      '2023-2024',
      '--year',
      '2024',
      '--dir',
      out,
      '--store',
      path.join(out, 's.duckdb'),
    ]);
    expect(both.code).toBe(1);
    expect(both.stderr).toBe('Erreur : donnez --years ou --year, pas les deux.\n');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('says in French when the archives cannot be written (an error of the generation thread), and leaves no store', () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    const store = path.join(dir, 'blocked.duckdb');
    const r = runCli(['demo', '--years', '2024', '--dir', path.join(blocker, 'demo'), '--store', store]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Erreur : Impossible de créer le dossier .*a-file\/demo\s: ENOTDIR/m);
    expect(r.stderr).not.toMatch(/\n\s+at /); // one sentence, no stack
    expect(fs.existsSync(store)).toBe(false);
  }, 120_000);
});
