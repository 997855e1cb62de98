import { describe, expect, it } from 'vitest';
import {
  DEFAULT_API_BASE,
  DEFAULT_DGDDI_DATASET,
  DEFAULT_TI_DATASET,
  resolveFetchConfig,
} from '../../src/fetch/config.js';
import { datasetApiUrl, parseDataset } from '../../src/fetch/datagouv.js';
import { UserError } from '../../src/errors.js';

const API = 'https://www.data.gouv.fr/api/1/datasets/x/';

describe('parseDataset', () => {
  it('keeps the fields fetch needs, in a normalised form', () => {
    const dataset = parseDataset(
      {
        id: '5369a0c7a3a729239d206446',
        title: 'Statistiques régionales',
        page: 'https://www.data.gouv.fr/fr/datasets/x/',
        resources: [
          {
            id: 'r1',
            title: 'Exportations 2024',
            url: 'https://static.data.gouv.fr/resources/x/20250415-080000/regional_2024_export.zip',
            format: 'ZIP',
            last_modified: '2025-04-15T08:00:00',
            checksum: { type: 'SHA1', value: 'AB12CD' },
            filesize: 1234,
          },
          {
            title: 'Sans somme',
            url: 'http://example.org/f.txt',
            checksum: null,
            filesize: null,
            created_at: '2020-01-01',
          },
          {
            title: 'Somme inconnue',
            url: 'http://example.org/g.txt',
            checksum: { type: 'crc32', value: 'ff' },
            filesize: 'grand',
          },
        ],
      },
      API,
    );
    expect(dataset.resources).toEqual([
      {
        id: 'r1',
        title: 'Exportations 2024',
        url: 'https://static.data.gouv.fr/resources/x/20250415-080000/regional_2024_export.zip',
        format: 'zip',
        lastModified: '2025-04-15T08:00:00',
        checksum: { type: 'sha1', value: 'ab12cd' },
        filesize: 1234,
      },
      {
        id: '',
        title: 'Sans somme',
        url: 'http://example.org/f.txt',
        format: '',
        lastModified: '2020-01-01',
        checksum: null,
        filesize: null,
      },
      {
        id: '',
        title: 'Somme inconnue',
        url: 'http://example.org/g.txt',
        format: '',
        lastModified: '',
        checksum: null,
        filesize: null,
      },
    ]);
    expect(dataset.page).toBe('https://www.data.gouv.fr/fr/datasets/x/');
  });

  it.each([
    [null, 'pas un objet JSON'],
    [[1, 2], 'pas un objet JSON'],
    [{ message: 'Not found' }, 'pas de liste « resources »'],
    [{ resources: [42] }, 'ressource n° 1 illisible'],
    [{ resources: [{ title: 'x', url: 'ftp://x/y' }] }, 'ressource n° 1 sans adresse'],
  ])('refuses %j with a French message', (json, why) => {
    expect(() => parseDataset(json, API)).toThrow(UserError);
    expect(() => parseDataset(json, API)).toThrow(`réponse inattendue de l'API data.gouv.fr (${why}) : ${API}`);
  });
});

describe('configuration', () => {
  it('defaults to data.gouv.fr and the two official datasets', () => {
    const config = resolveFetchConfig({}, {});
    expect(config).toMatchObject({
      apiBase: DEFAULT_API_BASE,
      dgddiDataset: DEFAULT_DGDDI_DATASET,
      tiDataset: DEFAULT_TI_DATASET,
    });
    expect(datasetApiUrl(config.apiBase, config.dgddiDataset)).toBe(
      'https://www.data.gouv.fr/api/1/datasets/statistiques-regionales-et-departementales-du-commerce-exterieur/',
    );
    expect(config.network.retries).toBe(3);
  });

  it('takes environment variables, and options before them', () => {
    const env = {
      TERRITRADE_DATAGOUV_API: 'https://miroir.example.org/',
      TERRITRADE_DGDDI_DATASET: 'jeu-dgddi',
      TERRITRADE_TI_DATASET: 'jeu-anct',
      TERRITRADE_FETCH_TIMEOUT: '5',
      TERRITRADE_FETCH_RETRY_DELAY_MS: '10',
    };
    expect(resolveFetchConfig({}, env)).toMatchObject({
      apiBase: 'https://miroir.example.org',
      dgddiDataset: 'jeu-dgddi',
      tiDataset: 'jeu-anct',
      network: { idleTimeoutMs: 5000, connectTimeoutMs: 5000, retryDelayMs: 10 },
    });
    expect(
      resolveFetchConfig({ api: 'http://127.0.0.1:8080', dataset: 'autre', timeoutSeconds: 120 }, env),
    ).toMatchObject({
      apiBase: 'http://127.0.0.1:8080',
      dgddiDataset: 'autre',
      tiDataset: 'jeu-anct',
      network: { idleTimeoutMs: 120_000, connectTimeoutMs: 15_000 },
    });
  });

  it('gives each download an overall deadline: 30 min, $TERRITRADE_FETCH_DEADLINE, then --deadline', () => {
    expect(resolveFetchConfig({}, {}).network.deadlineMs).toBe(1_800_000);
    expect(resolveFetchConfig({}, { TERRITRADE_FETCH_DEADLINE: '90' }).network.deadlineMs).toBe(90_000);
    expect(resolveFetchConfig({ deadlineSeconds: 5 }, { TERRITRADE_FETCH_DEADLINE: '90' }).network.deadlineMs).toBe(
      5_000,
    );
  });

  // Issue 25 point 25: 3000000 overflowed Node's timer and failed at once; 0 was accepted.
  it.each(['0', '3000000', '-5', '1.5', 'dix', '86401'])(
    'refuses TERRITRADE_FETCH_DEADLINE=%s as the option would',
    (value) => {
      expect(() => resolveFetchConfig({}, { TERRITRADE_FETCH_DEADLINE: value })).toThrow(
        new UserError(
          `la variable d'environnement TERRITRADE_FETCH_DEADLINE doit être un entier de secondes entre 1 et 86400 (reçu : « ${value} »).`,
        ),
      );
    },
  );

  it('refuses TERRITRADE_FETCH_TIMEOUT=0 as --timeout would, and takes 86400 for the deadline', () => {
    expect(() => resolveFetchConfig({}, { TERRITRADE_FETCH_TIMEOUT: '0' })).toThrow(UserError);
    expect(resolveFetchConfig({}, { TERRITRADE_FETCH_DEADLINE: '86400' }).network.deadlineMs).toBe(86_400_000);
  });

  it('escapes the dataset id in the API address', () => {
    expect(datasetApiUrl('http://h', 'a b/c')).toBe('http://h/api/1/datasets/a%20b%2Fc/');
  });
});
