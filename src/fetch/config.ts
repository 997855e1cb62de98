// Where fetch looks for the official files, and how patient it is. Every value can be
// overridden (option, then environment variable, then default) in case a publisher moves them.
import { UserError } from '../errors.js';
import { visibleText } from '../format/visible-text.js';

/** data.gouv.fr, whose API lists each dataset's resources. */
export const DEFAULT_API_BASE = 'https://www.data.gouv.fr';

/**
 * DGDDI's dataset "Statistiques régionales et départementales du commerce extérieur" on
 * data.gouv.fr (id 5369a0c7a3a729239d206446); the API accepts the slug or the id.
 */
export const DEFAULT_DGDDI_DATASET = 'statistiques-regionales-et-departementales-du-commerce-exterieur';

/** ANCT's dataset "Programme Territoires d'industrie" (id 5fc1472f114718d419e42f8a). */
export const DEFAULT_TI_DATASET = 'programme-territoires-dindustrie';

export const ENV_API = 'TERRITRADE_DATAGOUV_API';
export const ENV_DGDDI_DATASET = 'TERRITRADE_DGDDI_DATASET';
export const ENV_TI_DATASET = 'TERRITRADE_TI_DATASET';
/** Idle timeout in seconds (no byte received for that long). */
export const ENV_TIMEOUT = 'TERRITRADE_FETCH_TIMEOUT';
/** A sources file of the user's (see sources.ts). */
export const ENV_SOURCES = 'TERRITRADE_DGDDI_SOURCES';
/** Time allowed for one download, retries included, in seconds. */
export const ENV_DEADLINE = 'TERRITRADE_FETCH_DEADLINE';
/** First retry delay in milliseconds (doubled at each retry); mainly for tests. */
export const ENV_RETRY_DELAY = 'TERRITRADE_FETCH_RETRY_DELAY_MS';

export interface NetworkOptions {
  /** Milliseconds allowed to open the connection. */
  connectTimeoutMs: number;
  /** Milliseconds allowed without receiving any byte (headers or body). */
  idleTimeoutMs: number;
  /** Retries after the first attempt, on network errors and 5xx answers. */
  retries: number;
  /** Delay before the first retry; doubled at each following one. */
  retryDelayMs: number;
  /** Time allowed for a whole download, retries included (a server trickling bytes never idles). */
  deadlineMs?: number;
  /** Bytes a downloaded file may have at most (--max-size): an endless answer must not fill the disk. */
  maxBytes?: number;
}

export interface FetchConfig {
  apiBase: string;
  dgddiDataset: string;
  /** True when a dataset was named (--dataset, $TERRITRADE_DGDDI_DATASET): only it is consulted. */
  datasetOnly: boolean;
  /** The user's sources file (--sources, $TERRITRADE_DGDDI_SOURCES); the shipped one otherwise. */
  sourcesFile?: string;
  tiDataset: string;
  network: NetworkOptions;
}

export const DEFAULT_NETWORK: NetworkOptions = {
  connectTimeoutMs: 15_000,
  idleTimeoutMs: 60_000,
  retries: 3,
  retryDelayMs: 1_000,
  // 30 min: an annual file (about 30 MB) at 20 kB/s.
  deadlineMs: 1_800_000,
  // 1 Go: some thirty times an annual file, far below what fills a disk.
  maxBytes: 1_000_000_000,
};

export interface ConfigOverrides {
  api?: string;
  dataset?: string;
  tiDataset?: string;
  /** Idle timeout in seconds. */
  timeoutSeconds?: number;
  /** Overall deadline of one download in seconds. */
  deadlineSeconds?: number;
  /** Largest downloaded file, in Mo (10⁶ bytes). */
  maxSizeMb?: number;
  sources?: string;
}

function envValue(env: NodeJS.ProcessEnv, key: string): string | undefined {
  const value = env[key]?.trim();
  return value ? value : undefined;
}

function envNumber(env: NodeJS.ProcessEnv, key: string): number | undefined {
  const value = envValue(env, key);
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * A number of seconds from the environment, checked as its option is (an integer from `min` to
 * `max`): a bad value is refused in French rather than ignored or overflowing Node's timers.
 */
function envSeconds(env: NodeJS.ProcessEnv, key: string, min: number, max: number): number | undefined {
  const value = envValue(env, key);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new UserError(
      `la variable d'environnement ${key} doit être un entier de secondes entre ${min} et ${max} (reçu : « ${visibleText(value, 40)} »).`,
    );
  }
  return n;
}

/** Options win over environment variables, which win over the defaults. */
export function resolveFetchConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): FetchConfig {
  const apiBase = (overrides.api ?? envValue(env, ENV_API) ?? DEFAULT_API_BASE).replace(/\/+$/, '');
  const timeoutSeconds = overrides.timeoutSeconds ?? envSeconds(env, ENV_TIMEOUT, 1, 3600);
  const sourcesFile = overrides.sources ?? envValue(env, ENV_SOURCES);
  const idleTimeoutMs = timeoutSeconds !== undefined ? timeoutSeconds * 1000 : DEFAULT_NETWORK.idleTimeoutMs;
  return {
    apiBase,
    dgddiDataset: overrides.dataset ?? envValue(env, ENV_DGDDI_DATASET) ?? DEFAULT_DGDDI_DATASET,
    datasetOnly: (overrides.dataset ?? envValue(env, ENV_DGDDI_DATASET)) !== undefined,
    ...(sourcesFile !== undefined ? { sourcesFile } : {}),
    tiDataset: overrides.tiDataset ?? envValue(env, ENV_TI_DATASET) ?? DEFAULT_TI_DATASET,
    network: {
      ...DEFAULT_NETWORK,
      idleTimeoutMs,
      connectTimeoutMs: Math.min(DEFAULT_NETWORK.connectTimeoutMs, idleTimeoutMs),
      retryDelayMs: envNumber(env, ENV_RETRY_DELAY) ?? DEFAULT_NETWORK.retryDelayMs,
      deadlineMs:
        (overrides.deadlineSeconds ?? envSeconds(env, ENV_DEADLINE, 1, 86_400) ?? DEFAULT_NETWORK.deadlineMs! / 1000) *
        1000,
      maxBytes: overrides.maxSizeMb !== undefined ? overrides.maxSizeMb * 1_000_000 : DEFAULT_NETWORK.maxBytes,
    },
  };
}
