// `territrade fetch` on a real full disk (issue 25 point 20): the destination on a tiny tmpfs in a
// private mount namespace. « disque plein » naming the file, no retry, no .part left behind —
// it was « la connexion … interrompue (ENOSPC) », retried three times, with the .part kept.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inCI } from '../helpers/env.js';
import { startServer, type TestServer } from '../helpers/http-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const canMount =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt'], { encoding: 'utf8' }).status === 0;
const mountReason = 'needs `unshare -rm` (user namespaces) to mount a small tmpfs';
const describeDisk = canMount ? describe : describe.skip;
if (!canMount && inCI()) it('can mount a small tmpfs for the fetch disk-full test', () => expect.fail(mountReason));
else if (!canMount) console.warn(`fetch-disk-full: skipped: ${mountReason}`);

/** Runs the command in a namespace where /mnt is a tmpfs of `size`; then lists what /mnt holds. */
function onSmallDisk(size: string, args: string[]): Promise<{ out: string; left: string[] }> {
  const script = `mount -t tmpfs -o size=${size} tmpfs /mnt && "$@"; echo "exit=$?"; echo "left:"; ls -A /mnt`;
  // Asynchronous: the test's own server must keep answering while the CLI downloads.
  const child = spawn('unshare', ['-rm', 'sh', '-c', script, 'sh', process.execPath, ...args], {
    env: { ...process.env, TERRITRADE_FETCH_RETRY_DELAY_MS: '1' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', () =>
      resolve({ out: stdout + stderr, left: stdout.split('left:\n')[1]!.split('\n').filter(Boolean) }),
    ),
  );
}

describeDisk('fetch on a full disk', () => {
  it('says « disque plein », does not retry, and removes the .part', async () => {
    server = await startServer({ '/regional_2024_export.zip': { body: Buffer.alloc(1_000_000, 7) } });
    const cli = path.resolve('dist/cli.js');
    const url = `${server.url}/regional_2024_export.zip`;
    const { out, left } = await onSmallDisk('256k', [cli, 'fetch', '--url', url, '--dest', '/mnt', '--no-import']);
    expect(out).toMatch(
      /Erreur : disque plein : plus de place pour écrire \(téléchargement de regional_2024_export\.zip/,
    );
    expect(out).toContain('Le fichier partiel a été supprimé.');
    expect(out).not.toMatch(/interrompue|Nouvel essai/);
    expect(out).toMatch(/exit=1/);
    expect(server.hits('/regional_2024_export.zip')).toBe(1);
    expect(left).toEqual([]);
  });
});
