// A read-only static server for the built site, bound to 127.0.0.1: GET and HEAD only, no path
// leaving the folder (see resolve-path.ts), French error pages, text compressed with brotli or
// gzip when the client accepts it (compression.ts).
import { createReadStream } from 'node:fs';
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

/** The request handler for the folder `root` (absolute and real, see startSiteServer). */
export function siteHandler(root: string): http.RequestListener {
  return (req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      sendError(res, 405, false, { Allow: 'GET, HEAD' });
      return;
    }
    resolveRequest(root, req.url ?? '/').then(
      async (r) => {
        if (r.status === 301) {
          res.writeHead(301, { ...COMMON_HEADERS, Location: r.location, 'Content-Length': 0 });
          res.end();
          return;
        }
        if (r.status !== 200) {
          sendError(res, r.status, head);
          return;
        }
        const { size } = await fs.stat(r.file);
        const type = contentTypeOf(r.file);
        // Text is compressed when the client accepts it; Vary tells caches the answer depends on
        // Accept-Encoding. The length of a compressed body is not known beforehand (chunked).
        const compressible = isCompressible(type) && size > 0;
        const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : null;
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
        // pipeline, not pipe: when the client aborts, the file is closed too (pipe would keep
        // its descriptor open forever, one per aborted download).
        const sent = encoding
          ? pipeline(createReadStream(r.file), compressor(encoding), res)
          : pipeline(createReadStream(r.file), res);
        sent.catch(() => res.destroy());
      },
      () => {
        if (!res.headersSent) sendError(res, 404, head);
        else res.destroy();
      },
    );
  };
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
