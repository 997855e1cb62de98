import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFetch, type FetchRunOptions } from '../../src/pipeline/fetch.js';
import { sources, storedTerritoires, storedYears } from '../../src/store/queries.js';
import { withStore } from '../../src/store/store.js';
import { useFetchFixture } from '../helpers/fetch-run.js';
import {
  DGDDI_API_PATH,
  TI_API_PATH,
  TI_FILE,
  legacyOnly,
  publish,
  sha1,
  staticPath,
  zipName,
} from '../fetch/fixtures.js';
import { failure } from '../helpers/failure.js';

// The fixtures' newest year (2023) is recent on this date: no "old data" warning here.
const fx = useFetchFixture({ prefix: 'territrade-fetch-', publish, retries: 3, now: new Date('2025-06-01T12:00:00Z') });
const options = (overrides: Partial<FetchRunOptions> = {}): FetchRunOptions =>
  fx.options(legacyOnly(fx.dir), overrides);

const rawFiles = () => (fs.existsSync(path.join(fx.dir, 'raw')) ? fs.readdirSync(path.join(fx.dir, 'raw')).sort() : []);

describe('runFetch', () => {
  it('fetches and imports the latest complete year, its most recent files, and the official TI list', async () => {
    const result = await runFetch(options());
    expect(result.year).toBe(2023);
    expect(rawFiles()).toEqual(['donnees_regional_2023_export_rev.zip', zipName(2023, 'I'), TI_FILE].sort());
    await withStore(options().storePath, async (store) => {
      expect(await storedYears(store)).toEqual([2023]);
      expect((await sources(store)).map((s) => path.basename(s.container))).toEqual([
        'donnees_regional_2023_export_rev.zip',
        zipName(2023, 'I'),
      ]);
      const ti = await storedTerritoires(store);
      expect(ti.kind).toBe('official');
      expect(ti.list.map((t) => t.name)).toEqual(['Lyon Vallée de la chimie', 'Saint-Étienne Métropole']);
    });
    expect(fx.out).toContain(`Liste officielle des Territoires d'industrie importée dans ${options().storePath}.`);
    // The EPCI list, the annexes and the other years were never requested.
    expect(
      fx.server.requests
        .map((r) => r.path)
        .filter((p) => p.startsWith('/static/'))
        .sort(),
    ).toEqual(
      [
        staticPath(fx.server, 'donnees_regional_2023_export_rev.zip'),
        staticPath(fx.server, zipName(2023, 'I')),
        staticPath(fx.server, TI_FILE),
      ].sort(),
    );
  });

  it('downloads nothing again the second time, and no longer asks for the TI list', async () => {
    await runFetch(options());
    const before = fx.server.requests.length;
    const again = await runFetch(options());
    expect(again.downloads.map((d) => d.status)).toEqual(['unchanged', 'unchanged']);
    expect(fx.server.requests.slice(before).map((r) => r.path)).toEqual([DGDDI_API_PATH]);
  });

  it('fetches the year asked for', async () => {
    const result = await runFetch(options({ year: 2022 }));
    expect(result.downloads.map((d) => path.basename(d.path))).toEqual([
      zipName(2022, 'E'),
      zipName(2022, 'I'),
      TI_FILE,
    ]);
    await withStore(options().storePath, async (store) => expect(await storedYears(store)).toEqual([2022]));
  });

  it('lists the years that exist when the year asked for has no file', async () => {
    expect(await failure(runFetch(options({ year: 2031 })))).toBe(
      "aucun fichier pour l'année 2031 dans les sources consultées (data.gouv.fr, jeu historique) ; années disponibles : 2022 et 2023.",
    );
    expect(await failure(runFetch(options({ year: 2024 })))).toBe(
      'pour 2024, le fichier des exportations est publié mais pas celui des importations ; années disponibles : 2022 et 2023.',
    );
    expect(fs.existsSync(options().storePath)).toBe(false);
  });

  it('imports nothing when a checksum does not match, and deletes the bad file', async () => {
    const api = JSON.parse(String(fx.server.routes.get(DGDDI_API_PATH)!.body));
    const imports = api.resources.find((r: { url: string }) => r.url.endsWith(zipName(2023, 'I')));
    imports.checksum = { type: 'sha1', value: sha1('pas ce fichier') };
    fx.server.routes.set(DGDDI_API_PATH, { body: JSON.stringify(api) });
    const message = await failure(runFetch(options()));
    expect(message).toMatch(
      new RegExp(
        `^le fichier téléchargé ${zipName(2023, 'I')} est corrompu : sa somme de contrôle sha1 \\([0-9a-f]{40}\\) ne correspond pas à celle publiée`,
      ),
    );
    expect(rawFiles()).toEqual(['donnees_regional_2023_export_rev.zip']);
    // Nothing imported: the store was never created.
    expect(fs.existsSync(options().storePath)).toBe(false);
  });

  it('--no-import downloads only', async () => {
    const result = await runFetch(options({ import: false }));
    expect(result.imports).toEqual([]);
    expect(rawFiles()).toHaveLength(3);
    expect(fs.existsSync(options().storePath)).toBe(false);
  });

  it('--territoires fetches and imports only the official list', async () => {
    await runFetch(options({ territoires: true }));
    expect(rawFiles()).toEqual([TI_FILE]);
    await withStore(options().storePath, async (store) => {
      expect(await storedYears(store)).toEqual([]);
      expect((await storedTerritoires(store)).kind).toBe('official');
    });
    expect(fx.server.hits(DGDDI_API_PATH)).toBe(0);
  });

  it('keeps the trade data when only the TI list fails, with a warning', async () => {
    fx.server.routes.set(TI_API_PATH, { status: 404 });
    const result = await runFetch(options());
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain("la liste officielle des Territoires d'industrie n'a pas pu être obtenue");
    expect(result.warnings[0]).toContain('programme-territoires-dindustrie');
    await withStore(options().storePath, async (store) => {
      expect(await storedYears(store)).toEqual([2023]);
      expect((await storedTerritoires(store)).kind).toBe('default');
    });
  });

  it('--list prints the years and files without downloading', async () => {
    await runFetch(options({ list: true }));
    expect(fx.out).toEqual([
      'data.gouv.fr, jeu historique : années 2022, 2023 et 2024 (https://www.data.gouv.fr/fr/datasets/statistiques-regionales-et-departementales-du-commerce-exterieur/)',
      `  2022  exportations  ${zipName(2022, 'E')} (titre, mis à jour le 14/04/2023, ${size(2022, 'E')})`,
      `  2022  importations  ${zipName(2022, 'I')} (titre, mis à jour le 14/04/2023, ${size(2022, 'I')})`,
      `  2023  exportations  ${zipName(2023, 'E')} (titre, mis à jour le 15/04/2024, ${size(2023, 'E')})`,
      `  2023  exportations  donnees_regional_2023_export_rev.zip (titre, mis à jour le 02/10/2024, ${sizeOf('donnees_regional_2023_export_rev.zip')})`,
      `  2023  importations  ${zipName(2023, 'I')} (titre, mis à jour le 15/04/2024, ${size(2023, 'I')})`,
      `  2024  exportations  ${zipName(2024, 'E')} (titre, mis à jour le 07/02/2025, ${size(2024, 'E')})`,
      `Année retenue : 2023 (exportations : donnees_regional_2023_export_rev.zip, source datagouv-historique ; importations : ${zipName(2023, 'I')}, source datagouv-historique)`,
    ]);
    expect(rawFiles()).toEqual([]);
    expect(fx.server.requests.map((r) => r.path)).toEqual([DGDDI_API_PATH]);
  });

  it('--list --territoires shows the ANCT file', async () => {
    await runFetch(options({ list: true, territoires: true }));
    expect(fx.out[1]).toMatch(
      /^ {2}Territoires d'industrie {2}liste-ti-com2023-20240704\.csv \(\d+ o, mis à jour le 04\/07\/2024\)$/,
    );
  });

  it('--url downloads and imports the given files', async () => {
    const urls = [zipName(2022, 'E'), zipName(2022, 'I')].map((n) => `${fx.server.url}${staticPath(fx.server, n)}`);
    await runFetch(options({ urls }));
    expect(fx.server.hits(DGDDI_API_PATH)).toBe(0);
    await withStore(options().storePath, async (store) => expect(await storedYears(store)).toEqual([2022]));
    expect(await failure(runFetch(options({ urls, year: 2022 })))).toContain('--url ne se combine pas');
  });

  it('--url refuses two addresses that would save under the same file name, before downloading', async () => {
    const a = `${fx.server.url}${staticPath(fx.server, zipName(2022, 'E'))}`;
    fx.server.routes.set('/miroir/donnees_regional_2022_export.zip', { body: 'autre' });
    const b = `${fx.server.url}/miroir/donnees_regional_2022_export.zip`;
    expect(await failure(runFetch(options({ urls: [a, b] })))).toBe(
      `deux adresses donnent le même nom de fichier « donnees_regional_2022_export.zip » et s'écraseraient : ${a} et ${b} ; téléchargez-les en deux fois avec des --dest différents.`,
    );
    expect(fx.server.hits(new URL(a).pathname) + fx.server.hits('/miroir/donnees_regional_2022_export.zip')).toBe(0);
    expect(rawFiles()).toEqual([]);
    // The same address twice is one file, fetched once.
    await runFetch(options({ urls: [a, a], import: false }));
    expect(fx.server.hits(new URL(a).pathname)).toBe(1);
  });

  it('explains an unexpected API answer and an unknown dataset', async () => {
    fx.server.routes.set(DGDDI_API_PATH, { body: '<html>maintenance</html>', contentType: 'text/html' });
    expect(await failure(runFetch(options()))).toBe(
      `réponse inattendue de l'API data.gouv.fr (pas du JSON) : ${fx.server.url}${DGDDI_API_PATH} ; vérifiez --api et --dataset.`,
    );
    fx.server.routes.set(DGDDI_API_PATH, { body: JSON.stringify({ data: [] }) });
    expect(await failure(runFetch(options()))).toContain('(pas de liste « resources »)');
    const unknown = options();
    unknown.config.dgddiDataset = 'jeu-disparu';
    unknown.config.datasetOnly = true;
    expect(await failure(runFetch(unknown))).toBe(
      `le jeu de données « jeu-disparu » est introuvable sur ${fx.server.url} (HTTP 404) : ${fx.server.url}/api/1/datasets/jeu-disparu/ ; vérifiez --dataset ou --api.`,
    );
  });

  it('retries an API answering 500 and reports the attempts', async () => {
    fx.server.routes.set(DGDDI_API_PATH, { status: 500 });
    expect(await failure(runFetch(options({ list: true })))).toBe(
      `le serveur a répondu par une erreur (HTTP 500, 4 tentatives) : ${fx.server.url}${DGDDI_API_PATH} ; réessayez plus tard.`,
    );
    expect(fx.server.hits(DGDDI_API_PATH)).toBe(4);
  });
});

function sizeOf(name: string): string {
  const route = fx.server.routes.get(staticPath(fx.server, name))!;
  const n = (route.body as Buffer).length;
  return n >= 1000 ? `${(n / 1000).toFixed(1).replace('.', ',')} ko` : `${n} o`;
}

function size(year: number, flow: 'E' | 'I'): string {
  return sizeOf(zipName(year, flow));
}
