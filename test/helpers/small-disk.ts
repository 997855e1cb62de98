// A real full file system for the disk-full tests: a small tmpfs mounted in a private mount
// namespace (`unshare -rm`, util-linux, no root needed), gone when the command ends.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Tool } from './tools.js';

const CLI = path.resolve('dist/cli.js');

/** `unshare -rm`, when this machine lets a test mount a tmpfs in `dir` (missing otherwise: see skipWithout). */
export function unshareTool(dir: string): Tool {
  const probe =
    spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1"', 'sh', dir]).status === 0;
  return {
    name: 'unshare -rm',
    path: probe ? 'unshare' : null,
    howTo: 'les espaces de noms utilisateur (util-linux) sont indisponibles ici',
  };
}

/**
 * Runs `script` (sh) with $MNT a tmpfs of `size` made in `dir`, $NODE and $CLI the CLI to run;
 * what is left in $MNT afterwards is listed (sorted `find .`).
 */
export function onSmallDisk(dir: string, size: string, script: string, env: Record<string, string> = {}) {
  const mnt = fs.mkdtempSync(path.join(dir, 'mnt-'));
  const listing = path.join(dir, `${path.basename(mnt)}.txt`);
  const result = spawnSync(
    'unshare',
    [
      '-rm',
      'sh',
      '-c',
      `mount -t tmpfs -o size=${size} tmpfs "$MNT" || exit 99\n${script}\ncode=$?\n(cd "$MNT" && find . | sort) > "$LISTING"\nexit $code`,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, TERRITRADE_STORE: '', MNT: mnt, LISTING: listing, NODE: process.execPath, CLI, ...env },
      timeout: 170_000,
    },
  );
  return {
    code: result.status,
    stderr: result.stderr,
    stdout: result.stdout,
    listing: fs.existsSync(listing) ? fs.readFileSync(listing, 'utf8').trim().split('\n') : [],
  };
}
