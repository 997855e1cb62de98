// Issue 25 point 24: an answer Node's HTTP parser refuses (a garbage status line, a Content-Length
// that is not a number) gave « Erreur : Parse Error: Expected HTTP/, RTSP/ or ICE/ » in raw English.
import fs from 'node:fs';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkOptions } from '../../src/fetch/config.js';
import { downloadFile } from '../../src/fetch/download.js';
import { failure } from '../helpers/failure.js';
import { tempDir } from '../helpers/temp-dir.js';

const network: NetworkOptions = { connectTimeoutMs: 2000, idleTimeoutMs: 2000, retries: 3, retryDelayMs: 1 };

let dir: string;
let raw: net.Server | undefined;
const sockets = new Set<net.Socket>();

beforeEach(() => {
  dir = tempDir('territrade-not-http-');
});

afterEach(async () => {
  // Destroy every connection first: server.close() waits for them, and a client may keep its end open.
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  const server = raw;
  raw = undefined;
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A TCP server answering every connection with `answer`, then closing it. */
async function rawServer(answer: string): Promise<string> {
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.end(answer, () => socket.destroySoon());
  });
  raw = server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/f.txt`;
}

describe('answers that are not HTTP', () => {
  it.each([
    ['a garbage status line', 'BONJOUR\r\n\r\n'],
    ['a Content-Length that is not a number', 'HTTP/1.1 200 OK\r\nContent-Length: douze\r\n\r\nabc'],
  ])(
    '%s is told in French',
    async (_, answer) => {
      const url = await rawServer(answer);
      const message = await failure(downloadFile({ url, destDir: dir, fileName: 'f.txt' }, { network }));
      expect(message).toMatch(/^127\.0\.0\.1:\d+ a envoyé une réponse qui n'est pas du HTTP valide \(HPE_[A-Z_]+/);
      expect(message).not.toMatch(/Parse Error|Expected/);
    },
    20_000,
  );
});
