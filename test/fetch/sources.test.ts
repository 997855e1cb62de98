// fetch's sources (issue 11): several places consulted in order, the newest year taken, the
// newest publication winning within a year; a source down, a source with only old years and
// a null checksum, all against local servers imitating each source.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseYear } from '../../src/fetch/choose.js';
import type { Candidate, SourceReport } from '../../src/fetch/discover.js';
import { pageLinks } from '../../src/fetch/discover.js';
import { runFetch } from '../../src/pipeline/fetch.js';
import { loadSources, matchFileName, parseSources } from '../../src/fetch/sources.js';
import { storedYears } from '../../src/store/queries.js';
import { withStore } from '../../src/store/store.js';
import { UserError } from '../../src/errors.js';
import { plainSpaces } from '../../src/format/fr.js';
import { useFetchFixture } from '../helpers/fetch-run.js';
import { closedPort } from '../helpers/http-server.js';
import { legacyOnly, writeSources } from './fixtures.js';
import { ORG_ID, ORG_PATH, PAGE_PATH, SEARCH_PATH, allSources, publishAll } from './sources-fixtures.js';

const NOW = new Date('2026-11-27T12:00:00Z');

const fx = useFetchFixture({ prefix: 'territrade-sources-', publish: publishAll, retries: 1, now: NOW });
const options = fx.options;

/** Sum of the values imported for 2024: tells which publication was imported (scale 1 or 3). */
async function exports2024(storePath: string): Promise<number> {
  return withStore(
    storePath,
    async (store) =>
      Number((await store.all("SELECT sum(value_eur) AS v FROM trade WHERE year = 2024 AND flow = 'E'"))[0]!['v']),
    { readOnly: true },
  );
}

describe('the sources file', () => {
  it('ships three kinds of sources and the DGDDI file-name patterns', () => {
    const shipped = loadSources();
    expect(shipped.sources.map((s) => s.type)).toEqual(['datagouv-search', 'datagouv-dataset', 'html-page']);
    expect(matchFileName('202504_regional_2024_export.zip', shipped.patterns)).toEqual({
      kind: 'annuel',
      year: 2024,
      flow: 'E',
      published: '2025-04',
    });
    expect(matchFileName('202604_REGIONAL_2025_IMPORT.ZIP', shipped.patterns)).toMatchObject({ year: 2025, flow: 'I' });
    expect(matchFileName('202510_regional_derniere_publication_export.zip', shipped.patterns)).toMatchObject({
      kind: 'dernière publication',
      year: 2025,
      flow: 'E',
    });
    for (const other of [
      'Libelle_PAYS.txt',
      'regional_2024_export.pdf',
      '2025_regional_2024_export.zip',
      'x202504_regional_2024_export.zip',
    ]) {
      expect(matchFileName(other, shipped.patterns)).toBeNull();
    }
  });

  it('refuses a broken sources file in French, naming the problem', () => {
    const bad = (json: unknown) => () => parseSources(json, 'mes-sources.json');
    expect(
      bad({ filePatterns: [{ kind: 'a', pattern: '(' }], sources: [{ id: 'x', type: 'html-page', url: 'http://h/' }] }),
    ).toThrow(/mes-sources\.json.*motif n° 1 n'est pas une expression régulière valide/);
    expect(bad({ filePatterns: [{ kind: 'a', pattern: 'x' }], sources: [{ id: 'x', type: 'ftp' }] })).toThrow(
      /type inconnu pour la source x/,
    );
    expect(
      bad({
        filePatterns: [{ kind: 'a', pattern: 'x' }],
        sources: [{ id: 'x', type: 'html-page', url: 'file:///etc' }],
      }),
    ).toThrow(UserError);
    const file = path.join(fx.dir, 'casse.json');
    fs.writeFileSync(file, '{ pas du json');
    expect(() => loadSources(file)).toThrow(/fichier des sources de fetch invalide \(.*casse\.json\) : JSON invalide/);
  });

  it('reads the links of a page, relative or not, without entities or other schemes', () => {
    const html = `<a href="/f/a.zip">a</a><a href='b.zip'>b</a><a href=c.zip>c</a><a href="mailto:x@y">m</a><a href="/p?a=1&amp;b=2">p</a>`;
    expect(pageLinks(html, 'http://h/dir/page')).toEqual([
      'http://h/f/a.zip',
      'http://h/dir/b.zip',
      'http://h/dir/c.zip',
      'http://h/p?a=1&b=2',
    ]);
  });
});

describe('choosing among sources', () => {
  const candidate = (sourceId: string, year: number, flow: 'E' | 'I', published: string): Candidate => ({
    sourceId,
    url: `http://h/${sourceId}/${year}${flow}`,
    fileName: `${year}${flow}`,
    year,
    flow,
    kind: 'annuel',
    published,
    checksum: null,
    filesize: null,
    lastModified: '',
  });
  const report = (id: string, candidates: Candidate[]): SourceReport => ({
    source: { id, type: 'html-page', label: id, url: 'http://h/' },
    where: 'http://h/',
    candidates,
    error: null,
  });

  it('takes the newest publication of a year whatever the source; a tie goes to the first source', () => {
    const reports = [
      report('a', [candidate('a', 2024, 'E', '2025-04'), candidate('a', 2024, 'I', '2025-07')]),
      report('b', [
        candidate('b', 2024, 'E', '2025-07'),
        candidate('b', 2024, 'I', '2025-07'),
        candidate('b', 2023, 'E', '2024-04'),
      ]),
    ];
    const choice = chooseYear(reports);
    expect(choice.ok && choice.files.map((f) => f.sourceId)).toEqual(['b', 'a']);
    expect(choice.complete).toEqual([2024]);
    expect(chooseYear(reports, 2023)).toEqual({ ok: false, year: 2023, complete: [2024], partial: 'E' });
  });
});

describe('runFetch over several sources', () => {
  it('takes the newest year, each file from its newest publication, and imports it', async () => {
    const result = await runFetch(options(allSources(fx.dir, fx.server)));
    expect(result.year).toBe(2024);
    // The page re-published 2024 in 07/2025, after data.gouv.fr's 04/2025 files.
    expect(result.downloads.slice(0, 2).map((d) => path.basename(d.path))).toEqual([
      '202507_regional_2024_export.zip',
      '202507_regional_2024_import.zip',
    ]);
    expect(await exports2024(options('').storePath)).toBe((406473 * 3 + 120000 * 3 + 98765 * 3) * 4 + 3 * 10);
    expect(result.warnings).toEqual([]);
    // data.gouv.fr was searched within the organisation, by its id.
    expect(fx.server.hits(ORG_PATH)).toBe(1);
    const search = fx.server.requests.find((r) => r.path === SEARCH_PATH)!;
    expect(new URLSearchParams(search.search).get('organization')).toBe(ORG_ID);
    expect(new URLSearchParams(search.search).get('q')).toBe('commerce extérieur régional');
  });

  it('follows the pages of a data.gouv.fr search', async () => {
    const first = JSON.parse(fx.server.routes.get(SEARCH_PATH)!.body as string);
    fx.server.routes.set(SEARCH_PATH, {
      body: JSON.stringify({ ...first, data: [], total: 2, next_page: `${fx.server.url}/api/1/datasets/page-2/` }),
      contentType: 'application/json',
    });
    fx.server.routes.set('/api/1/datasets/page-2/', {
      body: JSON.stringify({ ...first, page: 2, next_page: null }),
      contentType: 'application/json',
    });
    const port = await closedPort();
    const result = await runFetch(
      options(allSources(fx.dir, fx.server, `http://127.0.0.1:${port}/`), { import: false }),
    );
    expect(result.downloads.slice(0, 2).map((d) => path.basename(d.path))).toEqual([
      '202504_regional_2024_export.zip',
      '202504_regional_2024_import.zip',
    ]);
    expect(fx.server.hits('/api/1/datasets/page-2/')).toBe(1);
  });

  it('goes on without a source that is down, and downloads a file whose checksum is null', async () => {
    const port = await closedPort();
    const result = await runFetch(options(allSources(fx.dir, fx.server, `http://127.0.0.1:${port}${PAGE_PATH}`)));
    expect(
      fx.log.some((l) =>
        l.startsWith(
          "Attention : source douane.gouv.fr injoignable ou illisible, ignorée (aucun serveur n'écoute à 127.0.0.1:",
        ),
      ),
    ).toBe(true);
    expect(result.year).toBe(2024);
    // data.gouv.fr's 04/2025 files, the import one published without checksum.
    expect(result.downloads.slice(0, 2).map((d) => path.basename(d.path))).toEqual([
      '202504_regional_2024_export.zip',
      '202504_regional_2024_import.zip',
    ]);
    await withStore(options('').storePath, async (store) => expect(await storedYears(store)).toEqual([2024]), {
      readOnly: true,
    });
    expect(await exports2024(options('').storePath)).toBe((406473 + 120000 + 98765) * 4 + 3 * 10);
  });

  it('says plainly, before downloading, that the newest year found is old, and how to get newer files', async () => {
    const result = await runFetch(options(legacyOnly(fx.dir)));
    expect(result.year).toBe(2023);
    const warning = fx.log.findIndex((l) =>
      l.startsWith("Attention : l'année la plus récente trouvée est 2023, vieille de 3 ans."),
    );
    const firstDownload = fx.log.findIndex((l) => l.startsWith('Téléchargement') || l.startsWith('Année 2023'));
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(warning).toBeLessThan(firstDownload);
    expect(fx.log.join('\n')).toContain(
      'territrade import AAAAMM_regional_AAAA_export.zip AAAAMM_regional_AAAA_import.zip',
    );
    expect(fx.log.join('\n')).toContain('territrade fetch --url ADRESSE_EXPORT ADRESSE_IMPORT');
    expect(result.warnings).toHaveLength(1);
    // --list says it too, after the files.
    fx.out = [];
    await runFetch(options(legacyOnly(fx.dir), { list: true }));
    expect(fx.out.at(-1)).toBe('ou donnez leurs adresses : territrade fetch --url ADRESSE_EXPORT ADRESSE_IMPORT');
    expect(fx.out).toContain(
      "Attention : l'année la plus récente trouvée est 2023, vieille de 3 ans. Les sources consultées n'ont pas de fichier plus récent, ou leurs adresses ont changé (voir territrade fetch --list).",
    );
    // Asking for that year on purpose is no surprise: no warning.
    fx.log = [];
    await runFetch(options(legacyOnly(fx.dir), { year: 2022, import: false }));
    expect(fx.log.join('\n')).not.toContain('vieille de');
  });

  it('--list shows, per source, the years and files found, the choice, and a source that is down', async () => {
    const port = await closedPort();
    const sources = writeSources(
      fx.dir,
      [
        ...JSON.parse(fs.readFileSync(allSources(fx.dir, fx.server), 'utf8')).sources,
        { id: 'miroir', type: 'html-page', label: 'miroir en panne', url: `http://127.0.0.1:${port}/` },
      ],
      'avec-panne.json',
    );
    await runFetch(options(sources, { list: true }));
    expect(fx.out[0]).toBe(
      `data.gouv.fr, DGDDI : années 2024 (${fx.server.url}/api/1/datasets/?organization=${ORG_ID})`,
    );
    expect(fx.out[1]).toMatch(
      /^ {2}2024 {2}exportations {2}202504_regional_2024_export\.zip \(annuel, publié 04\/2025, [\d,]+ k?o\)$/,
    );
    expect(fx.out[2]).toMatch(
      /^ {2}2024 {2}importations {2}202504_regional_2024_import\.zip \(annuel, publié 04\/2025, [\d,]+ k?o\)$/,
    );
    expect(fx.out[3]).toMatch(/^data\.gouv\.fr, jeu historique : années 2022, 2023 et 2024 \(/);
    expect(fx.out).toContain(`douane.gouv.fr : années 2024 (${fx.server.url}${PAGE_PATH})`);
    expect(fx.out).toContain('  2024  exportations  202507_regional_2024_export.zip (annuel, publié 07/2025)');
    expect(
      fx.out.some((l) =>
        /^miroir en panne : injoignable ou illisible \(aucun serveur n'écoute à 127\.0\.0\.1:\d+/.test(l),
      ),
    ).toBe(true);
    expect(fx.out.at(-1)).toBe(
      'Année retenue : 2024 (exportations : 202507_regional_2024_export.zip, source douane-opendata ; importations : 202507_regional_2024_import.zip, source douane-opendata)',
    );
    expect(fs.existsSync(path.join(fx.dir, 'raw'))).toBe(false);
  });

  it('fails with every source’s reason when none can be read', async () => {
    const port = await closedPort();
    const sources = writeSources(
      fx.dir,
      [
        { id: 'a', type: 'html-page', label: 'page A', url: `http://127.0.0.1:${port}/a` },
        { id: 'b', type: 'datagouv-dataset', label: 'jeu B', dataset: 'jeu-disparu' },
      ],
      'aucune.json',
    );
    const err = await runFetch(options(sources)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect(plainSpaces((err as Error).message)).toMatch(
      /^aucune source n'a pu être consultée : page A \(aucun serveur n'écoute à 127\.0\.0\.1:\d+ .*\) ; jeu B \(le jeu de données « jeu-disparu » est introuvable/,
    );
  });
});
