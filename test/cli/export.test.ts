// End-to-end: `territrade export` written by the real CLI, read back with DuckDB, and compared
// with what `territrade figures --json` says.
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Figures } from '../../src/figures/types.js';
import { plainSpaces } from '../../src/format/fr.js';
import { tidyFigures } from '../../src/report/tidy-figures.js';
import { runCli } from '../helpers/cli.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let db: DuckDBInstance;
let sql: DuckDBConnection;
beforeAll(async () => {
  dir = tempDir();
  db = await DuckDBInstance.create(':memory:');
  sql = await db.connect();
});
afterAll(() => {
  sql.closeSync();
  db.closeSync();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rows = async (query: string): Promise<Record<string, unknown>[]> =>
  (await sql.runAndReadAll(query)).getRowObjectsJS();
const figuresJson = (query: string, store: string): Figures =>
  JSON.parse(runCli(['figures', query, '--json', '--store', store]).stdout) as Figures;

describe('territrade export on the demo store (Parquet)', () => {
  let out: string;
  beforeAll(() => {
    out = path.join(dir, 'export-demo');
    const r = runCli(['export', '--store', inject('demoStore'), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(plainSpaces(r.stdout)).toMatch(
      /^Export terminé dans .*export-demo \(parquet\) : 1 089 405 lignes d'échanges, [\d ]+ valeurs d'indicateurs, années 2024\.\nDonnées fictives de démonstration : /,
    );
  });

  it('writes the trade rows partitioned by year and flow, every label joined, sums matching figures --json', async () => {
    expect(fs.readdirSync(path.join(out, 'echanges', 'year=2024')).sort()).toEqual(['flow=E', 'flow=I']);
    const glob = `'${out}/echanges/**/*.parquet'`;
    const [missing] = await rows(
      `SELECT count(*) AS n, count(*) FILTER (WHERE departement_name IS NULL OR region_name IS NULL OR a129_name IS NULL OR a17_name IS NULL OR cpf4_name IS NULL OR country_name IS NULL) AS unlabelled FROM read_parquet(${glob})`,
    );
    expect(missing).toEqual({ n: 1_089_405n, unlabelled: 0n });
    const loire = figuresJson('42', inject('demoStore'));
    const sums = await rows(
      `SELECT flow, sum(value_eur)::DOUBLE AS v FROM read_parquet(${glob}) WHERE departement_code = '42' GROUP BY flow ORDER BY flow`,
    );
    expect(sums).toEqual([
      { flow: 'E', v: loire.exports.total_eur },
      { flow: 'I', v: loire.imports.total_eur },
    ]);
    const [corse] = await rows(
      `SELECT DISTINCT departement_dgddi, departement_code, departement_name, region_code, region_name FROM read_parquet(${glob}) WHERE departement_dgddi = '20'`,
    );
    expect(corse).toEqual({
      departement_dgddi: '20',
      departement_code: '20',
      departement_name: 'Corse (2A, 2B)',
      region_code: '94',
      region_name: 'Corse',
    });
    const [us] = await rows(`SELECT DISTINCT country_name FROM read_parquet(${glob}) WHERE country = 'US'`);
    expect(us).toEqual({ country_name: 'États-Unis' });
  });

  it('flags the demo data in every row and in the Parquet metadata, and says so in LISEZ-MOI.txt', async () => {
    for (const file of ['echanges/year=2024/flow=E/data_0.parquet', 'indicateurs.parquet']) {
      const meta = await rows(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${out}/${file}')`);
      expect(meta).toContainEqual({ k: 'demo', v: 'true' });
      expect(meta.find((m) => m['k'] === 'notice')?.['v']).toMatch(/^Données fictives de démonstration/);
    }
    const [flags] = await rows(
      `SELECT bool_and(demo) AS t FROM read_parquet('${out}/echanges/**/*.parquet') UNION ALL SELECT bool_and(demo) FROM '${out}/indicateurs.parquet'`,
    );
    expect(flags).toEqual({ t: true });
    expect(fs.readFileSync(path.join(out, 'LISEZ-MOI.txt'), 'utf8')).toMatch(
      /^\*\*\* DONNÉES FICTIVES DE DÉMONSTRATION \*\*\*/,
    );
  });

  it('writes column statistics into the Parquet files', async () => {
    const stats = await rows(
      `SELECT path_in_schema AS c, min(stats_min) AS lo, max(stats_max) AS hi FROM parquet_metadata('${out}/echanges/year=2024/flow=E/data_0.parquet') WHERE path_in_schema IN ('quarter', 'departement_dgddi') GROUP BY c ORDER BY c`,
    );
    expect(stats).toEqual([
      { c: 'departement_dgddi', lo: '01', hi: '9E' },
      { c: 'quarter', lo: '1', hi: '4' },
    ]);
  });

  it('has every figure of figures --json for every territory, and nothing else', async () => {
    const [count] = await rows(
      `SELECT count(DISTINCT (territory_kind, territory_code)) AS n FROM '${out}/indicateurs.parquet'`,
    );
    expect(count).toEqual({ n: 120n });
    // A pivot (territory, period, indicator) → value never meets two values (issue 24, point 3).
    const duplicates = await rows(
      `SELECT territory_kind, territory_code, period, indicator, count(*) AS n FROM '${out}/indicateurs.parquet' GROUP BY ALL HAVING n > 1 LIMIT 3`,
    );
    expect(duplicates).toEqual([]);
    for (const [query, kind, code] of [
      ['42', 'departement', '42'],
      ['2A', 'departement', '20'],
      ['region:84', 'region', '84'],
      ['france', 'france', 'FR'],
    ] as const) {
      const json = figuresJson(query, inject('demoStore'));
      const exported = await rows(
        `SELECT territory_name, period, indicator, label, value FROM '${out}/indicateurs.parquet' WHERE territory_kind = '${kind}' AND territory_code = '${code}'`,
      );
      expect(exported.map((r) => r['territory_name'])).toEqual(exported.map(() => json.territory.name));
      expect(new Set(exported.map((r) => r['period']))).toEqual(new Set(['2024']));
      expect(exported.map((r) => ({ indicator: r['indicator'], value: r['value'], label: r['label'] }))).toEqual(
        tidyFigures(json),
      );
      // Read independently of the flattening: a few values straight from the JSON.
      const value = (indicator: string) => exported.find((r) => r['indicator'] === indicator)?.['value'];
      expect(value('exports.total_eur')).toBe(json.exports.total_eur);
      expect(value('balance_eur')).toBe(json.balance_eur);
      expect(value(`partners.${json.partners[0]!.country}.imports_eur`)).toBe(json.partners[0]!.imports_eur);
      const link = json.flows.exports.links[0]!;
      expect(value(`flows.exports.links.${link.source}>${link.target}.value_eur`)).toBe(link.value_eur);
      expect(value('exports.share_of_region')).toBe(json.exports.share_of_region ?? undefined);
    }
  });

  it('gives byte-identical files for the same store', () => {
    const again = path.join(dir, 'export-demo-again');
    expect(runCli(['export', '--store', inject('demoStore'), '--out', again]).code).toBe(0);
    for (const file of ['echanges/year=2024/flow=I/data_0.parquet', 'indicateurs.parquet', 'LISEZ-MOI.txt']) {
      expect(fs.readFileSync(path.join(again, file)).equals(fs.readFileSync(path.join(out, file))), file).toBe(true);
    }
  });
});

describe('territrade export: CSV, years, refusals', () => {
  let store: string;
  beforeAll(() => {
    store = path.join(dir, 'small.duckdb');
    const file = path.join(dir, 'Region_2024_Export.txt');
    fs.writeFileSync(
      file,
      [line(), line({ quarter: '2', dept: '9A', region: '24', country: 'US', value: '2500' })].join('\n'),
    );
    expect(runCli(['import', file, '--store', store]).code).toBe(0);
  });

  it('writes CSV with a header, partitioned the same way, marked as official data', async () => {
    const out = path.join(dir, 'export-csv');
    const r = runCli(['export', '--format', 'csv', '--years', '2024', '--store', store, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('fictives');
    const trade = await rows(
      `SELECT departement_code, departement_name, region_name, country_name, value_eur, demo, flow, year FROM read_csv('${out}/echanges/**/*.csv', hive_partitioning = true, types = {'departement_code': 'VARCHAR'}) ORDER BY value_eur`,
    );
    expect(trade).toEqual([
      {
        departement_code: '42',
        departement_name: 'Loire',
        region_name: 'Auvergne-Rhône-Alpes',
        country_name: 'Allemagne',
        value_eur: 1000n,
        demo: false,
        flow: 'E',
        year: 2024n,
      },
      {
        departement_code: '971',
        departement_name: 'Guadeloupe',
        region_name: 'Guadeloupe',
        country_name: 'États-Unis',
        value_eur: 2500n,
        demo: false,
        flow: 'E',
        year: 2024n,
      },
    ]);
    const [loire] = await rows(
      `SELECT value FROM read_csv('${out}/indicateurs.csv') WHERE territory_code = '42' AND indicator = 'exports.total_eur'`,
    );
    expect(loire).toEqual({ value: 1000 });
    const [period] = await rows(`SELECT DISTINCT period FROM read_csv('${out}/indicateurs.csv')`);
    expect(period).toEqual({ period: '2024-T1T2' });
    expect(fs.readFileSync(path.join(out, 'LISEZ-MOI.txt'), 'utf8')).toContain(
      'Source : Direction générale des Douanes et Droits indirects',
    );
  });

  it('refuses an unknown year, a bad --years and a folder it did not write, in French, leaving it untouched', () => {
    const year = runCli(['export', '--years', '2019-2020', '--store', store, '--out', path.join(dir, 'x')]);
    expect(year.code).toBe(1);
    expect(year.stderr).toBe('Erreur : aucune donnée pour 2019, 2020 dans la base (années disponibles : 2024).\n');
    const bad = runCli(['export', '--years', '24', '--store', store]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('années attendues sous la forme 2024, 2022,2024 ou 2019-2024 (reçu : « 24 »)');
    const mine = path.join(dir, 'mine');
    fs.mkdirSync(mine);
    fs.writeFileSync(path.join(mine, 'notes.txt'), 'à garder');
    const refused = runCli(['export', '--store', store, '--out', mine]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/n'est pas vide et n'a pas été produit par territrade export/);
    expect(fs.readdirSync(mine)).toEqual(['notes.txt']);
  });
});
