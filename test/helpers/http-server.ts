// A local HTTP server for network tests (127.0.0.1, port chosen by the system): routes serve
// bodies with Range support, and can fail, cut the connection or stay silent on purpose.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  /** Body to serve (200, or 206 for a Range request when ranges are on). */
  body?: Buffer | string;
  contentType?: string;
  /** Status to answer instead of the body; `statuses` gives one per request, then `status`. */
  status?: number;
  statuses?: number[];
  /** Honour `Range: bytes=N-` (default true). */
  ranges?: boolean;
  /** For the first `cutTimes` requests, send this many body bytes, then destroy the socket. */
  cutAfter?: number;
  cutTimes?: number;
  /** Never answer (the socket stays open until the server closes). */
  silent?: boolean;
  /** Redirect to another path of this server, or to any address (`file:///etc/passwd`). */
  redirect?: string;
  /** ETag sent with the body; by default a strong tag derived from the body, `null` for none. */
  etag?: string | null;
  /** Last-Modified sent with the body (an HTTP date), none by default. */
  lastModified?: string;
  /** Serve the Range even when If-Range does not match (a server that ignores If-Range). */
  ignoreIfRange?: boolean;
  /** Send the body one byte at a time, this many milliseconds apart. */
  trickleMs?: number;
}

export interface RecordedRequest {
  path: string;
  /** The query string, '' when none. */
  search: string;
  range?: string;
  ifRange?: string;
}

/** The ETag a route sends: its own, none, or one derived from the body. */
export function etagOf(route: Route, body: Buffer): string | null {
  if (route.etag !== undefined) return route.etag;
  return `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  routes: Map<string, Route>;
  requests: RecordedRequest[];
  /** How many requests a path received. */
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const served = new Map<string, number>();
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const parsedUrl = new URL(req.url ?? '/', 'http://x');
    const urlPath = decodeURIComponent(parsedUrl.pathname);
    const range = req.headers.range;
    const ifRangeHeader = req.headers['if-range'];
    const ifRange = typeof ifRangeHeader === 'string' ? ifRangeHeader : undefined;
    requests.push({
      path: urlPath,
      search: parsedUrl.search,
      ...(range ? { range } : {}),
      ...(ifRange ? { ifRange } : {}),
    });
    const count = (served.get(urlPath) ?? 0) + 1;
    served.set(urlPath, count);
    const route = table.get(urlPath);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.silent) return;
    if (route.redirect) {
      res.writeHead(302, { location: route.redirect }).end();
      return;
    }
    const status = route.statuses?.[count - 1] ?? route.status;
    if (status !== undefined && status !== 200) {
      res.writeHead(status, { 'content-type': 'text/plain' }).end(`status ${status}`);
      return;
    }
    const body = Buffer.isBuffer(route.body) ? route.body : Buffer.from(route.body ?? '');
    const etag = etagOf(route, body);
    const validators = {
      ...(etag ? { etag } : {}),
      ...(route.lastModified ? { 'last-modified': route.lastModified } : {}),
    };
    let start = 0;
    const m = /^bytes=(\d+)-$/.exec(range ?? '');
    // RFC 9110 If-Range: the range only if the validator still matches, else the whole body.
    const rangeValid =
      ifRange === undefined || route.ignoreIfRange === true || ifRange === etag || ifRange === route.lastModified;
    if (m && route.ranges !== false && rangeValid) {
      start = Number(m[1]);
      if (start >= body.length) {
        res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
        return;
      }
      res.writeHead(206, {
        'content-type': route.contentType ?? 'application/octet-stream',
        'content-length': String(body.length - start),
        'content-range': `bytes ${start}-${body.length - 1}/${body.length}`,
        'accept-ranges': 'bytes',
        ...validators,
      });
    } else {
      res.writeHead(200, {
        'content-type': route.contentType ?? 'application/octet-stream',
        'content-length': String(body.length),
        ...(route.ranges !== false ? { 'accept-ranges': 'bytes' } : {}),
        ...validators,
      });
    }
    const slice = body.subarray(start);
    if (route.trickleMs !== undefined) {
      let i = 0;
      const timer = setInterval(() => {
        if (i >= slice.length || res.destroyed) {
          clearInterval(timer);
          res.end();
          return;
        }
        res.write(slice.subarray(i, ++i));
      }, route.trickleMs);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (route.cutAfter !== undefined && count <= (route.cutTimes ?? 1)) {
      res.write(slice.subarray(0, route.cutAfter), () => {
        // Give the bytes time to leave before the reset.
        setTimeout(() => req.socket.destroy(), 20);
      });
      return;
    }
    res.end(slice);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes: table,
    requests,
    hits: (p) => served.get(p) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 with nothing listening (opened, then closed). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
