// The label of a treemap cell: the activity's name on as many lines as the cell holds, wrapped
// (long words broken between syllables) before anything is cut, then its share.
import { blockHeight, measureText, wrapText } from './font.js';
import { wrapHyphenated } from './hyphenate.js';

export const LABEL_SIZE = 11;
export const LINE = 13;
/** Inner margin of a cell around its label. */
export const PAD = 4;

export interface CellLabel {
  lines: string[];
  /** Null when the share's line goes to the name (the share stays in the tooltip and table). */
  share: string | null;
}

/** A word without its surrounding punctuation, to compare shown and full names. */
function bare(word: string): string {
  return word.replace(/^[(«"]+|[\s,;:.…)»"]+$/gu, '');
}

/**
 * The label of a cell of `w` × `h` px, or null when no readable label fits (the cell's tooltip
 * still names it). The whole name when it fits on the lines the cell holds; the whole name alone
 * when it needs the share's line too (whole words only); otherwise the name cut after whole words with an ellipsis,
 * keeping at least two words.
 */
export function fitCellLabel(name: string, share: string, w: number, h: number): CellLabel | null {
  const innerW = w - 2 * PAD;
  const innerH = h - 2 * PAD;
  if (innerW <= 0 || innerH <= 0 || measureText(share, LABEL_SIZE) > innerW) return null;
  let maxLines = 0;
  while (blockHeight(maxLines + 2, LABEL_SIZE, LINE) <= innerH) maxLines++;
  if (maxLines === 0) return null;
  const whole = wrapHyphenated(name, innerW, LABEL_SIZE, 600);
  if (whole && whole.length <= maxLines) return { lines: whole, share };
  // Cut: no word broken in the middle, and a cut name keeps two words.
  const words = name.trim().split(/ +/);
  // A name of several words one line too long, without breaking a word, takes the share's line
  // rather than be cut (« Métaux non… », issue 20.3).
  const taller = words.length > 1 ? wrapText(name, innerW, LABEL_SIZE, 600, maxLines + 1) : [];
  if (taller.length === maxLines + 1 && !taller[maxLines]!.endsWith('…')) return { lines: taller, share: null };
  const known = new Set(words.map(bare));
  for (let n = maxLines; n >= 1; n--) {
    const lines = wrapText(name, innerW, LABEL_SIZE, 600, n);
    if (lines.length === 0) return null;
    const shown = lines.join(' ').replace(/…$/, '').split(/ +/);
    if (shown.every((x) => known.has(bare(x))) && shown.length >= Math.min(2, words.length)) return { lines, share };
  }
  return null;
}
