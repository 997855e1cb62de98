// The name of an A17 sector group across the top of its block in the treemap: a dark band
// (translucent, so the cells under it stay visible; it lets the pointer through to them) with
// the name in white, shortened with an ellipsis when the block is narrow.
import { truncateText, verticalMetrics } from './font.js';
import { palette } from './palette.js';
import { el, textEl } from './svg.js';
import { mergeable, shortened, type SceneNode } from './scene.js';
import { rectPath } from './write-paper.js';

export const BAND = 18;
const SIZE = 11;
const PAD = 4;
/** Blocks narrower or lower than this get no band (their name stays in the tooltip). */
const MIN_WIDTH = 70;
const MIN_HEIGHT = 3 * BAND;

export interface GroupBand {
  /** The band's rectangle (drawn translucent dark). */
  rect: { x: number; y: number; width: number; height: number };
  /** The name, in white. */
  text: SceneNode;
}

/** The band of a group at (x, y) of `w` × `h` px, or null when the block is too small. */
export function groupBand(name: string, x: number, y: number, w: number, h: number): GroupBand | null {
  if (w < MIN_WIDTH || h < MIN_HEIGHT) return null;
  const text = truncateText(name, w - 2 * PAD, SIZE, 600);
  if (text === '' || text.length < Math.min(name.length, 8)) return null;
  const baseline =
    y + (BAND - (verticalMetrics().ascent + verticalMetrics().descent) * SIZE) / 2 + verticalMetrics().ascent * SIZE;
  return {
    rect: { x, y, width: w, height: BAND },
    text: shortened(textEl(x + PAD, baseline, text, { size: SIZE, weight: 600, fill: palette.onColour }), name),
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
    band.text,
  );
}
