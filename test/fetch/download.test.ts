import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkOptions } from '../../src/fetch/config.js';
import { downloadFile, partPath } from '../../src/fetch/download.js';
import { downloadLines } from '../../src/fetch/download-progress.js';
import { isRetryable, NetworkError } from '../../src/fetch/errors.js';
import { plainSpaces } from '../../src/format/fr.js';
import { closedPort, etagOf, startServer, type TestServer } from '../helpers/http-server.js';
import { writeValidator } from '../../src/fetch/validator.js';
import { sha1, tradeZip } from './fixtures.js';
import { failure } from '../helpers/failure.js';
import { tempDir } from '../helpers/temp-dir.js';

const network: NetworkOptions = { connectTimeoutMs: 2000, idleTimeoutMs: 2000, retries: 3, retryDelayMs: 1 };

let dir: string;
let server: TestServer;

beforeEach(() => {
  dir = tempDir('territrade-download-');
});

afterEach(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const body = tradeZip(2024, 'E');

describe('downloadFile', () => {
  it('streams the file into place and leaves no .part behind', async () => {
    server = await startServer({ '/f.zip': { body } });
    const lines: string[] = [];
    const result = await downloadFile(
      { url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip', checksum: { type: 'sha1', value: sha1(body) } },
      { network, progress: downloadLines((l) => lines.push(l)) },
    );
    expect(result).toMatchObject({ status: 'downloaded', bytes: body.length, resumed: false, attempts: 1 });
    expect(fs.readFileSync(path.join(dir, 'f.zip')).equals(body)).toBe(true);
    expect(fs.existsSync(partPath(dir, 'f.zip'))).toBe(false);
    expect(lines[0]).toMatch(/^Téléchargement de f\.zip/);
    expect(plainSpaces(lines[1]!)).toMatch(/^f\.zip : .* reçus en .* s \(.*\/s\)\.$/);
  });

  it('follows redirects (data.gouv.fr /r/ links point to static.data.gouv.fr)', async () => {
    server = await startServer({ '/api/1/datasets/r/abc': { redirect: '/static/f.zip' }, '/static/f.zip': { body } });
    const result = await downloadFile(
      { url: `${server.url}/api/1/datasets/r/abc`, destDir: dir, fileName: 'f.zip' },
      { network },
    );
    expect(result.bytes).toBe(body.length);
  });

  it('resumes with Range after the connection is cut mid-body', async () => {
    const big = Buffer.concat([body, Buffer.alloc(200_000, 7)]);
    server = await startServer({ '/big.zip': { body: big, cutAfter: 50_000 } });
    const log: string[] = [];
    const result = await downloadFile(
      {
        url: `${server.url}/big.zip`,
        destDir: dir,
        fileName: 'big.zip',
        checksum: { type: 'sha256', value: sha256(big) },
      },
      { network, log: (l) => log.push(l) },
    );
    expect(result).toMatchObject({ status: 'downloaded', resumed: true, attempts: 2 });
    expect(fs.readFileSync(path.join(dir, 'big.zip')).equals(big)).toBe(true);
    const second = server.requests[1]!;
    expect(second.range).toMatch(/^bytes=\d+-$/);
    expect(Number(/\d+/.exec(second.range!)![0])).toBeGreaterThan(0);
    expect(log.some((l) => /Nouvel essai .* reprise à \d+ octets/.test(plainSpaces(l)))).toBe(true);
  });

  it('resumes a .part left by an earlier run', async () => {
    server = await startServer({ '/f.zip': { body } });
    fs.writeFileSync(partPath(dir, 'f.zip'), body.subarray(0, 100));
    writeValidator(partPath(dir, 'f.zip'), { url: `${server.url}/f.zip`, etag: etagOf({}, body)! });
    const result = await downloadFile({ url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip' }, { network });
    expect(result.resumed).toBe(true);
    expect(server.requests[0]!.range).toBe('bytes=100-');
    expect(fs.readFileSync(path.join(dir, 'f.zip')).equals(body)).toBe(true);
  });

  it('starts again from zero when the server ignores Range', async () => {
    server = await startServer({ '/f.zip': { body, ranges: false } });
    fs.writeFileSync(partPath(dir, 'f.zip'), Buffer.from('garbage from another version'));
    const result = await downloadFile({ url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip' }, { network });
    expect(result.resumed).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'f.zip')).equals(body)).toBe(true);
  });

  it('downloads afresh once when a resumed file fails its checksum', async () => {
    server = await startServer({ '/f.zip': { body } });
    // A stale .part from an older publication that the server gave the same ETag: the resumed
    // bytes do not fit, the checksum says so.
    fs.writeFileSync(partPath(dir, 'f.zip'), Buffer.alloc(100, 1));
    writeValidator(partPath(dir, 'f.zip'), { url: `${server.url}/f.zip`, etag: etagOf({}, body)! });
    const result = await downloadFile(
      { url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip', checksum: { type: 'sha1', value: sha1(body) } },
      { network },
    );
    expect(result.resumed).toBe(false);
    expect(server.requests.map((r) => r.range ?? 'full')).toEqual(['bytes=100-', 'full']);
    expect(fs.readFileSync(path.join(dir, 'f.zip')).equals(body)).toBe(true);
  });

  it('rejects a checksum mismatch and deletes the file', async () => {
    server = await startServer({ '/f.zip': { body } });
    const err = await failure(
      downloadFile(
        {
          url: `${server.url}/f.zip`,
          destDir: dir,
          fileName: 'f.zip',
          checksum: { type: 'sha1', value: sha1('autre chose') },
        },
        { network },
      ),
    );
    expect(plainSpaces(err)).toContain('f.zip est corrompu : sa somme de contrôle sha1');
    expect(err).toContain('supprimé');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('does not download again a file identical to the published checksum', async () => {
    server = await startServer({ '/f.zip': { body } });
    fs.writeFileSync(path.join(dir, 'f.zip'), body);
    const result = await downloadFile(
      { url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip', checksum: { type: 'md5', value: md5(body) } },
      { network },
    );
    expect(result).toMatchObject({ status: 'unchanged', attempts: 0 });
    expect(server.requests).toEqual([]);
  });

  it('without checksum, recognises its own earlier download by size and publication date', async () => {
    server = await startServer({ '/f.zip': { body } });
    const request = {
      url: `${server.url}/f.zip`,
      destDir: dir,
      fileName: 'f.zip',
      size: body.length,
      lastModified: '2025-04-15T08:00:00Z',
    };
    expect((await downloadFile(request, { network })).status).toBe('downloaded');
    expect((await downloadFile(request, { network })).status).toBe('unchanged');
    // A re-publication (newer date) is downloaded again.
    expect((await downloadFile({ ...request, lastModified: '2025-09-01T08:00:00Z' }, { network })).status).toBe(
      'downloaded',
    );
    expect(server.hits('/f.zip')).toBe(2);
  });

  it('replaces an existing file whose checksum differs', async () => {
    server = await startServer({ '/f.zip': { body } });
    fs.writeFileSync(path.join(dir, 'f.zip'), 'ancienne version');
    const result = await downloadFile(
      { url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip', checksum: { type: 'sha1', value: sha1(body) } },
      { network },
    );
    expect(result.status).toBe('downloaded');
    expect(fs.readFileSync(path.join(dir, 'f.zip')).equals(body)).toBe(true);
  });

  it('does not retry a 404 and names the URL', async () => {
    server = await startServer({});
    const err = await failure(
      downloadFile({ url: `${server.url}/absent.zip`, destDir: dir, fileName: 'absent.zip' }, { network }),
    );
    expect(plainSpaces(err)).toBe(`fichier introuvable sur le serveur (HTTP 404) : ${server.url}/absent.zip`);
    expect(server.hits('/absent.zip')).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('retries a 500 three times, then gives up with the URL', async () => {
    server = await startServer({ '/f.zip': { status: 500 } });
    const log: string[] = [];
    const err = await failure(
      downloadFile(
        { url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip' },
        { network, log: (l) => log.push(l) },
      ),
    );
    expect(server.hits('/f.zip')).toBe(4);
    expect(plainSpaces(err)).toBe(
      `le serveur a répondu par une erreur (HTTP 500, 4 tentatives) : ${server.url}/f.zip ; réessayez plus tard.`,
    );
    expect(log.filter((l) => l.startsWith('Nouvel essai'))).toHaveLength(3);
  });

  it('succeeds when a 503 clears up before the retries run out', async () => {
    server = await startServer({ '/f.zip': { body, statuses: [503, 502] } });
    const result = await downloadFile({ url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip' }, { network });
    expect(result.attempts).toBe(3);
    expect(fs.readFileSync(path.join(dir, 'f.zip')).equals(body)).toBe(true);
  });

  it('gives up on a server that never answers', async () => {
    server = await startServer({ '/f.zip': { silent: true } });
    const quick = { ...network, idleTimeoutMs: 150, retries: 1 };
    const err = await failure(
      downloadFile({ url: `${server.url}/f.zip`, destDir: dir, fileName: 'f.zip' }, { network: quick }),
    );
    expect(plainSpaces(err)).toBe(
      '127.0.0.1:' +
        new URL(server.url).port +
        ' ne répond pas (aucune donnée reçue en 0,15 s, 2 tentatives) : réessayez plus tard ou allongez le délai avec --timeout.',
    );
    expect(server.hits('/f.zip')).toBe(2);
  });

  it('says that nothing listens on this machine when localhost refuses, without retrying', async () => {
    const port = await closedPort();
    const retried: number[] = [];
    const err = await failure(
      downloadFile(
        { url: `http://127.0.0.1:${port}/f.zip`, destDir: dir, fileName: 'f.zip' },
        { network: { ...network, retries: 3 }, log: () => retried.push(1) },
      ),
    );
    // A refusal from this machine is not transient: one attempt, and no « Internet » in the message.
    expect(plainSpaces(err)).toBe(
      `aucun serveur n'écoute à 127.0.0.1:${port} sur cette machine : démarrez-le ou corrigez l'adresse (ECONNREFUSED)`,
    );
    expect(retried).toEqual([]);
  });

  it('retries a refusal from a remote host (a server restarting), not one from this machine', () => {
    expect(isRetryable(new NetworkError('https://www.data.gouv.fr/api/1/', 'ECONNREFUSED'))).toBe(true);
    for (const url of ['http://127.0.0.1:9/x', 'http://localhost:9/x', 'http://[::1]:9/x', 'http://127.0.1.1/x'])
      expect(isRetryable(new NetworkError(url, 'ECONNREFUSED')), url).toBe(false);
    expect(isRetryable(new NetworkError('http://127.0.0.1:9/x', 'ECONNRESET'))).toBe(true);
  });

  it('says when the machine is offline (name does not resolve)', async () => {
    // `.invalid` is reserved (RFC 2606): it never resolves, so no request leaves the machine.
    const err = await failure(
      downloadFile(
        { url: 'http://www.data.gouv.invalid/f.zip', destDir: dir, fileName: 'f.zip' },
        { network: { ...network, retries: 1 } },
      ),
    );
    expect(plainSpaces(err)).toMatch(
      // One attempt although one retry is allowed: asking again would get the same answer (issue 24 point 7).
      /^impossible de joindre www\.data\.gouv\.invalid : êtes-vous connecté à Internet \? \((ENOTFOUND|EAI_AGAIN)\)$/,
    );
  });
});

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function md5(data: Buffer): string {
  return createHash('md5').update(data).digest('hex');
}
