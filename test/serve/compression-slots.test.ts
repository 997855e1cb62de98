// `serve` and clients that do not read (issue 25 point 23): each compressed answer keeps a
// compressor until its client has read it, so only a few are under way at once; beyond, files
// go as they are (the file stream waits for the client, holding only its small buffers). A slot
// is given back when its client leaves.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressor } from '../../src/serve/compression.js';
import { siteHandler } from '../../src/serve/server.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let server: http.Server;
let port: number;
const sockets: net.Socket[] = [];

beforeAll(async () => {
  dir = tempDir();
  // 32 MB of hexadecimal text: about 17 MB once compressed, more than the socket buffers hold.
  fs.writeFileSync(path.join(dir, 'grand.txt'), crypto.randomBytes(16 * 1024 * 1024).toString('hex'));
  server = http.createServer(siteHandler(fs.realpathSync(dir), { maxCompressed: 2 }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A client asking for brotli that reads the answer's head, then stops reading. */
function stalledClient(): Promise<{ socket: net.Socket; head: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write('GET /grand.txt HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: br, gzip\r\n\r\n'),
    );
    sockets.push(socket);
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      socket.pause();
      resolve({ socket, head: text.slice(0, end).toLowerCase() });
    };
    socket.on('data', onData);
    socket.on('error', reject);
  });
}

describe('serve: compressed answers to clients that do not read', () => {
  it('compresses for two stalled clients at most, sends the file as it is to the others, and frees a slot when a client leaves', async () => {
    const first = [await stalledClient(), await stalledClient()];
    for (const c of first) expect(c.head).toContain('content-encoding: br');
    for (let i = 0; i < 4; i++) {
      const other = await stalledClient();
      expect(other.head).not.toContain('content-encoding');
      expect(other.head).toContain(`content-length: ${32 * 1024 * 1024}`);
    }
    first[0]!.socket.destroy();
    // The server notices the departure asynchronously: the slot comes back soon after.
    let again = await stalledClient();
    for (let tries = 0; tries < 100 && !again.head.includes('content-encoding: br'); tries++) {
      again.socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 20));
      again = await stalledClient();
    }
    expect(again.head).toContain('content-encoding: br');
  });
});

describe('serve: memory of one compressor', () => {
  // Brotli's default window (4 MiB) made each stalled compressor of a large text grow to 15 to
  // 25 MB; a 256 KiB window bounds it. A block repeated 300 KiB later is out of that window, so
  // it is compressed again: with the default window, the repeat would cost almost nothing.
  it('compresses brotli with a 256 KiB window, which does not reach back 300 KiB', async () => {
    const block = crypto.randomBytes(300 * 1024);
    const input = Buffer.concat([block, block]);
    const chunks: Buffer[] = [];
    const br = compressor('br', input.length);
    br.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => br.on('end', resolve));
    br.end(input);
    await done;
    const out = Buffer.concat(chunks);
    expect(zlib.brotliDecompressSync(out).equals(input)).toBe(true);
    expect(out.length).toBeGreaterThan(1.9 * block.length);
  });
});
