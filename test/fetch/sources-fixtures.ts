// A small world of DGDDI publishers on one local server, imitating each source's answers:
// data.gouv.fr's API (organisation, dataset search), the legacy dataset (publish()), and a
// douane.gouv.fr open-data page listing the files. Built by the tests, nothing from outside.
import type { TestServer } from '../helpers/http-server.js';
import { DGDDI_SLUG, publish, resource, sha1, tradeZip, writeSources } from './fixtures.js';

export const ORG_SLUG = 'direction-generale-des-douanes-et-droits-indirects';
export const ORG_ID = '534fff8ea3a7292c64a77f1a';
export const ORG_PATH = `/api/1/organizations/${ORG_SLUG}/`;
export const SEARCH_PATH = '/api/1/datasets/';
export const PAGE_PATH = '/la-douane/opendata';

/** Serves `body` under `path` and returns its address. */
function file(server: TestServer, path: string, body: Buffer): string {
  server.routes.set(path, { body });
  return `${server.url}${path}`;
}

/**
 * data.gouv.fr: DGDDI's 2024 files published 04/2025 (the import file with a null checksum, as
 * some resources have), in a dataset found by searching the organisation, next to an unrelated
 * dataset of the same organisation. The search answer has the API's shape (data, page, total…).
 */
export function publishDatagouvSearch(server: TestServer): void {
  server.routes.set(ORG_PATH, {
    body: JSON.stringify({
      id: ORG_ID,
      slug: ORG_SLUG,
      name: 'Direction générale des douanes et droits indirects',
      page: `https://www.data.gouv.fr/fr/organizations/${ORG_SLUG}/`,
    }),
    contentType: 'application/json',
  });
  const e = tradeZip(2024, 'E');
  const i = tradeZip(2024, 'I');
  const dataset = {
    id: '6617a6b1c3a0f3d9a1b2c3d4',
    slug: 'statistiques-regionales-du-commerce-exterieur-2024',
    title: 'Statistiques régionales et départementales du commerce extérieur 2024',
    page: 'https://www.data.gouv.fr/fr/datasets/statistiques-regionales-du-commerce-exterieur-2024/',
    organization: { id: ORG_ID, slug: ORG_SLUG },
    resources: [
      resource({
        url: file(server, '/static/dgddi/202504_regional_2024_export.zip', e),
        title: '202504_regional_2024_export.zip',
        last_modified: '2025-04-10T08:00:00+00:00',
        checksum: { type: 'sha1', value: sha1(e) },
        filesize: e.length,
      }),
      resource({
        url: file(server, '/static/dgddi/202504_regional_2024_import.zip', i),
        title: '202504_regional_2024_import.zip',
        last_modified: '2025-04-10T08:00:00+00:00',
        checksum: null,
        filesize: i.length,
      }),
      resource({ url: `${server.url}/static/dgddi/notice.pdf`, title: 'Notice 2024', format: 'pdf' }),
    ],
  };
  const unrelated = {
    id: '6617a6b1c3a0f3d9a1b2c3d5',
    title: "Droits d'accises sur les alcools",
    page: 'https://www.data.gouv.fr/fr/datasets/droits-accises/',
    resources: [
      resource({ url: `${server.url}/static/dgddi/accises_2024.csv`, title: 'Accises 2024 export', format: 'csv' }),
    ],
  };
  server.routes.set(SEARCH_PATH, {
    body: JSON.stringify({
      data: [dataset, unrelated],
      page: 1,
      page_size: 100,
      total: 2,
      next_page: null,
      previous_page: null,
    }),
    contentType: 'application/json',
  });
}

/** douane.gouv.fr: an HTML page whose links include 2024 re-published in 07/2025, and noise. */
export function publishDouanePage(
  server: TestServer,
  files = [
    { name: '202507_regional_2024_export.zip', year: 2024, flow: 'E' as const },
    { name: '202507_regional_2024_import.zip', year: 2024, flow: 'I' as const },
  ],
): void {
  const links = files.map((f) => {
    file(server, `/sites/default/files/opendata/${f.name}`, tradeZip(f.year, f.flow, 3));
    return `<li><a href="/sites/default/files/opendata/${f.name}" class="file">${f.name}</a> (ZIP)</li>`;
  });
  server.routes.set(PAGE_PATH, {
    contentType: 'text/html; charset=utf-8',
    body: `<!DOCTYPE html><html lang="fr"><head><title>Données en libre accès | douane.gouv.fr</title></head><body>
<nav><a href="/">Accueil</a> <a href='mailto:opendata@douane.finances.gouv.fr'>Contact</a> <a href="javascript:void(0)">Menu</a></nav>
<h1>Statistiques du commerce extérieur régional</h1><ul>
${links.join('\n')}
<li><a href="/sites/default/files/opendata/Description-fichiers-regionaux.pdf">Description des fichiers</a></li>
<li><a href="/la-douane/opendata?page=1&amp;f%5B0%5D=theme%3A12">Page suivante</a></li>
</ul></body></html>`,
  });
}

/** The three kinds of sources, in the shipped order, all on `server` (or `pageUrl` for the page). */
export function allSources(dir: string, server: TestServer, pageUrl = `${server.url}${PAGE_PATH}`): string {
  return writeSources(dir, [
    {
      id: 'datagouv-dgddi',
      type: 'datagouv-search',
      label: 'data.gouv.fr, DGDDI',
      organization: ORG_SLUG,
      queries: ['commerce extérieur régional'],
      titlePattern: 'r[ée]gional',
    },
    { id: 'datagouv-historique', type: 'datagouv-dataset', label: 'data.gouv.fr, jeu historique', dataset: DGDDI_SLUG },
    { id: 'douane-opendata', type: 'html-page', label: 'douane.gouv.fr', url: pageUrl },
  ]);
}

export function publishAll(server: TestServer): void {
  publish(server);
  publishDatagouvSearch(server);
  publishDouanePage(server);
}
