// Where tests live: every test that runs the real command line is in test/cli/, so that « what
// does the user see? » has one folder. Browser tests build their pages with the CLI and stay beside
// the pages they check.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RUNS_CLI = /helpers\/cli\.js|dist\/cli\.js/;

/** Test files (relative, with '/') outside test/cli/ that run the CLI. */
export function cliTestsOutsideCliFolder(files: ReadonlyMap<string, string>): string[] {
  return [...files]
    .filter(
      ([file, text]) => !file.startsWith('test/cli/') && !file.endsWith('.browser.test.ts') && RUNS_CLI.test(text),
    )
    .map(([file]) => file)
    .sort();
}

function testFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, entry).split(path.sep).join('/');
    // This file names the patterns it looks for.
    if (file.endsWith('.test.ts') && file !== 'test/test-layout.test.ts') out.set(file, fs.readFileSync(file, 'utf8'));
  }
  return out;
}

describe('test layout', () => {
  it('finds a CLI test outside test/cli/ (and lets browser tests and test/cli/ through)', () => {
    const files = new Map([
      ['test/store/a.test.ts', "import { runCli } from '../helpers/cli.js';"],
      ['test/cli/b.test.ts', "const CLI = path.resolve('dist/cli.js');"],
      ['test/report/site/c.browser.test.ts', "import { runCli } from '../../helpers/cli.js';"],
      ['test/figures/d.test.ts', "import { x } from '../../src/figures/x.js';"],
    ]);
    expect(cliTestsOutsideCliFolder(files)).toEqual(['test/store/a.test.ts']);
  });

  it('keeps every test that runs the CLI in test/cli/', () => {
    expect(cliTestsOutsideCliFolder(testFiles('test'))).toEqual([]);
  });
});
