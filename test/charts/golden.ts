// Golden SVG files, in the style of Observable Plot's tests.
//
// Each rendered chart is compared with test/output/<name>.svg after normalisation: every
// decimal number is rounded to one decimal (so that the last floating-point digits, which can
// vary across platforms and d3 versions, do not count) and line endings are unified.
// - golden missing: it is written and the test passes (commit the new file);
// - mismatch: the new output is written beside it as <name>-changed.svg (git-ignored) and the
//   test fails; inspect both, then replace the golden by the -changed file to accept the change;
// - match: a stale <name>-changed.svg is removed.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'output');

export function normalizeSvg(svg: string): string {
  return svg.replace(/\r\n/g, '\n').replace(/-?\d+\.\d+/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return Object.is(r, -0) ? '0' : String(r);
  });
}

/** Compares `svg` with the golden file `name`.svg; see the rules above. */
export function assertGolden(name: string, svg: string): void {
  const golden = join(OUTPUT_DIR, `${name}.svg`);
  const changed = join(OUTPUT_DIR, `${name}-changed.svg`);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  if (!existsSync(golden)) {
    writeFileSync(golden, svg);
    console.warn(`fichier de référence créé : ${golden}`);
    return;
  }
  if (normalizeSvg(readFileSync(golden, 'utf8')) === normalizeSvg(svg)) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, svg);
  throw new Error(`${name}.svg a changé : comparer avec ${changed}`);
}
