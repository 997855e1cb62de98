// One HTTP(S) GET with a connect timeout, an idle timeout and redirects, on Node's own http
// modules (the built-in fetch offers no idle timeout on the body without extra packages).
import http from 'node:http';
import https from 'node:https';
import { UserError } from '../errors.js';
import { DEADLINE_CODE, HttpStatusError, NetworkError, RedirectError, asNetworkError } from './errors.js';
import type { NetworkOptions } from './config.js';

export interface OpenOptions {
  headers?: Record<string, string>;
  network: Pick<NetworkOptions, 'connectTimeoutMs' | 'idleTimeoutMs'>;
  /** Statuses returned to the caller instead of thrown (e.g. 416 for a resumed download). */
  acceptStatuses?: number[];
  /** Epoch milliseconds after which the request, body included, is abandoned (DEADLINE_CODE). */
  deadlineAt?: number;
  /** The whole deadline in milliseconds, for the message. */
  deadlineMs?: number;
}

export interface OpenResponse {
  response: http.IncomingMessage;
  /** The URL after redirects. */
  url: string;
  status: number;
}

const MAX_REDIRECTS = 5;
const USER_AGENT = 'territrade (https://www.npmjs.com/package/territrade)';

/**
 * Sends a GET and resolves once the headers arrive. Non-2xx statuses (outside acceptStatuses)
 * reject with HttpStatusError; socket failures and timeouts reject with NetworkError. The idle
 * timeout keeps watching the body: a stalled stream errors with a NetworkError.
 */
export async function openUrl(url: string, options: OpenOptions): Promise<OpenResponse> {
  let current = url;
  const visited = new Set([url]);
  for (let hop = 0; ; hop++) {
    const opened = await requestOnce(current, options);
    const location = opened.response.headers.location;
    if (opened.status >= 300 && opened.status < 400 && location) {
      opened.response.resume();
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new RedirectError('scheme', current, location);
      }
      // Never followed: file://, data:, ftp://… (a server must not make us read local files).
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        throw new RedirectError('scheme', current, next.toString());
      if (visited.has(next.toString())) throw new RedirectError('loop', current, next.toString());
      if (hop >= MAX_REDIRECTS) throw new RedirectError('too-many', url, next.toString(), MAX_REDIRECTS);
      visited.add(next.toString());
      current = next.toString();
      continue;
    }
    if ((opened.status < 200 || opened.status >= 300) && !options.acceptStatuses?.includes(opened.status)) {
      opened.response.resume();
      throw new HttpStatusError(current, opened.status);
    }
    return opened;
  }
}

function requestOnce(url: string, options: OpenOptions): Promise<OpenResponse> {
  return new Promise((resolve, reject) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      reject(new NetworkError(url, 'EINVALIDURL'));
      return;
    }
    const client = parsed.protocol === 'https:' ? https : parsed.protocol === 'http:' ? http : null;
    if (!client) {
      reject(new NetworkError(url, 'EUNSUPPORTEDPROTOCOL'));
      return;
    }
    const { connectTimeoutMs, idleTimeoutMs } = options.network;
    let response: http.IncomingMessage | undefined;
    let settled = false;
    const fail = (err: unknown) => {
      const wrapped = asNetworkError(err, url);
      if (response) response.destroy(wrapped as Error);
      request.destroy();
      if (!settled) {
        settled = true;
        reject(wrapped);
      }
    };
    const request = client.get(parsed, {
      headers: { 'user-agent': USER_AGENT, 'accept-encoding': 'identity', ...options.headers },
      // One connection per request: a half-read pooled socket must never be reused.
      agent: false,
    });
    request.setTimeout(idleTimeoutMs, () => fail(new NetworkError(url, 'ETIMEDOUT_IDLE', idleTimeoutMs)));
    if (options.deadlineAt !== undefined) {
      // Runs on while the body streams: a server sending one byte every few seconds never idles.
      const deadline = setTimeout(
        () => fail(new NetworkError(url, DEADLINE_CODE, options.deadlineMs)),
        Math.max(0, options.deadlineAt - Date.now()),
      );
      request.once('close', () => {
        if (!response) clearTimeout(deadline);
      });
      request.once('response', (res: http.IncomingMessage) => res.once('close', () => clearTimeout(deadline)));
    }
    request.on('socket', (socket) => {
      if (!socket.connecting) return;
      const timer = setTimeout(
        () => fail(new NetworkError(url, 'ETIMEDOUT_CONNECT', connectTimeoutMs)),
        connectTimeoutMs,
      );
      socket.once('connect', () => clearTimeout(timer));
      socket.once('close', () => clearTimeout(timer));
    });
    request.on('error', fail);
    request.on('response', (res) => {
      response = res;
      // The body can still be cut: turn that into a NetworkError for the reader.
      res.on('aborted', () => res.destroy(new NetworkError(url, 'ECONNRESET')));
      settled = true;
      resolve({ response: res, url, status: res.statusCode ?? 0 });
    });
  });
}

/** Reads a whole (small) body as text, refusing more than maxBytes. */
export async function readBody(response: http.IncomingMessage, url: string, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        response.destroy();
        throw new UserError(`réponse trop volumineuse (plus de ${maxBytes} octets) : ${url}`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    throw asNetworkError(err, url);
  }
  return Buffer.concat(chunks).toString('utf8');
}
