// The static server of `territrade serve`: requests are sent raw (node:http keeps the path as
// written, unlike fetch/URL which would normalise '..' away before it reaches the server).
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import zlib from 'node:zlib';
import { chooseEncoding, isCompressible } from '../../src/serve/compression.js';
import { resolveRequest, requestSegments } from '../../src/serve/resolve-path.js';
import { startSiteServer, type RunningSite } from '../../src/serve/server.js';
import { tempDir } from '../helpers/temp-dir.js';

const SECRET = 'SECRET-HORS-DU-SITE';
/** A page like the site's: repetitive markup that compresses well. */
const BIG_PAGE = `<!DOCTYPE html><title>Grande page</title>${Array.from({ length: 2000 }, (_, i) => `<tr><td class="nombre">${i}</td><td>Département ${i % 101}</td></tr>`).join('\n')}`;
let base: string;
let root: string;
let site: RunningSite;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(target: string, method = 'GET'): Promise<Reply> {
  const { port } = new URL(site.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: Number(port), path: target, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** A request with the given headers; the body as bytes (compressed bodies are decoded by the test). */
function requestBytes(
  target: string,
  headers: Record<string, string>,
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const { port } = new URL(site.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: Number(port), path: target, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends a request line exactly as written (for targets node:http would refuse to send); the
 * socket is not half-closed, the server closes it after its reply (Connection: close). */
function rawRequest(line: string): Promise<string> {
  const { port } = new URL(site.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () =>
      socket.write(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    );
    let data = '';
    socket.on('data', (c) => (data += c.toString('utf8')));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

beforeAll(async () => {
  base = tempDir('territrade-serve-');
  root = path.join(base, 'out');
  fs.mkdirSync(path.join(root, 'departements'), { recursive: true });
  fs.mkdirSync(path.join(root, 'donnees'));
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(base, 'dehors'));
  fs.writeFileSync(path.join(base, 'dehors', 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(base, 'package.json'), SECRET);
  fs.writeFileSync(path.join(root, 'index.html'), '<!DOCTYPE html><title>Accueil</title>');
  fs.writeFileSync(path.join(root, 'grande.html'), BIG_PAGE);
  fs.writeFileSync(path.join(root, 'departements', '42-loire.html'), '<!DOCTYPE html><title>Loire</title>');
  fs.writeFileSync(path.join(root, 'departements', '42-loire.pdf'), '%PDF-1.7');
  fs.writeFileSync(path.join(root, 'donnees', '42-loire.json'), '{}');
  fs.writeFileSync(path.join(root, 'donnees', '42-loire-partenaires.csv'), '\uFEFFpays;valeur\n');
  // Larger than the socket buffers: the file is still being read when a client aborts.
  fs.writeFileSync(path.join(root, 'gros.pdf'), Buffer.alloc(4 * 1024 * 1024, 1));
  for (const f of ['carte.svg', 'image.png', 'style.css', 'script.js', 'police.woff2', 'inconnu.xyz', '.cache'])
    fs.writeFileSync(path.join(root, f), 'x');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'lien-secret.txt'));
  fs.symlinkSync(path.join(base, 'dehors'), path.join(root, 'lien-dossier'));
  fs.symlinkSync(path.join(root, 'departements', '42-loire.html'), path.join(root, 'lien-interne.html'));
  site = await startSiteServer(root, 0);
});

afterAll(async () => {
  await site.close();
  fs.rmSync(base, { recursive: true, force: true });
});

describe('territrade serve: compression', () => {
  it('chooses brotli, else gzip, else nothing, from Accept-Encoding and its q-values', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('BR')).toBe('br');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('gzip;q=0')).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding(['deflate', 'gzip'])).toBe('gzip');
    expect(isCompressible('text/html; charset=utf-8')).toBe(true);
    expect(isCompressible('text/csv; charset=utf-8')).toBe(true);
    expect(isCompressible('application/json; charset=utf-8')).toBe(true);
    expect(isCompressible('image/svg+xml')).toBe(true);
    expect(isCompressible('application/pdf')).toBe(false);
    expect(isCompressible('font/woff2')).toBe(false);
  });

  it('sends text compressed with brotli or gzip, with Content-Encoding and Vary, and the same bytes once decoded', async () => {
    const br = await requestBytes('/grande.html', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['content-length']).toBeUndefined();
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(zlib.brotliDecompressSync(br.body).toString('utf8')).toBe(BIG_PAGE);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(BIG_PAGE) / 5);

    const gzip = await requestBytes('/grande.html', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['vary']).toBe('Accept-Encoding');
    expect(zlib.gunzipSync(gzip.body).toString('utf8')).toBe(BIG_PAGE);

    const csv = await requestBytes('/donnees/42-loire-partenaires.csv', { 'Accept-Encoding': 'br' });
    expect(csv.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(csv.body).toString('utf8')).toBe('\uFEFFpays;valeur\n');
  });

  it('sends identity with its length when the client accepts no compression, still saying Vary', async () => {
    const plain = await requestBytes('/grande.html', { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(BIG_PAGE)));
    expect(plain.body.toString('utf8')).toBe(BIG_PAGE);
  });

  it('leaves PDF and fonts as they are (already compressed), without Vary', async () => {
    for (const target of ['/departements/42-loire.pdf', '/police.woff2', '/image.png']) {
      const r = await requestBytes(target, { 'Accept-Encoding': 'br, gzip' });
      expect(r.headers['content-encoding'], target).toBeUndefined();
      expect(r.headers['vary'], target).toBeUndefined();
      expect(r.headers['content-length'], target).toBe(String(r.body.length));
    }
  });

  it('answers HEAD with the headers of the compressed answer and no body', async () => {
    const head = await requestBytes('/grande.html', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
  });

  it('still refuses traversal when the client asks for compression', async () => {
    for (const target of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/lien-secret.txt',
      '/lien-dossier/secret.txt',
    ]) {
      for (const encoding of ['br', 'gzip']) {
        const r = await requestBytes(target, { 'Accept-Encoding': encoding });
        expect([403, 404], target).toContain(r.status);
        expect(r.headers['content-encoding'], target).toBeUndefined();
        expect(r.body.toString('latin1'), target).not.toContain(SECRET);
      }
    }
  });
});

describe('territrade serve: the server', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = site.server.address() as net.AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html for / and the files with their content types', async () => {
    const index = await request('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('Accueil');
    const expected: [string, string][] = [
      ['/index.html', 'text/html; charset=utf-8'],
      ['/departements/42-loire.html', 'text/html; charset=utf-8'],
      ['/departements/42-loire.pdf', 'application/pdf'],
      ['/donnees/42-loire.json', 'application/json; charset=utf-8'],
      ['/donnees/42-loire-partenaires.csv', 'text/csv; charset=utf-8'],
      ['/carte.svg', 'image/svg+xml'],
      ['/image.png', 'image/png'],
      ['/style.css', 'text/css; charset=utf-8'],
      ['/script.js', 'text/javascript; charset=utf-8'],
      ['/police.woff2', 'font/woff2'],
      ['/inconnu.xyz', 'application/octet-stream'],
    ];
    for (const [target, type] of expected) {
      const r = await request(target);
      expect(r.status, target).toBe(200);
      expect(r.headers['content-type'], target).toBe(type);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('decodes percent-encoded names and ignores the query string', async () => {
    expect((await request('/departements/42%2Dloire.html?x=1#y')).body).toContain('Loire');
  });

  it('follows a symbolic link that stays inside the folder', async () => {
    expect((await request('/lien-interne.html')).body).toContain('Loire');
  });

  it('never serves a file outside the folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/../package.json',
      '/departements/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/package.json',
      '/..%2fsecret.txt',
      '/..%2Fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/.%2e/secret.txt',
      '/%2e%2e%252fsecret.txt',
      `/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
      `/${path.join(base, 'secret.txt')}`,
      '//' + path.join(base, 'secret.txt').slice(1),
      '/lien-secret.txt',
      '/lien-dossier/secret.txt',
      '/lien-dossier/',
      '/index.html%00.txt',
      '/.cache',
      '/%E0%A4%A',
    ];
    for (const target of attempts) {
      const r = await request(target);
      expect([400, 403, 404], target).toContain(r.status);
      expect(r.body, target).not.toContain(SECRET);
    }
    for (const line of [
      `GET http://127.0.0.1${path.join(base, 'secret.txt')} HTTP/1.1`,
      'GET ../secret.txt HTTP/1.1',
      `GET ${path.join(base, 'secret.txt')} HTTP/1.1`,
    ]) {
      const reply = await rawRequest(line);
      expect(reply, line).toMatch(/^HTTP\/1\.1 (400|403|404) /);
      expect(reply, line).not.toContain(SECRET);
    }
  });

  it('refuses traversal with 403, not just 404', async () => {
    expect((await request('/../secret.txt')).status).toBe(403);
    expect((await request('/%2e%2e/secret.txt')).status).toBe(403);
    expect((await request('/..%2fsecret.txt')).status).toBe(403);
    expect((await request('/lien-secret.txt')).status).toBe(403);
  });

  it('is read-only: 405 for anything but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const r = await request('/index.html', method);
      expect(r.status, method).toBe(405);
      expect(r.headers['allow']).toBe('GET, HEAD');
      expect(r.body).toContain('Méthode non autorisée');
    }
    const head = await request('/departements/42-loire.pdf', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('8');
    expect(head.body).toBe('');
  });

  it('answers 404 with a French page, and redirects a folder to its trailing slash', async () => {
    const missing = await request('/departements/99-nulle-part.html');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.body).toContain('<html lang="fr">');
    expect(missing.body).toContain('Page introuvable');
    expect(missing.body).toContain('href="/"');
    const folder = await request('/departements');
    expect(folder.status).toBe(301);
    expect(folder.headers['location']).toBe('/departements/');
    expect((await request('/departements/')).status).toBe(404);
  });

  it('never redirects to a Location starting with // (open redirect)', async () => {
    for (const target of ['//donnees', '///donnees', '//departements', '/donnees//', '//donnees?x=1']) {
      const reply = await request(target);
      if (reply.status === 301) {
        expect(reply.headers['location']).toMatch(/^\/[^/\\]/);
        expect(reply.headers['location']).not.toMatch(/^\/\//);
      }
    }
    expect((await request('//donnees')).headers['location']).toBe('/donnees/');
  });

  it('closes the file of every download the client aborts (no descriptor leak)', async () => {
    const openFiles = () => fs.readdirSync('/proc/self/fd').length;
    const { port } = new URL(site.url);
    const abortOne = () =>
      new Promise<void>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port: Number(port), path: '/gros.pdf', agent: false }, (res) => {
          res.once('data', () => req.destroy());
        });
        req.on('close', () => resolve());
        req.on('error', (err: NodeJS.ErrnoException) =>
          err.code === 'ECONNRESET' || /aborted|socket hang up/.test(err.message) ? resolve() : reject(err),
        );
      });
    await abortOne();
    const before = openFiles();
    for (let i = 0; i < 500; i++) await abortOne();
    // The server notices each abort asynchronously: give it the time to close what it holds.
    let after = openFiles();
    for (let wait = 0; wait < 400 && after > before + 10; wait++) {
      await new Promise((r) => setTimeout(r, 50));
      after = openFiles();
    }
    expect(after).toBeLessThanOrEqual(before + 10);
  });

  it('says in French to build first when the folder does not exist', async () => {
    await expect(startSiteServer(path.join(base, 'absent'), 0)).rejects.toThrow(UserError);
    await expect(startSiteServer(path.join(base, 'absent'), 0)).rejects.toThrow(/lancez d’abord territrade build/);
    await expect(startSiteServer(path.join(base, 'secret.txt'), 0)).rejects.toThrow(/n’est pas un dossier/);
  });

  it('says in French when the port is taken', async () => {
    const { port } = new URL(site.url);
    await expect(startSiteServer(root, Number(port))).rejects.toThrow(/port \d+ est déjà utilisé/);
  });
});

describe('resolveRequest', () => {
  it('refuses dot segments, encoded separators and NUL bytes', () => {
    expect(requestSegments('/a/b.html')).toEqual(['a', 'b.html']);
    expect(requestSegments('/a//b/')).toEqual(['a', 'b']);
    for (const t of ['/../x', '/./x', '/%2e%2e/x', '/a%2fb', '/a%5cb', '/a%00', 'x', 'http://h/x', '/%zz', '/C:/x']) {
      expect(requestSegments(t), t).toBeNull();
    }
  });

  it('never resolves outside the folder, whatever the target (property)', async () => {
    const realRoot = fs.realpathSync(root);
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2e',
        '..%2f',
        '%2f',
        '%5c',
        'secret.txt',
        'package.json',
        'dehors',
        'lien-dossier',
        'lien-secret.txt',
        'departements',
        'index.html',
        '',
      ),
      fc.string({ maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 6 }), async (parts) => {
        const r = await resolveRequest(realRoot, '/' + parts.join('/'));
        if (r.status === 200) {
          expect(r.file.startsWith(realRoot + path.sep)).toBe(true);
          expect(fs.readFileSync(r.file, 'utf8')).not.toContain(SECRET);
        }
      }),
      { numRuns: 300 },
    );
  });
});
