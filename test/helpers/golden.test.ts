// The golden helper itself, in a temporary folder: a missing golden fails under CI and is written
// elsewhere; a mismatch writes the -changed file and fails; a match removes a stale -changed file.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assertGoldenFile, changedPath, normalizeHtml, normalizeSvg } from './golden.js';
import { tempDir } from './temp-dir.js';

const SVG = '<svg viewBox="0 0 10 10"><rect x="1.2345" y="-0.04" width="3" height="4"/></svg>';
const HTML =
  '<style>src:url(data:font/woff2;base64,AAAA/+=) </style>\r\n<svg><path d="m 1.25,2 3,4z"/><rect x="2.345"/></svg>' +
  '<img src="data:image/png;base64,AAAA/+="><script type="application/json">{"a":1.25}</script><script>\nf(1.25);\n</script>';
const NO_CI = { CI: undefined, UPDATE_GOLDEN: undefined };
const CI = { CI: 'true', UPDATE_GOLDEN: undefined };

let dir: string;
beforeEach(() => {
  dir = tempDir('territrade-golden-');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('assertGoldenFile', () => {
  it('fails under CI when the golden is missing, says how to create it, and writes nothing', () => {
    const golden = join(dir, 'a.svg');
    expect(() => assertGoldenFile(golden, SVG, CI)).toThrow(
      /Fichier de référence absent.*a\.svg.*hors CI.*UPDATE_GOLDEN=1.*git/,
    );
    expect(existsSync(golden)).toBe(false);
    expect(existsSync(changedPath(golden))).toBe(false);
    // Any value of CI but "false" and "0" counts as CI.
    expect(() => assertGoldenFile(golden, SVG, { CI: '1' })).toThrow(/absent/);
  });

  it('writes a missing golden outside CI (or with UPDATE_GOLDEN=1), with a visible warning', () => {
    const golden = join(dir, 'sub', 'a.svg');
    assertGoldenFile(golden, SVG, NO_CI);
    expect(readFileSync(golden, 'utf8')).toBe(SVG); // SVG goldens are stored as rendered
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('fichier de référence créé'));
    const html = join(dir, 'b.html');
    assertGoldenFile(html, HTML, { CI: 'true', UPDATE_GOLDEN: '1' });
    expect(readFileSync(html, 'utf8')).toBe(normalizeHtml(HTML)); // HTML goldens are stored normalised
    assertGoldenFile(join(dir, 'c.svg'), SVG, { CI: 'false' });
    expect(existsSync(join(dir, 'c.svg'))).toBe(true);
  });

  it('on a mismatch writes <name>-changed beside the golden and fails, leaving the golden alone', () => {
    const golden = join(dir, 'a.svg');
    writeFileSync(golden, SVG);
    const other = SVG.replace('width="3"', 'width="5"');
    for (const env of [NO_CI, CI]) {
      expect(() => assertGoldenFile(golden, other, env)).toThrow(/a\.svg a changé : comparer avec .*a-changed\.svg/);
      expect(readFileSync(changedPath(golden), 'utf8')).toBe(other);
      expect(readFileSync(golden, 'utf8')).toBe(SVG);
    }
  });

  it('on a match removes a stale -changed file', () => {
    const golden = join(dir, 'a.html');
    writeFileSync(golden, normalizeHtml(HTML));
    writeFileSync(changedPath(golden), 'stale');
    assertGoldenFile(golden, HTML, CI);
    expect(existsSync(changedPath(golden))).toBe(false);
  });

  it('accepts a change with UPDATE_GOLDEN=1', () => {
    const golden = join(dir, 'a.svg');
    writeFileSync(golden, SVG);
    writeFileSync(changedPath(golden), 'stale');
    const other = SVG.replace('width="3"', 'width="5"');
    assertGoldenFile(golden, other, { CI: 'true', UPDATE_GOLDEN: '1' });
    expect(readFileSync(golden, 'utf8')).toBe(other);
    expect(existsSync(changedPath(golden))).toBe(false);
  });

  it('refuses a golden of unknown kind', () => {
    expect(() => assertGoldenFile(join(dir, 'a.txt'), 'x', NO_CI)).toThrow(/unknown kind/);
  });
});

describe('normalisation', () => {
  it('rounds decimals to one place and unifies line endings (SVG)', () => {
    expect(normalizeSvg('x="1.2345" y="-0.04"\r\nz="12.96"')).toBe('x="1.2" y="0"\nz="13"');
    // Digits past the first decimal do not count; the first one does.
    expect(normalizeSvg('x="1.2345"')).toBe(normalizeSvg('x="1.2499"'));
    expect(normalizeSvg('x="1.2"')).not.toBe(normalizeSvg('x="1.3"'));
  });

  it('replaces the style sheet, scripts, base64 data and map outlines by placeholders, and is idempotent (HTML)', () => {
    const once = normalizeHtml(HTML);
    expect(once).toBe(
      '<style>[feuille de style]</style>\n<svg><path d="[tracé]"/><rect x="2.3"/></svg>' +
        '<img src="data:image/png;base64,…"><script type="application/json">{"a":1.3}</script><script>[script]</script>',
    );
    expect(normalizeHtml(once)).toBe(once);
  });
});
