// Golden HTML of the Loire's fiche (demo data), to show what each change does to the page.
//
// Normalised before comparison and when written: the embedded font's base64 is replaced by a
// placeholder (it only changes with the font package), decimal numbers are rounded to one
// decimal as in the charts' golden files (last floating-point digits vary across platforms),
// line ends are unified. The date (2026-01-01) and version ('version-de-test') are fixed by the test.
// - golden missing: written, the test passes (commit it);
// - mismatch: the new page is written beside it as 42-loire-changed.html and the test fails;
//   compare both, then replace the golden by the -changed file to accept the change.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, inject, it } from 'vitest';
import { demoFiche } from './demo-fiche.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'output', 'fiche');

export function normalizeFiche(html: string): string {
  return html
    .replace(/\r\n/g, '\n')
    .replace(/base64,[A-Za-z0-9+/=]+/g, 'base64,…')
    .replace(/-?\d+\.\d+/g, (n) => {
      const r = Math.round(Number(n) * 10) / 10;
      return Object.is(r, -0) ? '0' : String(r);
    });
}

it('la fiche de la Loire est identique à sa référence (test/output/fiche/42-loire.html)', async () => {
  const html = normalizeFiche(await demoFiche(inject('demoStore'), '42'));
  const golden = join(DIR, '42-loire.html');
  const changed = join(DIR, '42-loire-changed.html');
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(golden)) {
    writeFileSync(golden, html);
    console.warn(`fichier de référence créé : ${golden}`);
    return;
  }
  if (normalizeFiche(readFileSync(golden, 'utf8')) === html) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, html);
  expect.fail(`la fiche a changé : comparer ${golden} et ${changed}`);
});
