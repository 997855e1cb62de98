// GETs a small text answer (an API's JSON, a web page listing files) with the configured
// timeouts, overall deadline and retries; failures come out as the typed errors of errors.ts.
import type { NetworkOptions } from './config.js';
import { fetchUserError } from './errors.js';
import { openUrl, readBody } from './http.js';
import { RetriesExhausted, withRetries } from './retry.js';

const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export interface TextAnswer {
  text: string;
  contentType: string;
  /** The address after redirects (links of a page are relative to it). */
  url: string;
}

/** Throws the last error of the last attempt (RetriesExhausted is unwrapped). */
export async function getText(
  url: string,
  network: NetworkOptions,
  accept: string,
  log?: (line: string) => void,
): Promise<TextAnswer> {
  // The overall deadline covers API answers and pages too, retries included: a server dripping
  // its answer a byte at a time never idles, and would otherwise keep the command waiting.
  const deadline =
    network.deadlineMs !== undefined
      ? { deadlineAt: Date.now() + network.deadlineMs, deadlineMs: network.deadlineMs }
      : {};
  try {
    return await withRetries(
      async () => {
        const { response, url: final } = await openUrl(url, { network, headers: { accept }, ...deadline });
        const text = await readBody(response, final, MAX_TEXT_BYTES);
        return { text, contentType: String(response.headers['content-type'] ?? ''), url: final };
      },
      {
        ...network,
        onRetry: (err, attempt, delayMs) =>
          log?.(`Nouvel essai dans ${delayMs / 1000} s (échec n° ${attempt} : ${fetchUserError(err).message})`),
      },
    );
  } catch (err) {
    if (err instanceof RetriesExhausted) throw Object.assign(err.lastError as object, { attempts: err.attempts });
    throw err;
  }
}
