// A read-only static server for the built site, bound to 127.0.0.1: GET and HEAD only, no path
// leaving the folder (see resolve-path.ts), French error pages, text compressed with brotli or
// gzip when the client accepts it (compression.ts).
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../errors.js';
import { chooseEncoding, compressor, isCompressible } from './compression.js';
import { contentTypeOf } from './content-types.js';
import { resolveRequest } from './resolve-path.js';

export const SERVE_HOST = '127.0.0.1';

const MESSAGES: Record<number, { title: string; text: string }> = {
  400: { title: 'Requête invalide', text: 'L’adresse demandée n’est pas valide.' },
  403: { title: 'Accès refusé', text: 'Cette adresse sort du dossier du site : elle n’est pas servie.' },
  404: { title: 'Page introuvable', text: 'Aucun fichier du site ne correspond à cette adresse.' },
  405: {
    title: 'Méthode non autorisée',
    text: 'Ce serveur ne fait que lire le site : seules les méthodes GET et HEAD sont acceptées.',
  },
};

/** A small French error page linking back to the index. */
export function errorPage(status: number): string {
  const m = MESSAGES[status] ?? { title: 'Erreur', text: 'La requête n’a pas abouti.' };
  return (
    `<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>${m.title} (${status})</title>` +
    `<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2328}a{color:#1b4778}</style></head>\n` +
    `<body><h1>${m.title}</h1><p>${m.text}</p><p><a href="/">Retour à l’accueil du site</a></p></body>\n</html>\n`
  );
}

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };

function sendError(res: http.ServerResponse, status: number, head: boolean, extra: Record<string, string> = {}): void {
  const body = Buffer.from(errorPage(status), 'utf8');
  res.writeHead(status, {
    ...COMMON_HEADERS,
    ...extra,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
  });
  res.end(head ? undefined : body);
}

export interface HandlerOptions {
  /**
   * Compressed answers under way at once; beyond, files are sent as they are. Each keeps a
   * compressor (about 3 MB for a large text, see compression.ts) until its client has read it: clients that do not read cannot
   * drive the server's memory up one compressor each.
   */
  maxCompressed?: number;
}

/** Compressed answers under way at once, by default (see HandlerOptions). */
export const MAX_COMPRESSED = 8;

/**
 * Bytes read from a file at a time. An answer whose client does not read holds about two such
 * chunks (one waiting in the socket, one read ahead): 16 KiB rather than the default 64 KiB keeps
 * hundreds of them small.
 */
const READ_CHUNK = 16 * 1024;

/** The request handler for the folder `root` (absolute and real, see startSiteServer). */
export function siteHandler(root: string, options: HandlerOptions = {}): http.RequestListener {
  const slots = { used: 0, max: options.maxCompressed ?? MAX_COMPRESSED };
  return (req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      sendError(res, 405, false, { Allow: 'GET, HEAD' });
      return;
    }
    // Whatever fails (a file removed by a rebuild between two steps, an unreadable one), the
    // answer is an error page or a cut connection, never an unhandled rejection.
    answer(root, req, res, head, slots).catch(() => {
      if (!res.headersSent) sendError(res, 404, head);
      else res.destroy();
    });
  };
}

async function answer(
  root: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  head: boolean,
  slots: { used: number; max: number },
): Promise<void> {
  const r = await resolveRequest(root, req.url ?? '/');
  if (r.status === 301) {
    res.writeHead(301, { ...COMMON_HEADERS, Location: r.location, 'Content-Length': 0 });
    res.end();
    return;
  }
  if (r.status !== 200) {
    sendError(res, r.status, head);
    return;
  }
  // The file is opened once and read through that descriptor: a rebuild that removes or replaces
  // it from now on changes nothing to this answer (and before now, it is a 404).
  const file = await fs.open(r.file);
  try {
    const { size } = await file.stat();
    const type = contentTypeOf(r.file);
    // Text is compressed when the client accepts it and a slot is free; Vary tells caches the
    // answer depends on Accept-Encoding. A compressed body's length is not known beforehand.
    const compressible = isCompressible(type) && size > 0;
    const accepted = compressible ? chooseEncoding(req.headers['accept-encoding']) : null;
    const encoding = accepted && (head || slots.used < slots.max) ? accepted : null;
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': type,
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'Content-Encoding': encoding } : { 'Content-Length': size }),
    });
    if (head) {
      res.end();
      return;
    }
    // pipeline, not pipe: when the client aborts, the file is closed too (pipe would keep its
    // descriptor open forever, one per aborted download).
    if (encoding) slots.used++;
    // The head goes at once: a compressor may read much of the file before its first bytes.
    res.flushHeaders();
    const stream = file.createReadStream({ autoClose: false, highWaterMark: READ_CHUNK });
    const sent = encoding ? pipeline(stream, compressor(encoding, size), res) : pipeline(stream, res);
    await sent.finally(() => {
      if (encoding) slots.used--;
    });
  } finally {
    await file.close();
  }
}

export interface RunningSite {
  server: http.Server;
  /** 'http://127.0.0.1:8080/'. */
  url: string;
  root: string;
  close(): Promise<void>;
}

/** Starts serving `dir` on 127.0.0.1:`port` (0: any free port). French UserError when it cannot. */
export async function startSiteServer(dir: string, port: number): Promise<RunningSite> {
  let root: string;
  try {
    root = await fs.realpath(dir);
    if (!(await fs.stat(root)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new UserError(
      `le dossier « ${dir} » n’existe pas ou n’est pas un dossier : lancez d’abord territrade build.`,
    );
  }
  const server = http.createServer(siteHandler(root));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(new UserError(`le port ${port} est déjà utilisé : choisissez-en un autre avec --port.`));
      else if (err.code === 'EACCES')
        reject(new UserError(`le port ${port} n’est pas autorisé : choisissez un port au-dessus de 1024 avec --port.`));
      else reject(err);
    });
    server.listen(port, SERVE_HOST, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    root,
    url: `http://${SERVE_HOST}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
