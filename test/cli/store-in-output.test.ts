// A store inside the output folder (issue 25 point 4, issue 24 point 2): build and export replace
// that folder whole, so they refuse before writing or deleting anything, and the store survives.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARKER_FILE } from '../../src/pipeline/atomic.js';
import { runCli } from '../helpers/cli.js';
import { importTinyYear } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const importInto = (store: string) => importTinyYear(dir, store);

/** Every file under `root` with its bytes, to show that nothing changed. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(root, entry);
    if (fs.statSync(file).isFile()) out.set(entry, fs.readFileSync(file).toString('base64'));
  }
  return out;
}

describe.each([
  ['build', ['--no-pdf']],
  ['export', []],
])('%s with the store inside --out', (command, extra) => {
  it('is refused in French before anything is deleted, and the store is kept', () => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    // A folder an earlier build or export wrote: without the check, it would be replaced whole.
    fs.writeFileSync(path.join(out, MARKER_FILE), '');
    const store = path.join(out, 't.duckdb');
    importInto(store);
    const before = snapshot(out);
    const r = runCli([command, '--store', store, '--out', out, ...extra]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`La base ${store} est dans le dossier de sortie ${out}`);
    expect(r.stderr).toContain('Rien n’a été modifié');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.out.'))).toEqual([]);
  });

  it('is refused too when --out is reached through a symbolic link', () => {
    const real = path.join(dir, 'real');
    fs.mkdirSync(real);
    fs.writeFileSync(path.join(real, MARKER_FILE), '');
    const store = path.join(real, 't.duckdb');
    importInto(store);
    const link = path.join(dir, 'link');
    fs.symlinkSync(real, link);
    const r = runCli([command, '--store', store, '--out', link, ...extra]);
    expect(r.code).not.toBe(0);
    expect(fs.existsSync(store)).toBe(true);
  });

  it('accepts a store next to --out', () => {
    const store = path.join(dir, 't.duckdb');
    importInto(store);
    expect(runCli([command, '--store', store, '--out', path.join(dir, 'out'), ...extra]).code).toBe(0);
    expect(fs.existsSync(store)).toBe(true);
  });
});
