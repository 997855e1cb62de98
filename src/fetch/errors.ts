// Network failures as typed errors, and their translation into one clear French message.
import { UserError } from '../errors.js';
import { NBSP, formatNumber } from '../format/fr.js';

/** The connection could not be made, was cut, or went silent. Worth retrying. */
export class NetworkError extends Error {
  constructor(
    readonly url: string,
    /** Node's error code (`ENOTFOUND`, `ECONNREFUSED`…) or `ETIMEDOUT_CONNECT` / `ETIMEDOUT_IDLE`. */
    readonly code: string,
    /** For timeouts: the limit that was exceeded, in milliseconds. */
    readonly timeoutMs?: number,
  ) {
    super(`${code} ${url}`);
    this.name = 'NetworkError';
  }
}

/** The server answered with an error status. */
export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`HTTP ${status} ${url}`);
    this.name = 'HttpStatusError';
  }
}

/** A redirect that must not be followed: a loop, too many hops, or a scheme other than HTTP(S). */
export class RedirectError extends Error {
  constructor(
    readonly kind: 'loop' | 'too-many' | 'scheme',
    /** The address that answered with the redirect (for too-many: the first one). */
    readonly from: string,
    /** Where it pointed. */
    readonly to: string,
    readonly maxRedirects = 0,
  ) {
    super(`redirect ${kind} ${from} -> ${to}`);
    this.name = 'RedirectError';
  }
}

/** The overall deadline of a download has passed: retrying would only take longer. */
export const DEADLINE_CODE = 'ETIMEDOUT_TOTAL';

/**
 * No network, or a name that does not resolve: asking again a second later gets the same answer
 * (it cost 22 s of retries before failing offline), so these are not retried. A refused
 * connection is: a server restarting refuses for a moment.
 */
const NO_ROUTE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH']);

/** Whether the error says the machine cannot reach the network or the name (not worth retrying). */
export function isOffline(err: unknown): boolean {
  return err instanceof NetworkError && NO_ROUTE_CODES.has(err.code);
}

/**
 * A connection refused by this machine itself (localhost, 127.x, ::1): nothing listens on that
 * port, and asking again a second later gets the same answer (a local mirror that was not
 * started, a mistyped --api port). A remote refusal stays retryable (a server restarting).
 */
export function isLocalRefusal(err: unknown): boolean {
  if (!(err instanceof NetworkError) || err.code !== 'ECONNREFUSED') return false;
  let host: string;
  try {
    host = new URL(err.url).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Network errors, server errors (5xx) and rate limiting (429) may pass; a 404 will not, nor no
 * network, nor a refusal from this machine.
 */
export function isRetryable(err: unknown): boolean {
  if (err instanceof NetworkError)
    return (
      err.code !== DEADLINE_CODE &&
      !isLocalRefusal(err) &&
      err.code !== 'EUNSUPPORTEDPROTOCOL' &&
      err.code !== 'EINVALIDURL' &&
      !NO_ROUTE_CODES.has(err.code)
    );
  if (err instanceof HttpStatusError) return err.status >= 500 || err.status === 429;
  return false;
}

const OFFLINE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
]);

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Wraps a low-level error code seen on a socket into a NetworkError; other errors pass through. */
export function asNetworkError(err: unknown, url: string): unknown {
  if (err instanceof NetworkError || err instanceof HttpStatusError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  // HPE_…: Node's HTTP parser refused the answer (a garbage status line, a bad Content-Length).
  if (typeof code === 'string' && /^(E|HPE_)[A-Z_]+$/.test(code)) return new NetworkError(url, code);
  if (err instanceof Error && /aborted|socket hang up/i.test(err.message)) return new NetworkError(url, 'ECONNRESET');
  return err;
}

/** `0,4 s`, `2 s`, `0,15 s`. */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  const text = formatNumber(seconds, Number.isInteger(seconds) ? 0 : 2)
    .replace(/(,\d*?)0+$/, '$1')
    .replace(/,$/, '');
  return `${text}${NBSP}s`;
}

/** One French sentence for a failed request; `attempts` > 1 is mentioned. */
export function describeFetchError(err: unknown, attempts = 1): string {
  const tried = attempts > 1 ? `${attempts} tentatives` : '';
  const details = (...parts: string[]) => parts.filter(Boolean).join(', ');
  if (err instanceof RedirectError) {
    if (err.kind === 'loop')
      return `boucle de redirections : ${err.from} renvoie vers ${err.to}, déjà visitée ; le serveur est mal configuré, réessayez plus tard.`;
    if (err.kind === 'too-many')
      return `trop de redirections (plus de ${err.maxRedirects}) à partir de ${err.from} ; le serveur est mal configuré, réessayez plus tard.`;
    return `redirection refusée vers ${err.to} (seules les adresses http:// et https:// sont suivies), demandée par ${err.from}`;
  }
  if (err instanceof HttpStatusError) {
    if (err.status === 404 || err.status === 410)
      return `fichier introuvable sur le serveur (HTTP ${err.status}) : ${err.url}`;
    if (err.status >= 500)
      return `le serveur a répondu par une erreur (${details(`HTTP ${err.status}`, tried)}) : ${err.url} ; réessayez plus tard.`;
    return `le serveur a refusé la demande (${details(`HTTP ${err.status}`, tried)}) : ${err.url}`;
  }
  if (err instanceof NetworkError) {
    const host = hostOf(err.url);
    if (isLocalRefusal(err))
      return `aucun serveur n'écoute à ${host} sur cette machine : démarrez-le ou corrigez l'adresse (${details(err.code, tried)})`;
    if (OFFLINE_CODES.has(err.code))
      return `impossible de joindre ${host} : êtes-vous connecté à Internet ? (${details(err.code, tried)})`;
    if (err.code === DEADLINE_CODE) {
      return `${host} n'a pas tout envoyé en ${formatSeconds(err.timeoutMs ?? 0)}, la limite d'une réponse ou d'un téléchargement : le serveur est trop lent. Réessayez plus tard ou allongez la limite avec --deadline (adresse : ${err.url}).`;
    }
    if (err.code.startsWith('HPE_'))
      return `${host} a envoyé une réponse qui n'est pas du HTTP valide (${details(err.code, tried)}) : le serveur est mal configuré ou ce n'est pas un serveur web ; réessayez plus tard (adresse : ${err.url}).`;
    if (err.code === 'EUNSUPPORTEDPROTOCOL' || err.code === 'EINVALIDURL')
      return `adresse invalide (http:// ou https:// attendu) : ${err.url}`;
    if (err.code === 'ETIMEDOUT_CONNECT' || err.code === 'ETIMEDOUT_IDLE') {
      const seconds = (err.timeoutMs ?? 0) / 1000;
      const delay = `${formatNumber(seconds, Number.isInteger(seconds) ? 0 : 2)}${NBSP}s`;
      const what =
        err.code === 'ETIMEDOUT_CONNECT' ? `connexion impossible en ${delay}` : `aucune donnée reçue en ${delay}`;
      return `${host} ne répond pas (${details(what, tried)}) : réessayez plus tard ou allongez le délai avec --timeout.`;
    }
    return `la connexion à ${host} a été interrompue (${details(err.code, tried)}) : ${err.url}`;
  }
  return err instanceof Error ? err.message : String(err);
}

/** The UserError to show for a failed request. */
export function fetchUserError(err: unknown, attempts = 1): UserError {
  if (err instanceof UserError) return err;
  // The network error stays as the cause: fetch tells « no network » from other failures by it.
  return Object.assign(new UserError(describeFetchError(err, attempts)), { cause: err });
}
