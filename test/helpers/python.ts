// Debian's Python with python3-pandas and python3-openpyxl (installed by .ci/run): independent
// readers of the files territrade exports. /usr/bin/python3, not whatever `python3` the PATH
// finds first (a pyenv without these modules, say).
import { execFileSync } from 'node:child_process';

export const DEBIAN_PYTHON = '/usr/bin/python3';

/** Runs `script` with `args` (sys.argv[1:]) and parses what it prints as JSON. */
export function pythonJson<T>(script: string, args: string[]): T {
  return JSON.parse(execFileSync(DEBIAN_PYTHON, ['-c', script, ...args], { encoding: 'utf8' })) as T;
}
