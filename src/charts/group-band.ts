// The name of an A17 sector group across the top of its block in the treemap: a dark band
// (translucent, so the cells under it stay visible; it lets the pointer through to them) with
// the name in white, shortened with an ellipsis when the block is narrow.
import { truncateText, verticalMetrics } from './font.js';
import { palette } from './palette.js';
import { el, textEl } from './svg.js';

export const BAND = 18;
const SIZE = 11;
const PAD = 4;
/** Blocks narrower or lower than this get no band (their name stays in the tooltip). */
const MIN_WIDTH = 70;
const MIN_HEIGHT = 3 * BAND;

/** The band of a group at (x, y) of `w` × `h` px, or null when the block is too small. */
export function groupBand(name: string, x: number, y: number, w: number, h: number): string | null {
  if (w < MIN_WIDTH || h < MIN_HEIGHT) return null;
  const text = truncateText(name, w - 2 * PAD, SIZE, 600);
  if (text === '' || text.length < Math.min(name.length, 8)) return null;
  const baseline = y + (BAND - (verticalMetrics().ascent + verticalMetrics().descent) * SIZE) / 2 + verticalMetrics().ascent * SIZE;
  return el(
    'g',
    { class: 'group-name', 'pointer-events': 'none' },
    el('rect', { x, y, width: w, height: BAND, fill: palette.text, 'fill-opacity': 0.55 }),
    textEl(x + PAD, baseline, text, { size: SIZE, weight: 600, fill: palette.onColour }),
  );
}
