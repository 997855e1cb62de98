// Looks for DGDDI's regional files in every configured source, in order. A source that is down
// or answers nonsense is reported, never fatal: the others still count.
import type { Flow } from '../model/trade.js';
import type { FetchConfig } from './config.js';
import { parseDataset, fetchDataset, type Checksum, type Resource } from './datagouv.js';
import { fetchUserError, isOffline } from './errors.js';
import { getText } from './get-text.js';
import { classifyResource, fileNameFromUrl, safeFileName } from './match.js';
import { matchFileName, plainName, type FilePattern, type Source, type SourcesConfig } from './sources.js';

/** One file a source offers. */
export interface Candidate {
  sourceId: string;
  url: string;
  fileName: string;
  year: number;
  flow: Flow;
  /** « annuel », « dernière publication »… (the pattern's kind), or « titre » when recognised by its title. */
  kind: string;
  /** Sortable publication key: `YYYY-MM` from the name's AAAAMM, else the publisher's date, else ''. */
  published: string;
  checksum: Checksum | null;
  filesize: number | null;
  lastModified: string;
}

export interface SourceReport {
  source: Source;
  /** The address consulted, for listings. */
  where: string;
  candidates: Candidate[];
  /** Why the source could not be read, or null. */
  error: string | null;
  /** The source could not be reached at all: no network, or its name does not resolve. */
  offline?: boolean;
}

const ORG_ID = /^[0-9a-f]{24}$/i;
const MAX_SEARCH_PAGES = 5;

function fromResource(sourceId: string, r: Resource, patterns: FilePattern[], byTitle: boolean): Candidate | null {
  const fileName = safeFileName(fileNameFromUrl(r.url));
  const named = fileName ? matchFileName(fileName, patterns) : null;
  const base = { sourceId, url: r.url, checksum: r.checksum, filesize: r.filesize, lastModified: r.lastModified };
  if (named)
    return {
      ...base,
      fileName,
      year: named.year,
      flow: named.flow,
      kind: named.kind,
      published: named.published ?? r.lastModified,
    };
  if (!byTitle) return null;
  // Older datasets name their files freely ("Statistiques régionales 2022 - Exportations").
  const found = classifyResource(r);
  return found
    ? {
        ...base,
        fileName: found.fileName,
        year: found.year,
        flow: found.flow,
        kind: 'titre',
        published: r.lastModified,
      }
    : null;
}

async function getJson(url: string, config: FetchConfig, log?: (line: string) => void): Promise<unknown> {
  const answer = await getText(url, config.network, 'application/json', log);
  try {
    return JSON.parse(answer.text);
  } catch {
    throw new Error(`réponse inattendue (pas du JSON) : ${url}`);
  }
}

/** A search's datasets, following `next_page` (a few pages at most: the DGDDI has few datasets). */
async function searchResults(first: string, config: FetchConfig, log?: (l: string) => void): Promise<unknown[]> {
  const items: unknown[] = [];
  let url: string | null = first;
  for (let n = 0; url && n < MAX_SEARCH_PAGES; n++) {
    const page = (await getJson(url, config, log)) as { data?: unknown; next_page?: unknown } | null;
    if (!page || !Array.isArray(page.data))
      throw new Error(`réponse inattendue de la recherche (pas de liste « data ») : ${url}`);
    items.push(...page.data);
    url = typeof page.next_page === 'string' && page.next_page !== url ? page.next_page : null;
  }
  return items;
}

async function searchDatagouv(
  source: Extract<Source, { type: 'datagouv-search' }>,
  sources: SourcesConfig,
  config: FetchConfig,
  log?: (l: string) => void,
) {
  const api = `${config.apiBase}/api/1`;
  let orgId = source.organization;
  if (!ORG_ID.test(orgId)) {
    const org = (await getJson(`${api}/organizations/${encodeURIComponent(orgId)}/`, config, log)) as {
      id?: unknown;
    } | null;
    if (!org || typeof org.id !== 'string')
      throw new Error(`organisation « ${source.organization} » sans identifiant dans la réponse de l'API`);
    orgId = org.id;
  }
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const q of source.queries) {
    const url = `${api}/datasets/?organization=${encodeURIComponent(orgId)}&q=${encodeURIComponent(q)}&page_size=100`;
    for (const item of await searchResults(url, config, log)) {
      const dataset = parseDataset(item, url);
      if (seen.has(dataset.id || dataset.page)) continue;
      seen.add(dataset.id || dataset.page);
      const titled = source.titlePattern?.test(plainName(dataset.title)) ?? false;
      for (const r of dataset.resources) {
        const c = fromResource(source.id, r, sources.patterns, titled);
        if (c) candidates.push(c);
      }
    }
  }
  return { where: `${api}/datasets/?organization=${orgId}`, candidates };
}

/** Every `href` of a page, resolved against it, decoded of the usual entities. */
export function pageLinks(html: string, base: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/&#0*39;/g, "'")
      .replace(/&quot;/g, '"');
    try {
      const url = new URL(raw, base);
      if (url.protocol === 'http:' || url.protocol === 'https:') links.push(url.toString());
    } catch {
      // Not an address: skipped.
    }
  }
  return links;
}

async function readPage(
  source: Extract<Source, { type: 'html-page' }>,
  sources: SourcesConfig,
  config: FetchConfig,
  log?: (l: string) => void,
) {
  const answer = await getText(source.url, config.network, 'text/html', log);
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const url of pageLinks(answer.text, answer.url)) {
    if (seen.has(url)) continue;
    seen.add(url);
    const fileName = safeFileName(fileNameFromUrl(url));
    const named = fileName ? matchFileName(fileName, sources.patterns) : null;
    if (!named) continue;
    candidates.push({
      sourceId: source.id,
      url,
      fileName,
      year: named.year,
      flow: named.flow,
      kind: named.kind,
      published: named.published ?? '',
      checksum: null,
      filesize: null,
      lastModified: '',
    });
  }
  return { where: source.url, candidates };
}

async function readSource(source: Source, sources: SourcesConfig, config: FetchConfig, log?: (l: string) => void) {
  switch (source.type) {
    case 'datagouv-search':
      return searchDatagouv(source, sources, config, log);
    case 'datagouv-dataset': {
      const dataset = await fetchDataset(config, source.dataset, log);
      const candidates = dataset.resources
        .map((r) => fromResource(source.id, r, sources.patterns, true))
        .filter((c): c is Candidate => c !== null);
      return { where: dataset.page, candidates };
    }
    case 'html-page':
      return readPage(source, sources, config, log);
  }
}

/** Consults every source in order; each report says what was found or why nothing was. */
export async function discover(
  sources: SourcesConfig,
  config: FetchConfig,
  log?: (line: string) => void,
): Promise<SourceReport[]> {
  const reports: SourceReport[] = [];
  for (const source of sources.sources) {
    try {
      const { where, candidates } = await readSource(source, sources, config, log);
      reports.push({ source, where, candidates, error: null });
    } catch (err) {
      const attempts = (err as { attempts?: number }).attempts ?? 1;
      const where =
        source.type === 'html-page'
          ? source.url
          : source.type === 'datagouv-dataset'
            ? source.dataset
            : source.organization;
      const offline = isOffline(err) || isOffline((err as { cause?: unknown }).cause);
      reports.push({ source, where, candidates: [], error: fetchUserError(err, attempts).message, offline });
    }
  }
  return reports;
}
