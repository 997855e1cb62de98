// `territrade figures france --json | head -1`: a reader that goes away must end the command
// quietly, whatever the command (no "write EPIPE" stack trace).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const CLI = path.resolve('dist/cli.js');

/** Runs the built CLI with its stdout's reading end closed before it writes anything. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TERRITRADE_STORE: '' },
    });
    // The only reading end of the pipe is ours: closing it is what `head` does when it exits.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('a closed stdout pipe', () => {
  const store = () => inject('demoStore');
  for (const args of [
    () => ['figures', 'france', '--json', '--store', store()],
    () => ['figures', '42', '--store', store()],
    () => ['status', '--store', store()],
    () => ['--help'],
    () => ['fetch', '--help'],
  ]) {
    it(`ends quietly: territrade ${args().join(' ').replace(store(), 'STORE')}`, async () => {
      const run = await withClosedStdout(args());
      expect(run.stderr).toBe('');
      expect(run.signal).toBeNull();
      expect(run.code).toBe(0);
    });
  }
});
