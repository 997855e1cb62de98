// Issue 25 point 16: `fetch --dest` naming an existing file died with EEXIST, and a destination
// file name taken by a folder with EISDIR after the whole download.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadFile } from '../../src/fetch/download.js';
import { startServer, type TestServer } from '../helpers/http-server.js';
import { failure } from '../helpers/failure.js';
import { tempDir } from '../helpers/temp-dir.js';

const network = { connectTimeoutMs: 2000, idleTimeoutMs: 2000, retries: 0, retryDelayMs: 1 };

let dir: string;
let server: TestServer;

beforeEach(async () => {
  dir = tempDir('territrade-destination-');
  server = await startServer({ '/f.txt': { body: Buffer.from('E;1;2024\r\n') } });
});

afterEach(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('fetch --dest', () => {
  it('refuses a destination that is a file, before downloading', async () => {
    const dest = path.join(dir, 'fichier');
    fs.writeFileSync(dest, 'déjà là');
    const message = await failure(
      downloadFile({ url: `${server.url}/f.txt`, destDir: dest, fileName: 'f.txt' }, { network }),
    );
    expect(message).toBe(`la destination ${dest} existe et n'est pas un dossier : choisissez un dossier avec --dest.`);
    expect(server.hits('/f.txt')).toBe(0);
    expect(fs.readFileSync(dest, 'utf8')).toBe('déjà là');
  });

  it('refuses a file name taken by a folder, before downloading', async () => {
    fs.mkdirSync(path.join(dir, 'f.txt'));
    const message = await failure(
      downloadFile({ url: `${server.url}/f.txt`, destDir: dir, fileName: 'f.txt' }, { network }),
    );
    expect(message).toMatch(/f\.txt est un dossier : le fichier téléchargé ne peut pas y être écrit/);
    expect(server.hits('/f.txt')).toBe(0);
  });
});
