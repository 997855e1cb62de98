// The name of an A17 sector group across the top of its block in the treemap: a dark band
// (translucent, so the cells under it stay visible; it lets the pointer through to them) with
// the name in white, on two lines when one does not hold it and the block is tall enough, cut
// after a whole word with an ellipsis only when two lines do not hold it either (never inside a
// word: « Équipements élect… », « Fabrication de de… »).
import { verticalMetrics, wrapText } from './font.js';
import { palette } from './palette.js';
import { el, textEl } from './svg.js';
import { mergeable, shortened, type SceneNode } from './scene.js';
import { rectPath } from './write-paper.js';

/** Height of a one-line band. */
export const BAND = 18;
const SIZE = 11;
const PAD = 4;
/** Distance between the baselines of a two-line band. */
const LINE = 13;
/** Blocks narrower or lower than this get no band (their name stays in the tooltip). */
const MIN_WIDTH = 70;
const MIN_HEIGHT = 3 * BAND;
/** Blocks at least this tall may get a two-line band. */
const TWO_LINES_HEIGHT = 5 * BAND;

export interface GroupBand {
  /** The band's rectangle (drawn translucent dark). */
  rect: { x: number; y: number; width: number; height: number };
  /** The name, in white, one text per line. */
  texts: SceneNode[];
}

/** The words of `text` without a closing ellipsis or punctuation (what a cut line keeps of each). */
export const wordsOf = (text: string) =>
  text
    .replace(/…$/u, '')
    .split(/ +/)
    .map((w) => w.replace(/[\s,;:]+$/u, ''))
    .filter((w) => w !== '');

/**
 * `name` on at most `maxLines` lines of `width` px, cut only after a whole word (the first
 * words of the name, in order, at least 8 characters of them, or the whole name); null otherwise.
 */
export function bandLines(name: string, width: number, maxLines: number): string[] | null {
  const lines = wrapText(name, width, SIZE, 600, maxLines);
  const shown = wordsOf(lines.join(' '));
  const words = wordsOf(name);
  const whole = shown.length === words.length;
  if (shown.length === 0 || shown.join(' ').length < Math.min(name.length, 8)) return null;
  if (shown.some((w, i) => w !== words[i])) return null;
  return whole || lines[lines.length - 1]!.endsWith('…') ? lines : null;
}

/** The band of a group at (x, y) of `w` × `h` px, or null when the block is too small. */
export function groupBand(name: string, x: number, y: number, w: number, h: number): GroupBand | null {
  if (w < MIN_WIDTH || h < MIN_HEIGHT) return null;
  const lines = bandLines(name, w - 2 * PAD, h >= TWO_LINES_HEIGHT ? 2 : 1);
  if (lines === null) return null;
  const { ascent, descent } = verticalMetrics();
  const height = BAND + (lines.length - 1) * LINE;
  const first = y + (BAND - (ascent + descent) * SIZE) / 2 + ascent * SIZE;
  const style = { size: SIZE, weight: 600, fill: palette.onColour } as const;
  return {
    rect: { x, y, width: w, height },
    texts: lines.map((line, k) => shortened(textEl(x + PAD, first + k * LINE, line, style), name)),
  };
}

/** The band's paint. */
export const BAND_STYLE = { fill: palette.text, 'fill-opacity': 0.55 };

/**
 * The band: on screen, the pointer goes through it to the cells under it; on paper, bands merge
 * into one path (they never overlap).
 */
export function groupBandEl(band: GroupBand): SceneNode {
  return el(
    'g',
    { class: 'group-name', 'pointer-events': 'none' },
    mergeable(
      el('rect', { ...band.rect, ...BAND_STYLE }),
      { key: 'band', rank: 1, style: BAND_STYLE },
      rectPath(band.rect.x, band.rect.y, band.rect.width, band.rect.height),
    ),
    band.texts.length > 1 ? el('g', { class: 'label' }, ...band.texts) : band.texts[0]!,
  );
}
