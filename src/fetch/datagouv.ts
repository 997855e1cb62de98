// The data.gouv.fr API client: one dataset's resources, checked field by field.
import { UserError } from '../errors.js';
import type { FetchConfig } from './config.js';
import { HttpStatusError, fetchUserError } from './errors.js';
import { openUrl, readBody } from './http.js';
import { RetriesExhausted, withRetries } from './retry.js';

export type ChecksumType = 'sha1' | 'sha256' | 'md5';

export interface Checksum {
  type: ChecksumType;
  value: string;
}

/** One downloadable file of a dataset, as the API describes it. */
export interface Resource {
  id: string;
  title: string;
  url: string;
  format: string;
  /** ISO 8601 date of the last change, '' when unknown. */
  lastModified: string;
  checksum: Checksum | null;
  /** Size in bytes, null when unknown. */
  filesize: number | null;
}

export interface Dataset {
  id: string;
  title: string;
  /** The page of the dataset, for messages. */
  page: string;
  resources: Resource[];
}

/** `{base}/api/1/datasets/{id}/`. */
export function datasetApiUrl(apiBase: string, dataset: string): string {
  return `${apiBase.replace(/\/+$/, '')}/api/1/datasets/${encodeURIComponent(dataset)}/`;
}

const CHECKSUM_TYPES = new Set<string>(['sha1', 'sha256', 'md5']);
const MAX_API_BYTES = 20 * 1024 * 1024;

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseChecksum(value: unknown): Checksum | null {
  if (value === null || typeof value !== 'object') return null;
  const type = asString((value as Record<string, unknown>)['type'])?.toLowerCase();
  const hex = asString((value as Record<string, unknown>)['value'])
    ?.trim()
    .toLowerCase();
  if (!type || !hex || !CHECKSUM_TYPES.has(type) || !/^[0-9a-f]+$/.test(hex)) return null;
  return { type: type as ChecksumType, value: hex };
}

/** Turns the API's JSON into a Dataset; throws a French UserError when its shape is unexpected. */
export function parseDataset(json: unknown, apiUrl: string): Dataset {
  const unexpected = (why: string) =>
    new UserError(`réponse inattendue de l'API data.gouv.fr (${why}) : ${apiUrl} ; vérifiez --api et --dataset.`);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw unexpected('pas un objet JSON');
  const obj = json as Record<string, unknown>;
  const list = obj['resources'];
  if (!Array.isArray(list)) throw unexpected('pas de liste « resources »');
  const resources: Resource[] = [];
  list.forEach((item, index) => {
    if (item === null || typeof item !== 'object') throw unexpected(`ressource n° ${index + 1} illisible`);
    const r = item as Record<string, unknown>;
    const url = asString(r['url']);
    if (!url || !/^https?:\/\//i.test(url)) throw unexpected(`ressource n° ${index + 1} sans adresse`);
    const filesize = r['filesize'];
    resources.push({
      id: asString(r['id']) ?? '',
      title: asString(r['title']) ?? '',
      url,
      format: (asString(r['format']) ?? '').toLowerCase(),
      lastModified: asString(r['last_modified']) ?? asString(r['created_at']) ?? '',
      checksum: parseChecksum(r['checksum']),
      filesize: typeof filesize === 'number' && Number.isFinite(filesize) && filesize >= 0 ? filesize : null,
    });
  });
  return {
    id: asString(obj['id']) ?? '',
    title: asString(obj['title']) ?? '',
    page: asString(obj['page']) ?? apiUrl,
    resources,
  };
}

/** GETs the dataset description, with the configured timeouts and retries. */
export async function fetchDataset(
  config: Pick<FetchConfig, 'apiBase' | 'network'>,
  dataset: string,
  log?: (line: string) => void,
): Promise<Dataset> {
  const apiUrl = datasetApiUrl(config.apiBase, dataset);
  let text: string;
  try {
    text = await withRetries(
      async () => {
        const { response, url } = await openUrl(apiUrl, {
          network: config.network,
          headers: { accept: 'application/json' },
        });
        return readBody(response, url, MAX_API_BYTES);
      },
      {
        ...config.network,
        onRetry: (err, attempt, delayMs) =>
          log?.(`Nouvel essai dans ${delayMs / 1000} s (échec n° ${attempt} : ${fetchUserError(err).message})`),
      },
    );
  } catch (err) {
    if (err instanceof RetriesExhausted) {
      const inner = err.lastError;
      if (inner instanceof HttpStatusError && inner.status === 404) {
        throw new UserError(
          `le jeu de données « ${dataset} » est introuvable sur ${config.apiBase} (HTTP 404) : ${apiUrl} ; vérifiez --dataset ou --api.`,
        );
      }
      throw fetchUserError(inner, err.attempts);
    }
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserError(
      `réponse inattendue de l'API data.gouv.fr (pas du JSON) : ${apiUrl} ; vérifiez --api et --dataset.`,
    );
  }
  return parseDataset(json, apiUrl);
}
