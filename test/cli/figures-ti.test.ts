// A Territoire d'industrie given to `figures` and `build --only` stands for its départements, with
// a notice that the customs data stop there (issue 22).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainSpaces } from '../../src/format/fr.js';
import { runCli } from '../helpers/cli.js';
import { line } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let store: string;
beforeAll(() => {
  dir = tempDir();
  store = path.join(dir, 's.duckdb');
  const exports = path.join(dir, 'Region_2024_Export.txt');
  const imports = path.join(dir, 'Region_2024_Import.txt');
  const rows = (flow: string) =>
    [line({ flow }), line({ flow, dept: '63', country: 'IT', value: '3000' }), line({ flow, dept: '69' })].join('\n');
  fs.writeFileSync(exports, `${rows('E')}\n`);
  fs.writeFileSync(imports, `${rows('I')}\n`);
  expect(runCli(['import', '--store', store, exports, imports]).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("figures with a Territoire d'industrie", () => {
  it('gives its only département with a notice, in text', () => {
    const r = runCli(['figures', 'Roannais Forez', '--store', store]);
    expect(r.code).toBe(0);
    const text = plainSpaces(r.stdout);
    expect(text).toMatch(
      /^Note : Roannais Forez \(ti-8417\) est un Territoire d’industrie : les données des douanes s’arrêtent au département/,
    );
    expect(text).toContain('\n\nLoire (42) — 2024');
  });

  it('gives every département in one JSON envelope, each equal to its own figures --json', () => {
    const r = runCli(['figures', 'ti-8408', '--store', store, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.territoire_industrie).toEqual({ id: 'ti-8408', name: 'Lezoux – Thiers – Ambert – Montbrison' });
    expect(out.notice).toContain('ses départements');
    expect(out.departements.map((f: { territory: { code: string } }) => f.territory.code)).toEqual(['42', '63']);
    expect(out.departements[1]).toEqual(JSON.parse(runCli(['figures', '63', '--store', store, '--json']).stdout));
  });

  it('offers the département of a commune, and nothing close for a misspelt département', () => {
    const r = runCli(['figures', 'Roanne', '--store', store]);
    expect(r.code).toBe(1);
    expect(plainSpaces(r.stderr)).toContain(
      'Vouliez-vous dire : Loire (42) ? (Roanne est une commune de ce département.)',
    );
    expect(plainSpaces(runCli(['figures', 'lorie', '--store', store]).stderr)).toBe(
      'Erreur : Territoire inconnu : « lorie ». Vouliez-vous dire : Loire (42) ?\n',
    );
  });
});

describe("build --only with a Territoire d'industrie", () => {
  it('builds the fiches of its départements, says so, and no other', () => {
    const out = path.join(dir, 'out');
    const r = runCli([
      'build',
      '--only',
      'Lezoux – Thiers – Ambert – Montbrison,69',
      '--no-pdf',
      '--store',
      store,
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(plainSpaces(r.stdout)).toMatch(
      /^Note : Lezoux – Thiers – Ambert – Montbrison \(ti-8408\) est un Territoire d’industrie/,
    );
    const fiches = fs.readdirSync(path.join(out, 'departements')).filter((f) => f.endsWith('.html'));
    expect(fiches.sort()).toEqual(['42-loire.html', '63-puy-de-dome.html', '69-rhone.html']);
  });
});
