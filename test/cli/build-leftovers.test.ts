// What a killed build leaves next to out/ (kill -9 runs no cleanup) is removed by the next one;
// a build still running keeps its folder; a build killed between its two renames gets out/ back.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { MARKER_FILE, cleanStale, stage } from '../../src/pipeline/atomic.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const CLI = path.resolve('dist/cli.js');
const dir = tempDir('territrade-leftovers-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const hidden = (parent: string, out: string) =>
  fs
    .readdirSync(parent)
    .filter((n) => n.startsWith(`.${out}.`))
    .sort();

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function folder(parent: string, name: string, marker = false): string {
  const p = path.join(parent, name);
  fs.mkdirSync(path.join(p, 'departements'), { recursive: true });
  fs.writeFileSync(path.join(p, 'departements', '42-loire.html'), 'vieux');
  if (marker) fs.writeFileSync(path.join(p, MARKER_FILE), 'x');
  return p;
}

describe('leftovers of killed builds', () => {
  it('the next build removes the temporary folder of a build killed with -9', async () => {
    const parent = fs.mkdtempSync(path.join(dir, 'kill-'));
    const out = path.join(parent, 'out');
    const child = spawn(process.execPath, [CLI, 'build', '--store', inject('demoStore'), '--out', out, '--no-pdf'], {
      stdio: 'ignore',
      env: { ...process.env, TERRITRADE_STORE: '' },
    });
    // Killed as soon as its temporary folder holds a page: mid-build.
    const started = Date.now();
    while (
      !hidden(parent, 'out').some((n) => fs.existsSync(path.join(parent, n, 'departements'))) &&
      Date.now() - started < 150_000
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('close', r));
    expect(hidden(parent, 'out')).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);

    const again = runCli(['build', '--store', inject('demoStore'), '--out', out, '--only', '42', '--no-pdf']);
    expect(again.code).toBe(0);
    expect(hidden(parent, 'out')).toEqual([]);
    expect(fs.existsSync(path.join(out, MARKER_FILE))).toBe(true);
  }, 240_000);

  it('removes folders of ended processes and of older versions, keeps those of a running build', () => {
    const parent = fs.mkdtempSync(path.join(dir, 'clean-'));
    const out = path.join(parent, 'site');
    folder(parent, 'site', true);
    const dead = deadPid();
    folder(parent, '.site.tmp-Ab12Cd');
    folder(parent, `.site.tmp-${dead}-Xy34Zw`);
    folder(parent, `.site.old-${dead}-Qq11Rr`, true);
    folder(parent, `.site.tmp-${process.ppid}-Running`);
    folder(parent, '.autre.tmp-Ab12Cd');
    expect(cleanStale(out).sort()).toEqual([
      `.site.old-${dead}-Qq11Rr`,
      `.site.tmp-${dead}-Xy34Zw`,
      '.site.tmp-Ab12Cd',
    ]);
    expect(hidden(parent, 'site')).toEqual([`.site.tmp-${process.ppid}-Running`]);
    expect(fs.existsSync(path.join(parent, '.autre.tmp-Ab12Cd'))).toBe(true);
  });

  it('gives out/ back when a build was killed between its two renames', () => {
    const parent = fs.mkdtempSync(path.join(dir, 'renames-'));
    const out = path.join(parent, 'out');
    const dead = deadPid();
    folder(parent, `.out.old-${dead}-Aa00Bb`, true);
    folder(parent, `.out.tmp-${dead}-Cc00Dd`, true);
    cleanStale(out);
    expect(fs.readFileSync(path.join(out, 'departements', '42-loire.html'), 'utf8')).toBe('vieux');
    expect(hidden(parent, 'out')).toEqual([]);
  });

  it('stages in one folder named after the process, removed on discard', () => {
    const parent = fs.mkdtempSync(path.join(dir, 'stage-'));
    const staging = stage(path.join(parent, 'out'));
    expect(path.basename(staging.dir)).toMatch(new RegExp(`^\\.out\\.tmp-${process.pid}-`));
    staging.discard();
    expect(hidden(parent, 'out')).toEqual([]);
  });
});
