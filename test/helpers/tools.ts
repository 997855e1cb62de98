// The external programs some tests need (a Chromium for browser and PDF tests, pdftotext for the
// PDFs' text), and the one rule for when one is missing: under CI the run FAILS with a message
// saying what to install (CI installs both, so a skip there would hide a broken set-up);
// elsewhere the tests are skipped and the reason is printed.
import { spawnSync } from 'node:child_process';
import { it } from 'vitest';
import { findChromium, systemLookup } from '../../src/report/pdf/chromium.js';
import { inCI } from './env.js';

export interface Tool {
  name: string;
  /** Executable to run, or null when missing. */
  path: string | null;
  /** How to get it, in one French sentence. */
  howTo: string;
}

/** The Chromium `territrade build` prints with (Debian's headless shell first). */
export function chromiumTool(): Tool {
  return toolFor(findChromium());
}

/**
 * The full browser for the web pages' tests (what readers open); the headless shell prints the
 * PDFs only. CHROMIUM_PATH still wins.
 */
export function webBrowserTool(): Tool {
  const lookup = systemLookup();
  return toolFor(
    findChromium({ ...lookup, isExecutable: (f) => !f.endsWith('/chromium-headless-shell') && lookup.isExecutable(f) }),
  );
}

function toolFor(found: ReturnType<typeof findChromium>): Tool {
  return {
    name: 'Chromium',
    path: found.path,
    howTo:
      found.path === null && found.invalidEnv
        ? `CHROMIUM_PATH désigne « ${found.invalidEnv} », qui n'est pas un exécutable ; corrigez ce chemin`
        : 'installez-le (apt-get install chromium-headless-shell chromium) ou indiquez son chemin dans CHROMIUM_PATH',
  };
}

export function pdftotextTool(): Tool {
  const found = spawnSync('pdftotext', ['-v']).error === undefined;
  return {
    name: 'pdftotext',
    path: found ? 'pdftotext' : null,
    howTo: 'installez poppler-utils (apt-get install poppler-utils)',
  };
}

/** pdftoppm (poppler-utils, like pdftotext): PDF pages as images, to measure how full they are. */
export function pdftoppmTool(): Tool {
  const found = spawnSync('pdftoppm', ['-v']).error === undefined;
  return {
    name: 'pdftoppm',
    path: found ? 'pdftoppm' : null,
    howTo: 'installez poppler-utils (apt-get install poppler-utils)',
  };
}

export interface ToolVerdict {
  skip: boolean;
  /** Set when the run must fail (missing tool under CI). */
  failure: string | null;
  /** Set when the tests are skipped (missing tool outside CI). */
  warning: string | null;
}

/** Pure decision: what to do about `tools` for the tests named `what`. */
export function toolVerdict(
  tools: Tool[],
  what: string,
  env: Record<string, string | undefined> = process.env,
): ToolVerdict {
  const missing = tools.filter((t) => t.path === null);
  if (missing.length === 0) return { skip: false, failure: null, warning: null };
  const detail = missing.map((t) => `${t.name} introuvable : ${t.howTo}`).join(' ; ');
  if (inCI(env))
    return { skip: true, failure: `${what} : ${detail}. En CI ces tests ne sont jamais ignorés.`, warning: null };
  return { skip: true, failure: null, warning: `Tests ignorés (${what}) : ${detail}.` };
}

/**
 * True when the tests named `what` must be skipped for want of `tools`. Under CI it also registers
 * a failing test that names the missing tool; elsewhere it prints why the tests are skipped.
 * Call at the top of a test file, then `describe.skipIf(skipWithout(…))` / `it.skipIf(…)`.
 */
export function skipWithout(tools: Tool[], what: string): boolean {
  const verdict = toolVerdict(tools, what);
  if (verdict.failure !== null) {
    const message = verdict.failure;
    it(`${what} : outils requis présents`, () => {
      throw new Error(message);
    });
  }
  if (verdict.warning !== null) console.warn(`⚠ ${verdict.warning}`);
  return verdict.skip;
}
