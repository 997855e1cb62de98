// `territrade serve` and 400 clients that ask for a compressed text file and never read it
// (issue 25 point 23): the server's peak memory with its cap on compressed answers under way
// (the default) and without it (every client its own compressor, as before), each server in
// its own child process. Goal: ≤ 200 MB with the cap. Run after `npm run build`.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { mod } from './lib/demo-build.mjs';

const CLIENTS = 400;
const GOAL_MB = 200;
const [step, dirArg, maxArg] = process.argv.slice(2);

/** Child: serves `dirArg`, prints its port, prints its peak memory (MB) when told 'peak'. */
async function serveStep() {
  const http = await import('node:http');
  const { siteHandler } = await mod('serve/server.js');
  const options = maxArg === 'sans' ? { maxCompressed: Infinity } : {};
  const server = http.createServer(siteHandler(fs.realpathSync(dirArg), options));
  server.listen(0, '127.0.0.1', () => console.log(server.address().port));
  process.stdin.on('data', () => {
    console.log(Math.round(process.resourceUsage().maxRSS / 1024));
    process.exit(0);
  });
}

/** Opens `CLIENTS` connections asking for brotli, reads each answer's first bytes, then stops. */
async function stalledClients(port) {
  const sockets = [];
  for (let i = 0; i < CLIENTS; i++) {
    await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () =>
        socket.write('GET /grand.txt HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: br, gzip\r\n\r\n'),
      );
      // A server too busy to answer within 0.5 s counts that client as opened all the same.
      const timer = setTimeout(resolve, 500);
      socket.once('data', () => {
        clearTimeout(timer);
        socket.pause();
        resolve();
      });
      socket.on('error', resolve);
      sockets.push(socket);
    });
  }
  // Let every compressor run until its client's buffers are full.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return sockets;
}

async function peakWith(dir, max) {
  const child = spawn(process.execPath, [new URL(import.meta.url).pathname, 'serve', dir, max], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = [];
  const next = () =>
    new Promise((resolve) => {
      const waitLine = () => (lines.length ? resolve(lines.shift()) : child.stdout.once('data', onData));
      const onData = (d) => {
        lines.push(...String(d).trim().split('\n'));
        waitLine();
      };
      waitLine();
    });
  const port = Number(await next());
  const t = performance.now();
  const sockets = await stalledClients(port);
  const seconds = (performance.now() - t) / 1000;
  child.stdin.write('peak\n');
  const peak = Number(await next());
  for (const s of sockets) s.destroy();
  return { peak, seconds };
}

if (step === 'serve') {
  await serveStep();
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'territrade-bench-serve-'));
  try {
    // 32 MB of hexadecimal text: about 17 MB compressed, more than a client's buffers hold.
    fs.writeFileSync(path.join(dir, 'grand.txt'), crypto.randomBytes(16 * 1024 * 1024).toString('hex'));
    const capped = await peakWith(dir, 'défaut');
    const uncapped = await peakWith(dir, 'sans');
    for (const [name, r] of [
      ['plafond par défaut', capped],
      ['sans plafond', uncapped],
    ])
      console.log(
        `serve, ${CLIENTS} clients qui ne lisent pas (${name}) : mémoire max ${r.peak} Mo (${r.seconds.toFixed(1)} s pour les ouvrir)`,
      );
    console.log(
      `plafond / sans plafond : ${(capped.peak / uncapped.peak).toFixed(2)} ; objectif ≤ ${GOAL_MB} Mo avec le plafond : ${capped.peak <= GOAL_MB ? 'atteint' : 'NON atteint'}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
