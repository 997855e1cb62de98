import { spawnSync } from 'node:child_process';
import path from 'node:path';

const CLI = path.resolve('dist/cli.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test compiles first) with a clean territrade environment, in `cwd` if given, killed after `timeout` ms. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd?: string, timeout = 120_000): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...withoutStoreVariable(), ...env },
    timeout,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The environment without TERRITRADE_STORE (an empty one is refused, as a user's would be). */
function withoutStoreVariable(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['TERRITRADE_STORE'];
  return env;
}
