// The one font of the charts (Source Sans 3, SIL OFL, from @fontsource) and text measurement
// from its real metrics, so that wrapping and fitting match what the browser and resvg draw.
// Widths are the sum of glyph advances; kerning is ignored everywhere (measurement and tests),
// which in Latin text only makes the drawn text a little narrower than measured.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

export const FONT_FAMILY = 'Source Sans 3';
/** Value of the SVG `font-family` attribute. */
export const FONT_FAMILY_ATTR = "'Source Sans 3', sans-serif";

export type FontWeight = 400 | 600;
export const FONT_WEIGHTS: readonly FontWeight[] = [400, 600];

export interface FontFile {
  weight: FontWeight;
  subset: 'latin' | 'latin-ext';
  /** CSS `unicode-range` of the subset. */
  unicodeRange: string;
  woff2: string;
  woff: string;
}

const require = createRequire(import.meta.url);
const PACKAGE = '@fontsource/source-sans-3';
const SUBSETS = ['latin', 'latin-ext'] as const;

function fontPath(subset: string, weight: number, ext: 'woff' | 'woff2'): string {
  return require.resolve(`${PACKAGE}/files/source-sans-3-${subset}-${weight}-normal.${ext}`);
}

let fontFilesCache: FontFile[] | undefined;

/** The font files the fiche must embed (with @font-face unicode-range) for the charts' text. */
export function fontFiles(): FontFile[] {
  if (!fontFilesCache) {
    const ranges = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/unicode.json`), 'utf8')) as Record<
      string,
      string
    >;
    fontFilesCache = FONT_WEIGHTS.flatMap((weight) =>
      SUBSETS.map((subset) => ({
        weight,
        subset,
        unicodeRange: ranges[subset] ?? '',
        woff2: fontPath(subset, weight, 'woff2'),
        woff: fontPath(subset, weight, 'woff'),
      })),
    );
  }
  return fontFilesCache;
}

interface Metrics {
  /** Advance widths in em, by code point (filled lazily). */
  advances: Map<number, number>;
  fonts: fontkit.Font[];
  fallback: number;
}

const metrics = new Map<FontWeight, Metrics>();

function metricsFor(weight: FontWeight): Metrics {
  let m = metrics.get(weight);
  if (!m) {
    const fonts = SUBSETS.map((subset) => fontkit.openSync(fontPath(subset, weight, 'woff')) as fontkit.Font);
    const latin = fonts[0]!;
    // Characters the font lacks are drawn by a fallback font; measure them as a wide 'M'.
    const fallback = latin.glyphForCodePoint(0x4d).advanceWidth / latin.unitsPerEm;
    m = { advances: new Map(), fonts, fallback };
    metrics.set(weight, m);
  }
  return m;
}

const FORMAT_CHARACTER = /^\p{Cf}$/u;
const SPACE_SEPARATOR = /^\p{Zs}$/u;

/**
 * A code point's advance in em. Format characters (U+200B, U+FEFF…) draw nothing; the font
 * files' data for a few others (U+2009) is cut off and makes fontkit throw: a space separator
 * is then measured as a space, anything else as the fallback.
 */
function glyphAdvance(m: Metrics, cp: number): number {
  const char = String.fromCodePoint(cp);
  if (FORMAT_CHARACTER.test(char)) return 0;
  try {
    const font = m.fonts.find((f) => f.hasGlyphForCodePoint(cp));
    if (font) return font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
  } catch {
    if (SPACE_SEPARATOR.test(char) && cp !== 0x20) return advance(m, 0x20);
  }
  return m.fallback;
}

function advance(m: Metrics, cp: number): number {
  let w = m.advances.get(cp);
  if (w === undefined) {
    w = glyphAdvance(m, cp);
    m.advances.set(cp, w);
  }
  return w;
}

/** Width in px of `text` set in the chart font at `sizePx`. */
export function measureText(text: string, sizePx: number, weight: FontWeight = 400): number {
  const m = metricsFor(weight);
  let em = 0;
  for (const ch of text) em += advance(m, ch.codePointAt(0)!);
  return em * sizePx;
}

let vertical: { ascent: number; descent: number } | undefined;

/** Ascent and descent (positive, in em) from the font's hhea table. */
export function verticalMetrics(): { ascent: number; descent: number } {
  if (!vertical) {
    const f = metricsFor(400).fonts[0]!;
    vertical = { ascent: f.ascent / f.unitsPerEm, descent: -f.descent / f.unitsPerEm };
  }
  return vertical;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box of one line of text drawn at (x, baseline y). */
export function textBox(
  x: number,
  y: number,
  text: string,
  sizePx: number,
  weight: FontWeight = 400,
  anchor: TextAnchor = 'start',
): Box {
  const w = measureText(text, sizePx, weight);
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  const { ascent, descent } = verticalMetrics();
  return { x0, y0: y - ascent * sizePx, x1: x0 + w, y1: y + descent * sizePx };
}

/** Height in px of a block of `lines` lines with baselines `lineHeight` px apart. */
export function blockHeight(lines: number, sizePx: number, lineHeight: number): number {
  if (lines <= 0) return 0;
  const { ascent, descent } = verticalMetrics();
  return (ascent + descent) * sizePx + (lines - 1) * lineHeight;
}

const ELLIPSIS = '…';
/**
 * Short French words that should not end a line cut by an ellipsis (« Produits de… », « échanges
 * avec… », « Métaux non… »): prepositions, articles, conjunctions and « non », which announce
 * what was cut.
 */
export const DANGLING_WORDS: ReadonlySet<string> = new Set([
  'à',
  'au',
  'aux',
  'avec',
  'dans',
  'de',
  'des',
  'du',
  "d'",
  'd’',
  'en',
  'entre',
  'et',
  'hors',
  "l'",
  'l’',
  'la',
  'le',
  'les',
  'non',
  'ou',
  'par',
  'pour',
  'sans',
  'sur',
  'un',
  'une',
  'y',
]);

/**
 * `text` when it fits `maxWidth`, else its first whole words followed by an ellipsis (never cut
 * inside a word nor after a word announcing the cut one), '' when not even its first word fits:
 * a label is shortened only where the full one stays readable elsewhere (issue 20.3).
 */
export function truncateText(text: string, maxWidth: number, sizePx: number, weight: FontWeight = 400): string {
  if (measureText(text, sizePx, weight) <= maxWidth) return text;
  return closeWithEllipsis(text.trim().replace(/ +/g, ' '), maxWidth, sizePx, weight, true);
}

/**
 * Greedy word wrap on ordinary spaces (no-break spaces keep numbers and units together) into at
 * most `maxLines` lines of at most `maxWidth` px; what does not fit ends the last line with '…'.
 * Words are never broken. Returns [] when not even the first word (with the ellipsis) fits.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  sizePx: number,
  weight: FontWeight = 400,
  maxLines = 2,
): string[] {
  const words = text
    .trim()
    .split(/ +/)
    .filter((w) => w !== '');
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!;
    // A word wider than the line is never cut inside (issue 20.3): the previous line gets the
    // ellipsis below, and a first word that does not fit leaves nothing to show.
    if (measureText(line, sizePx, weight) > maxWidth) break;
    i++;
    while (i < words.length && measureText(line + ' ' + words[i], sizePx, weight) <= maxWidth) {
      line += ' ' + words[i];
      i++;
    }
    lines.push(line);
  }
  if (i < words.length) {
    // Text was left out: the last line that can take an ellipsis ends with one.
    while (lines.length > 0) {
      const closed = closeWithEllipsis(lines[lines.length - 1]!, maxWidth, sizePx, weight, lines.length === 1);
      if (closed) {
        lines[lines.length - 1] = closed;
        break;
      }
      lines.pop();
    }
  }
  return lines;
}

const TRAILING = /[\s,;:–\-(]+$/u;

/**
 * `line` ended with an ellipsis within `maxWidth`: cut at a word boundary (never after a
 * dangling "de", "et"…) when a word or more fits; '' if not even the first word fits.
 * A line that is not the `first` one is never made of dangling words alone (« Produits / de… »):
 * '' then, and the line above takes the ellipsis.
 */
function closeWithEllipsis(line: string, maxWidth: number, sizePx: number, weight: FontWeight, first: boolean): string {
  const kept = line.split(' ');
  const dropDangling = () => {
    while (kept.length > 1 && DANGLING_WORDS.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  };
  dropDangling();
  while (kept.length > 0) {
    if (!first && kept.length === 1 && DANGLING_WORDS.has(kept[0]!.toLowerCase())) return '';
    const candidate = kept.join(' ').replace(TRAILING, '') + ELLIPSIS;
    if (candidate !== ELLIPSIS && measureText(candidate, sizePx, weight) <= maxWidth) return candidate;
    kept.pop();
    dropDangling();
  }
  return '';
}
