// `territrade fetch` as users run it: the built CLI against a local fake data.gouv.fr.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { plainSpaces } from '../../src/format/fr.js';
import { closedPort, startServer, type TestServer } from '../helpers/http-server.js';
import { DGDDI_API_PATH, TI_FILE, legacyOnly, publish, sha1, zipName } from './fixtures.js';
import { allSources, publishDatagouvSearch, publishDouanePage } from './sources-fixtures.js';
import { tempDir } from '../helpers/temp-dir.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
let server: TestServer;

function territrade(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      {
        cwd: dir,
        // Only the local fake data.gouv.fr: the shipped sources would reach the internet.
        env: {
          PATH: process.env['PATH'] ?? '',
          HOME: dir,
          TERRITRADE_FETCH_RETRY_DELAY_MS: '1',
          TERRITRADE_DGDDI_SOURCES: legacyOnly(dir),
          ...env,
        },
        timeout: 60_000,
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout: plainSpaces(stdout), stderr: plainSpaces(stderr) });
      },
    );
  });
}

beforeAll(async () => {
  // `npm run build` as asked; tsc still emits when another module of the tree fails to typecheck
  // (`npm test` reports that), so what matters here is that this command's output is fresh.
  const started = Date.now();
  const output = await new Promise<string>((resolve) =>
    execFile('npm', ['run', 'build'], { cwd: ROOT }, (_err, stdout, stderr) => resolve(stdout + stderr)),
  );
  const built = path.join(ROOT, 'dist', 'commands', 'fetch.js');
  if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < started - 1000) throw new Error(`build failed:\n${output}`);
}, 120_000);

beforeEach(async () => {
  dir = tempDir('territrade-cli-fetch-');
  server = await startServer();
  publish(server);
});

afterEach(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('territrade fetch (CLI)', () => {
  it('downloads and imports the latest complete year; status shows it', async () => {
    const run = await territrade(['fetch', '--api', server.url, '--store', 'base.duckdb']);
    expect(run.stderr).not.toMatch(/Erreur/);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Année 2023 : donnees_regional_2023_export_rev.zip et ${zipName(2023, 'I')}`);
    // Not a terminal: plain progress lines, no bar.
    expect(run.stderr).toMatch(/Téléchargement de donnees_regional_2023_export_rev\.zip \(\d+ o\)…/);
    expect(run.stdout).toMatch(/^Import terminé : 24 lignes dans base\.duckdb\.$/m);
    expect(fs.readdirSync(path.join(dir, 'data', 'raw')).sort()).toEqual(
      ['donnees_regional_2023_export_rev.zip', zipName(2023, 'I'), TI_FILE].sort(),
    );
    const status = await territrade(['status', '--store', 'base.duckdb']);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^2023 — 24 lignes — données officielles DGDDI$/m);
    expect(status.stdout).toContain("Territoires d'industrie : 2 territoires, liste officielle ANCT");
  }, 60_000);

  it('reads the API address and dataset from the environment', async () => {
    server.routes.set('/api/1/datasets/autre-jeu/', server.routes.get(DGDDI_API_PATH)!);
    const run = await territrade(['fetch', '--list'], {
      TERRITRADE_DATAGOUV_API: server.url,
      TERRITRADE_DGDDI_DATASET: 'autre-jeu',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('data.gouv.fr, jeu « autre-jeu » : années 2022, 2023 et 2024');
    expect(server.hits('/api/1/datasets/autre-jeu/')).toBe(1);
    expect(server.hits(DGDDI_API_PATH)).toBe(0);
    // --list only reads: no data/ folder (nor store) left behind.
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(false);
  });

  it('--dataset and --api options win over the environment', async () => {
    const run = await territrade(['fetch', '--list', '--api', server.url, '--dataset', 'jeu-absent'], {
      TERRITRADE_DATAGOUV_API: 'http://127.0.0.1:1',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Erreur : le jeu de données « jeu-absent » est introuvable sur ${server.url} (HTTP 404) : ${server.url}/api/1/datasets/jeu-absent/ ; vérifiez --dataset ou --api.\n`,
    );
  });

  it('consults every source of the sources file and warns, before downloading, when the newest year is old', async () => {
    publishDatagouvSearch(server);
    publishDouanePage(server);
    const list = await territrade(['fetch', '--list', '--api', server.url], {
      TERRITRADE_DGDDI_SOURCES: allSources(dir, server),
    });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('douane.gouv.fr : années 2024');
    expect(list.stdout).toMatch(
      /^Année retenue : 2024 \(exportations : 202507_regional_2024_export\.zip, source douane-opendata/m,
    );
    // Only the legacy dataset (2022 and 2023): today, 2023 is more than two years old.
    const old = await territrade(['fetch', '--api', server.url, '--no-import']);
    expect(old.code).toBe(0);
    const warning = old.stderr.indexOf("Attention : l'année la plus récente trouvée est 2023");
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(warning).toBeLessThan(old.stderr.indexOf('Téléchargement de'));
  });

  it('fails with the years that exist', async () => {
    const run = await territrade(['fetch', '--api', server.url, '--year', '2031', '--store', 'base.duckdb']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Erreur : aucun fichier pour l'année 2031 .* ; années disponibles : 2022 et 2023\.$/m);
  });

  it('refuses a corrupt download and imports nothing', async () => {
    const api = JSON.parse(String(server.routes.get(DGDDI_API_PATH)!.body));
    for (const r of api.resources) r.checksum = { type: 'sha1', value: sha1('autre') };
    server.routes.set(DGDDI_API_PATH, { body: JSON.stringify(api) });
    const run = await territrade(['fetch', '--api', server.url, '--store', 'base.duckdb']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Erreur : le fichier téléchargé donnees_regional_2023_export_rev\.zip est corrompu/m);
    expect(fs.existsSync(path.join(dir, 'base.duckdb'))).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'data', 'raw'))).toEqual([]);
  });

  it('says that nothing listens on this machine when --api points to a closed local port, at once', async () => {
    const port = await closedPort();
    const run = await territrade(['fetch', '--api', `http://127.0.0.1:${port}`, '--store', 'base.duckdb']);
    expect(run.code).toBe(1);
    // Not retried (was « ECONNREFUSED, 4 tentatives » after « êtes-vous connecté à Internet ? »).
    expect(run.stderr).toMatch(
      new RegExp(
        `^Erreur : aucun serveur n'écoute à 127\\.0\\.0\\.1:${port} sur cette machine : démarrez-le ou corrigez l'adresse \\(ECONNREFUSED\\)$`,
        'm',
      ),
    );
    expect(run.stderr).not.toMatch(/nouvelle tentative|tentatives/i);
  });

  it('gives up on a silent server after --timeout', async () => {
    server.routes.set(DGDDI_API_PATH, { silent: true });
    const run = await territrade(['fetch', '--list', '--api', server.url, '--timeout', '1'], {
      TERRITRADE_FETCH_RETRY_DELAY_MS: '1',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Erreur : 127\.0\.0\.1:\d+ ne répond pas \((aucune donnée reçue|connexion impossible) en 1 s, 4 tentatives\)/m,
    );
    expect(server.hits(DGDDI_API_PATH)).toBe(4);
  }, 30_000);

  it('refuses an invalid --year in French', async () => {
    const run = await territrade(['fetch', '--year', 'deux-mille']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('Erreur : --year doit être un entier entre 1990 et 2100 (reçu : « deux-mille »)\n');
  });

  it('documents itself in French', async () => {
    const run = await territrade(['fetch', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('télécharge les fichiers officiels annuels de la DGDDI');
    for (const option of [
      '--year <année>',
      '--dest <dossier>',
      '--no-import',
      '--list',
      '--territoires',
      '--url <adresse...>',
      '--api <adresse>',
      '--dataset <id>',
      '--sources <fichier>',
      '--deadline <secondes>',
      '--max-size <Mo>',
      '--store <chemin>',
    ]) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toContain('Licence Ouverte 2.0');
  });
});
