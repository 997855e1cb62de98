// Finding a Chromium to print with. No browser is downloaded: a system one is used.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Debian's old headless shell (package chromium-headless-shell) first: it prints in the page's
 * own process, where the full browser starts a print-compositor process for every PDF; a fiche
 * costs it about a third less (measured in bench/speed.bench.mjs). With CHROMIUM_ARGS both print
 * the same pages (test/report/pdf/shell.test.ts).
 */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export interface ChromiumLookup {
  env: NodeJS.ProcessEnv;
  /** True when the path is an executable file. */
  isExecutable(file: string): boolean;
  /** Directories of the Playwright browser cache (~/.cache/ms-playwright/*). */
  playwrightCacheDirs(): string[];
}

export type ChromiumResult =
  { path: string; from: 'CHROMIUM_PATH' | 'system' | 'playwright-cache' } | { path: null; invalidEnv: string | null };

/**
 * CHROMIUM_PATH, then the usual system paths, then the Playwright cache. A CHROMIUM_PATH that
 * is not an executable is reported (invalidEnv) rather than silently skipped.
 */
export function findChromium(lookup: ChromiumLookup = systemLookup()): ChromiumResult {
  const fromEnv = lookup.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (lookup.isExecutable(fromEnv)) return { path: fromEnv, from: 'CHROMIUM_PATH' };
    return { path: null, invalidEnv: fromEnv };
  }
  for (const candidate of CHROMIUM_CANDIDATES)
    if (lookup.isExecutable(candidate)) return { path: candidate, from: 'system' };
  // Newest cached build first: directory names end with the build number (chromium-1187).
  const cached = lookup
    .playwrightCacheDirs()
    .filter((d) => /chromium/.test(path.basename(d)) && !/headless_shell/.test(path.basename(d)))
    .sort((a, b) => buildNumber(b) - buildNumber(a));
  for (const dir of cached) {
    for (const sub of ['chrome-linux', 'chrome-linux64']) {
      const exe = path.join(dir, sub, 'chrome');
      if (lookup.isExecutable(exe)) return { path: exe, from: 'playwright-cache' };
    }
  }
  return { path: null, invalidEnv: null };
}

function buildNumber(dir: string): number {
  const m = /(\d+)$/.exec(path.basename(dir));
  return m ? Number(m[1]) : 0;
}

export function systemLookup(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  return {
    env,
    isExecutable(file) {
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
    playwrightCacheDirs() {
      const root = env['PLAYWRIGHT_BROWSERS_PATH'] || path.join(os.homedir(), '.cache', 'ms-playwright');
      try {
        return fs.readdirSync(root).map((d) => path.join(root, d));
      } catch {
        return [];
      }
    },
  };
}

/** True for a headless shell: Debian's chromium-headless-shell, Playwright's headless_shell. */
export function isHeadlessShell(executable: string): boolean {
  return /headless[-_]shell$/.test(path.basename(executable));
}

/** Which Chromium printed the PDFs, with the faster one to install when it was the full browser. */
export function printedByLine(executable: string): string {
  const hint = isHeadlessShell(executable)
    ? ''
    : ' ; le paquet chromium-headless-shell les imprimerait environ un tiers plus vite (apt-get install chromium-headless-shell)';
  return `PDF imprimés par ${executable}${hint}.`;
}

/** The one French line printed when no Chromium is found. */
export function noChromiumMessage(result: { invalidEnv: string | null }): string {
  if (result.invalidEnv) {
    return `PDF non produits : CHROMIUM_PATH désigne « ${result.invalidEnv} », qui n'est pas un exécutable ; corrigez ce chemin (les pages HTML sont écrites).`;
  }
  return 'PDF non produits : aucun Chromium trouvé. Installez-le (apt-get install chromium-headless-shell, ou chromium) ou indiquez son chemin avec CHROMIUM_PATH=/chemin/vers/chromium, puis relancez territrade build (les pages HTML sont écrites).';
}

/**
 * Launch flags: headless, no sandbox (containers), nothing that phones home, and unhinted glyph
 * advances, which the headless shell would otherwise round (uneven letter spacing, lines broken
 * elsewhere than by the full browser).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--font-render-hinting=none',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
