// `build --only` on a full site updates the named fiches and keeps the others byte for byte, with
// an index that still lists every fiche; `--clean` drops the others (issue 24, point 2).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Every file under dir (relative path → sha256). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file), createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return out;
}

const fiches = (files: Map<string, string>) =>
  [...files.keys()].filter((f) => /^(departements|regions)\/.*\.html$|^france\.html$/.test(f)).sort();

/** The fiches the index links to. */
function indexLinks(out: string): string[] {
  const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  const links = [...html.matchAll(/href="((?:departements|regions)\/[^"#]+\.html|france\.html)"/g)].map((m) => m[1]!);
  return [...new Set(links)].sort();
}

// One generation date for every build here, so that a page rebuilt alone can equal the full build's.
const DATE = { SOURCE_DATE_EPOCH: '1767225600' };

describe('build --only on a full site', () => {
  let out: string;
  let before: Map<string, string>;

  beforeAll(() => {
    out = path.join(tempDir('territrade-partial-'), 'out');
    const full = runCli(['build', '--store', inject('demoStore'), '--out', out, '--no-pdf'], DATE, undefined, 590_000);
    expect(full.code, full.stderr).toBe(0);
    before = snapshot(out);
    // The fiche to rebuild and its data are changed by hand, so that their rebuild shows.
    fs.appendFileSync(path.join(out, 'departements/42-loire.html'), '<!-- ancienne -->');
    fs.appendFileSync(path.join(out, 'donnees/42-loire.json'), ' ');
  }, 600_000);

  it('updates the named fiche, keeps the 119 others byte-identical and the index complete', () => {
    const partial = runCli(['build', '--store', inject('demoStore'), '--out', out, '--no-pdf', '--only', '42'], DATE);
    expect(partial.code, partial.stderr).toBe(0);
    // The other fiches' figures are read from their data files, not computed again: only the
    // Loire's data are written (not its région's and France's), and no notice says otherwise.
    expect(partial.stdout).not.toContain('recalculés');
    expect(partial.stdout).toMatch(/1 fichier JSON/);
    expect(partial.stdout).not.toContain('gardées telles quelles');
    const after = snapshot(out);
    expect(fiches(after)).toEqual(fiches(before));
    expect(fiches(before)).toHaveLength(120);
    const others = fiches(before).filter((f) => f !== 'departements/42-loire.html');
    expect(others.filter((f) => after.get(f) !== before.get(f))).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'departements/42-loire.html'), 'utf8')).not.toContain('ancienne');
    expect(indexLinks(out)).toEqual(fiches(before));
    // Every file of the full site is still there (data files, Territoires d'industrie pages, font).
    expect([...before.keys()].filter((f) => !after.has(f))).toEqual([]);
    // The rebuilt fiche, its data and the site's pages are those of the full build, byte for byte.
    const changed = [...before.keys()].filter((f) => after.get(f) !== before.get(f));
    expect(changed).toEqual([]);
  }, 600_000);

  it('without SOURCE_DATE_EPOCH, changes nothing but the named fiche when its figures are those of out/', () => {
    const beforeDate = snapshot(out);
    const partial = runCli(['build', '--store', inject('demoStore'), '--out', out, '--no-pdf', '--only', '42']);
    expect(partial.code, partial.stderr).toBe(0);
    // Its data files, the index, « Comparer », « Classements » and the Territoires d'industrie's
    // pages would differ by their generation date only: they are kept as they are.
    expect(partial.stdout).toMatch(/0 fichier JSON/);
    expect(partial.stdout).toContain('gardées telles quelles');
    const after = snapshot(out);
    const changed = [...beforeDate.keys()].filter((f) => after.get(f) !== beforeDate.get(f));
    expect(changed.filter((f) => f !== 'departements/42-loire.html')).toEqual([]);
    expect([...after.keys()].filter((f) => !beforeDate.has(f))).toEqual([]);
  }, 600_000);

  it('computes every territory again, with a notice, when out/ was built from something else', () => {
    const manifest = path.join(out, '.territrade-site.json');
    const m = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { fingerprint: string };
    fs.writeFileSync(manifest, JSON.stringify({ ...m, fingerprint: 'une autre base' }));
    const index = fs.readFileSync(path.join(out, 'index.html'));
    const partial = runCli(['build', '--store', inject('demoStore'), '--out', out, '--no-pdf', '--only', '42'], DATE);
    expect(partial.code, partial.stderr).toBe(0);
    expect(partial.stdout).toContain(
      'leurs indicateurs sont recalculés pour l’index, « Comparer » et « Classements » : il a été construit avec une autre base',
    );
    expect(fs.readFileSync(path.join(out, 'index.html')).equals(index)).toBe(true);
    expect(snapshot(out).get('departements/42-loire.html')).toBe(before.get('departements/42-loire.html'));
  }, 600_000);

  it('with --clean, keeps only the named fiche', () => {
    const clean = runCli([
      'build',
      '--store',
      inject('demoStore'),
      '--out',
      out,
      '--no-pdf',
      '--only',
      '42',
      '--clean',
    ]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(fiches(snapshot(out))).toEqual(['departements/42-loire.html']);
    expect(indexLinks(out)).toEqual(['departements/42-loire.html']);
  }, 600_000);
});

describe('build --only 42 on a site of the Loire alone', () => {
  it('leaves its région’s and France’s data files byte-identical, without SOURCE_DATE_EPOCH', () => {
    const out = path.join(tempDir('territrade-partial-loire-'), 'out');
    const first = runCli(['build', '--store', inject('demoStore'), '--out', out, '--no-pdf', '--only', '42']);
    expect(first.code, first.stderr).toBe(0);
    const before = snapshot(out);
    expect(before.has('donnees/84-auvergne-rhone-alpes.xlsx')).toBe(true);
    const again = runCli(['build', '--store', inject('demoStore'), '--out', out, '--no-pdf', '--only', '42']);
    expect(again.code, again.stderr).toBe(0);
    const after = snapshot(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    // The workbooks of the région and France held a new generation date each time (the audit's finding).
    const changed = [...before.keys()].filter((f) => after.get(f) !== before.get(f));
    expect(changed.filter((f) => f !== 'departements/42-loire.html')).toEqual([]);
  }, 600_000);
});
