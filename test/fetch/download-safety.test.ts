// fetch against servers that republish, lie or misbehave (issue 13, points 4 and 11): a .part is
// resumed only while the server's validator matches; web pages, redirect loops, redirects out of
// HTTP and endless trickles end with one clear French sentence, without pointless retries.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkOptions } from '../../src/fetch/config.js';
import { downloadFile, partPath } from '../../src/fetch/download.js';
import { fetchUserError } from '../../src/fetch/errors.js';
import { getText } from '../../src/fetch/get-text.js';
import { startServer, type TestServer } from '../helpers/http-server.js';
import { failure } from '../helpers/failure.js';
import { tempDir } from '../helpers/temp-dir.js';

const network: NetworkOptions = { connectTimeoutMs: 2000, idleTimeoutMs: 2000, retries: 3, retryDelayMs: 1 };

let dir: string;
let server: TestServer;

beforeEach(() => {
  dir = tempDir('territrade-download-safety-');
});

afterEach(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Two versions of a file with the same name and length: old lines, then new lines. */
const version = (n: number) =>
  Buffer.from(Array.from({ length: 3000 }, (_, i) => `E;1;2024;42;18;C29A;2910;DE;${n}${i};1\r\n`).join(''));
const v1 = version(1);
const v2 = version(2);

/** Leaves a .part of v1 (the connection cut after `bytes`), as an interrupted run would. */
async function interruptedV1(route: Record<string, unknown> = {}, bytes = 4000) {
  server = await startServer({ '/f.txt': { body: v1, cutAfter: bytes, etag: '"v1"', ...route } });
  await failure(
    downloadFile(
      { url: `${server.url}/f.txt`, destDir: dir, fileName: 'f.txt' },
      { network: { ...network, retries: 0 } },
    ),
  );
  // A reset may drop the last bytes in flight: what counts is that part of v1 is kept.
  const kept = fs.statSync(partPath(dir, 'f.txt')).size;
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThanOrEqual(bytes);
  return kept;
}

const target = () => fs.readFileSync(path.join(dir, 'f.txt'));

describe('resuming a .part (point 4)', () => {
  it('resumes with If-Range while the ETag is the same', async () => {
    const kept = await interruptedV1();
    const result = await downloadFile({ url: `${server.url}/f.txt`, destDir: dir, fileName: 'f.txt' }, { network });
    expect(result.resumed).toBe(true);
    expect(server.requests.at(-1)).toMatchObject({ range: `bytes=${kept}-`, ifRange: '"v1"' });
    expect(target().equals(v1)).toBe(true);
  });

  it('starts again when the file was republished under the same name (If-Range no longer matches)', async () => {
    await interruptedV1();
    server.routes.set('/f.txt', { body: v2, etag: '"v2"' });
    const result = await downloadFile({ url: `${server.url}/f.txt`, destDir: dir, fileName: 'f.txt' }, { network });
    expect(result.resumed).toBe(false);
    expect(server.requests.at(-1)!.ifRange).toBe('"v1"');
    expect(target().equals(v2)).toBe(true);
  });

  it('does not append another version’s bytes when the server ignores If-Range', async () => {
    await interruptedV1();
    server.routes.set('/f.txt', { body: v2, etag: '"v2"', ignoreIfRange: true });
    const result = await downloadFile({ url: `${server.url}/f.txt`, destDir: dir, fileName: 'f.txt' }, { network });
    expect(result.resumed).toBe(false);
    expect(target().equals(v2)).toBe(true);
  });

  it('uses Last-Modified when there is no ETag, and restarts when it changed', async () => {
    await interruptedV1({ etag: null, lastModified: 'Mon, 14 Apr 2025 08:00:00 GMT' });
    server.routes.set('/f.txt', { body: v2, etag: null, lastModified: 'Tue, 02 Sep 2025 08:00:00 GMT' });
    await downloadFile({ url: `${server.url}/f.txt`, destDir: dir, fileName: 'f.txt' }, { network });
    expect(server.requests.at(-1)!.ifRange).toBe('Mon, 14 Apr 2025 08:00:00 GMT');
    expect(target().equals(v2)).toBe(true);
  });

  it('never resumes a .part whose validator is unknown (left by another tool, or no validator sent)', async () => {
    server = await startServer({ '/f.txt': { body: v2 } });
    fs.writeFileSync(partPath(dir, 'f.txt'), v1.subarray(0, 4000));
    const result = await downloadFile({ url: `${server.url}/f.txt`, destDir: dir, fileName: 'f.txt' }, { network });
    expect(result.resumed).toBe(false);
    expect(server.requests[0]!.range).toBeUndefined();
    expect(target().equals(v2)).toBe(true);

    await interruptedV1({ etag: null });
    server.routes.set('/f.txt', { body: v2, etag: null });
    await downloadFile({ url: `${server.url}/f.txt`, destDir: dir, fileName: 'f.txt' }, { network });
    expect(server.requests.at(-1)!.range).toBeUndefined();
    expect(target().equals(v2)).toBe(true);
  });

  it('leaves no .part nor validator behind once done', async () => {
    await interruptedV1();
    await downloadFile({ url: `${server.url}/f.txt`, destDir: dir, fileName: 'f.txt' }, { network });
    expect(fs.readdirSync(dir)).toEqual(['f.txt']);
  });
});

describe('servers that do not send data (point 11)', () => {
  const page =
    '<!DOCTYPE html>\n<html lang="fr"><head><title>Maintenance</title></head><body>Service indisponible</body></html>\n';

  it('says the server sent a web page (status 200, text/html), once, and keeps nothing', async () => {
    server = await startServer({ '/f.zip': { body: page, contentType: 'text/html; charset=utf-8' } });
    const message = await failure(
      downloadFile({ url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip' }, { network }),
    );
    expect(message).toBe(
      `le serveur a renvoyé une page web, pas des données : ${server.url}/f.zip (f.zip). L'adresse a peut-être changé : ouvrez-la dans un navigateur.`,
    );
    expect(server.hits('/f.zip')).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('recognises a web page served as binary data', async () => {
    server = await startServer({ '/f.zip': { body: `\uFEFF  ${page.replace('<!DOCTYPE html>', '<!doctype HTML>')}` } });
    const message = await failure(
      downloadFile({ url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip' }, { network }),
    );
    expect(message).toMatch(/^le serveur a renvoyé une page web, pas des données/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reports a redirect loop as such, without retrying', async () => {
    server = await startServer({ '/a': { redirect: '/b' }, '/b': { redirect: '/a' } });
    const message = await failure(
      downloadFile({ url: `${server.url}/a`, destDir: dir, fileName: 'f.zip' }, { network }),
    );
    expect(message).toBe(
      `boucle de redirections : ${server.url}/b renvoie vers ${server.url}/a, déjà visitée ; le serveur est mal configuré, réessayez plus tard.`,
    );
    expect(message).not.toMatch(/310/);
    expect(server.hits('/a')).toBe(1);
  });

  it('gives up after too many redirects, naming the start', async () => {
    const routes: Record<string, { redirect: string }> = {};
    for (let i = 0; i < 8; i++) routes[`/r${i}`] = { redirect: `/r${i + 1}` };
    server = await startServer(routes);
    const message = await failure(
      downloadFile({ url: `${server.url}/r0`, destDir: dir, fileName: 'f.zip' }, { network }),
    );
    expect(message).toBe(
      `trop de redirections (plus de 5) à partir de ${server.url}/r0 ; le serveur est mal configuré, réessayez plus tard.`,
    );
    expect(server.hits('/r0')).toBe(1);
  });

  it('refuses a redirect out of HTTP once, naming the address', async () => {
    server = await startServer({ '/f.zip': { redirect: 'file:///etc/passwd' } });
    const message = await failure(
      downloadFile({ url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip' }, { network }),
    );
    expect(message).toBe(
      `redirection refusée vers file:///etc/passwd (seules les adresses http:// et https:// sont suivies), demandée par ${server.url}/f.zip`,
    );
    expect(server.hits('/f.zip')).toBe(1);
  });

  it('refuses a file whose announced length passes --max-size, before writing it (issue 25 point 20)', async () => {
    server = await startServer({ '/f.zip': { body: Buffer.alloc(5000, 1) } });
    const message = await failure(
      downloadFile(
        { url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip' },
        { network: { ...network, maxBytes: 1000 } },
      ),
    );
    expect(message).toMatch(
      /^f\.zip dépasse la taille maximale d'un téléchargement \(1,0 ko\) : le serveur annonce 5,0 ko\. Le fichier partiel a été supprimé\. Si ce fichier est attendu, relevez la limite avec --max-size/,
    );
    expect(server.hits('/f.zip')).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('stops an endless answer at --max-size and removes what it wrote (issue 25 point 20)', async () => {
    // No length announced, and no end: 64 Kio after 64 Kio until the client leaves.
    let hits = 0;
    const endless = http.createServer((_, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'application/zip' });
      const chunk = Buffer.alloc(65536, 7);
      const more = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', more);
      };
      more();
    });
    await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(endless.address() as AddressInfo).port}/f.zip`;
    try {
      const message = await failure(
        downloadFile({ url, destDir: dir, fileName: 'f.zip' }, { network: { ...network, maxBytes: 1_000_000 } }),
      );
      expect(message).toContain(
        "f.zip dépasse la taille maximale d'un téléchargement (1,0 Mo) : le serveur envoie davantage.",
      );
      expect(hits).toBe(1);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      endless.closeAllConnections();
      await new Promise((resolve) => endless.close(resolve));
    }
  });

  it('gives up an API answer that trickles past the overall deadline, without retrying (issue 25 point 21)', async () => {
    const listing = Buffer.from(JSON.stringify({ title: 'x'.repeat(2000) }));
    server = await startServer({ '/api/': { body: listing, trickleMs: 20, contentType: 'application/json' } });
    const err = await getText(
      `${server.url}/api/`,
      { ...network, idleTimeoutMs: 1000, deadlineMs: 400 },
      'application/json',
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(fetchUserError(err).message).toMatch(
      /^127\.0\.0\.1:\d+ n.a pas tout envoyé en 0,4\ss, la limite d.une réponse ou d.un téléchargement/,
    );
    expect(server.hits('/api/')).toBe(1);
  });

  it('gives up a download that trickles past the overall deadline', async () => {
    server = await startServer({ '/f.zip': { body: Buffer.alloc(1000, 1), trickleMs: 20 } });
    const message = await failure(
      downloadFile(
        { url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip' },
        { network: { ...network, idleTimeoutMs: 1000, deadlineMs: 400 } },
      ),
    );
    expect(message).toMatch(
      /^le téléchargement de f\.zip n.est pas terminé après 0,4 s \([\d ]+ octets reçus\) : le serveur est trop lent\. Réessayez plus tard ou allongez la limite avec --deadline \(adresse : http:\/\/127\.0\.0\.1:\d+\/f\.zip\)\.$/,
    );
    expect(server.hits('/f.zip')).toBe(1);
  });
});
