// `serve` while the site is rebuilt (issue 25 point 11): a file removed between the moment a
// request resolves it and the moment it is read gets a 404, never an unhandled rejection that
// kills the server; and the server stays up through 50 rebuilds of its folder under 8 clients.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stage } from '../../src/pipeline/atomic.js';
import { startSiteServer, type RunningSite } from '../../src/serve/server.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let site: RunningSite | null = null;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeEach(() => {
  dir = tempDir();
  rejections.length = 0;
  process.on('unhandledRejection', onRejection);
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.off('unhandledRejection', onRejection);
  await site?.close();
  site = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** GET `target`: its status and body length, or the network error's code ('ECONNRESET'). */
function get(target: string): Promise<number | string> {
  const { port } = new URL(site!.url);
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: Number(port), path: target, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve('cut'));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

/** Writes the site's files into `folder`; `round` decides which pages exist this time. */
function writeSite(folder: string, round: number): void {
  fs.writeFileSync(path.join(folder, 'index.html'), `<!DOCTYPE html><title>Tour ${round}</title>`);
  fs.mkdirSync(path.join(folder, 'departements'), { recursive: true });
  for (let i = 0; i < 20; i++)
    if ((i + round) % 2 === 0)
      fs.writeFileSync(path.join(folder, 'departements', `${i}.html`), `<p>${'x'.repeat(20000)} ${round}</p>`);
}

describe('serve while the site is rebuilt', () => {
  it('answers 404 for a file removed after the request resolved it, and stays up', async () => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    writeSite(out, 0);
    site = await startSiteServer(out, 0);
    const page = path.join(fs.realpathSync(out), 'departements', '0.html');
    const realStat = fsp.stat;
    // A rebuild removes the page right after the request found it, as a real rebuild may.
    vi.spyOn(fsp, 'stat').mockImplementation(async (...args: Parameters<typeof fsp.stat>) => {
      const found = await realStat(...args);
      if (args[0] === page) fs.rmSync(page, { force: true });
      return found;
    });
    expect(await get('/departements/0.html')).toBe(404);
    vi.restoreAllMocks();
    expect(await get('/')).toBe(200);
    expect(rejections).toEqual([]);
  });

  it('stays up through 50 rebuilds of its folder while 8 clients fetch its pages', async () => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    writeSite(out, 0);
    site = await startSiteServer(out, 0);
    let rebuilding = true;
    const answers = new Map<number | string, number>();
    const client = async (k: number) => {
      for (let n = 0; rebuilding; n++) {
        const got = await get(n % 3 === 0 ? '/' : `/departements/${(k + n) % 20}.html`);
        answers.set(got, (answers.get(got) ?? 0) + 1);
      }
    };
    const clients = Array.from({ length: 8 }, (_, k) => client(k));
    for (let round = 1; round <= 50; round++) {
      // The build's own staging: a temporary folder beside out/, then two renames.
      const staging = stage(out);
      writeSite(staging.dir, round);
      await new Promise((resolve) => setTimeout(resolve, 5));
      staging.commit();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    rebuilding = false;
    await Promise.all(clients);
    expect(rejections).toEqual([]);
    // Every answer is a page or a 404 (a page of the other rebuild), never a dead server.
    expect([...answers.keys()].every((a) => a === 200 || a === 404)).toBe(true);
    expect(answers.get(200)).toBeGreaterThan(50);
    expect(await get('/')).toBe(200);
  });
});
