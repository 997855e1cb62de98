// Line breaking inside a French word, for narrow treemap cells: between syllables by the usual
// typographic rules (a consonant between two vowels goes with the second, two consonants are
// split unless they form ch, ph, th, gn or a consonant + l/r pair), at least two letters before
// the break and three after, and after a hyphen already in the word. Not a dictionary: it only
// avoids breaks that read badly.
import { measureText, wrapText, type FontWeight } from './font.js';

const VOWELS = new Set(Array.from('aeiouyàâäéèêëîïôöùûüÿœæ'));
const INSEPARABLE = new Set([
  'ch',
  'ph',
  'th',
  'gn',
  'bl',
  'br',
  'cl',
  'cr',
  'dr',
  'fl',
  'fr',
  'gl',
  'gr',
  'pl',
  'pr',
  'tr',
  'vr',
]);

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c.toLowerCase());
const isConsonant = (c: string | undefined) => isLetter(c) && !isVowel(c);

/**
 * Where `word` may be broken: indices i (break before word[i]) with whether a hyphen must be
 * added (false after a hyphen already in the word). Increasing order.
 */
export function breakPoints(word: string): { at: number; hyphen: boolean }[] {
  const c = Array.from(word);
  const out: { at: number; hyphen: boolean }[] = [];
  const letters = (from: number, to: number) => c.slice(from, to).filter(isLetter).length;
  for (let i = 1; i < c.length; i++) {
    if (c[i - 1] === '-' && letters(0, i) >= 2 && letters(i, c.length) >= 2) {
      out.push({ at: i, hyphen: false });
      continue;
    }
    if (letters(0, i) < 2 || letters(i, c.length) < 3) continue;
    if (!isLetter(c[i - 1]) || !isLetter(c[i])) continue;
    const pair = `${c[i - 1]}${c[i]}`.toLowerCase();
    const next = `${c[i]}${c[i + 1] ?? ''}`.toLowerCase();
    // A consonant, or a pair that stays together (ch, tr…), before a vowel opens a syllable.
    const opens = isVowel(c[i + 1]) || (INSEPARABLE.has(next) && isVowel(c[i + 2]));
    const vcv = isVowel(c[i - 1]) && isConsonant(c[i]) && opens;
    const vccv = isVowel(c[i - 2]) && isConsonant(c[i - 1]) && isConsonant(c[i]) && opens && !INSEPARABLE.has(pair);
    if (vcv || vccv) out.push({ at: i, hyphen: true });
  }
  return out;
}

/**
 * Greedy wrap of `text` into lines of at most `maxWidth` px, breaking a word that does not fit on
 * a line of its own at its last break point that fits (with a hyphen). Null when some piece of a
 * word does not fit even so. No line limit: the caller decides what to do with too many lines.
 */
export function wrapHyphenated(text: string, maxWidth: number, sizePx: number, weight: FontWeight): string[] | null {
  const fits = (s: string) => measureText(s, sizePx, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text
    .trim()
    .split(/ +/)
    .filter((w) => w !== '')) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      const chars = Array.from(rest);
      const cut = breakPoints(rest)
        .map((b) => ({ head: chars.slice(0, b.at).join('') + (b.hyphen ? '-' : ''), at: b.at }))
        .filter((b) => fits(b.head))
        .pop();
      if (!cut) return null;
      lines.push(cut.head);
      rest = chars.slice(cut.at).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * `text` wrapped at words on at most `maxLines` lines (see wrapText); a first word wider than the
 * line, which wrapText leaves out, is broken between syllables instead, its last shown piece
 * closed with « … » when the word goes on (the full label is in the tooltip, <desc> and table).
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  sizePx: number,
  weight: FontWeight,
  maxLines: number,
): string[] {
  const lines = wrapText(text, maxWidth, sizePx, weight, maxLines);
  if (lines.length > 0) return lines;
  const pieces = wrapHyphenated(text, maxWidth, sizePx, weight);
  if (pieces === null || pieces.length === 0) return [];
  if (pieces.length <= maxLines) return pieces;
  const kept = pieces.slice(0, maxLines);
  let last = kept[maxLines - 1]!.replace(/-$/u, '');
  while (last.length > 1 && measureText(`${last}…`, sizePx, weight) > maxWidth)
    last = Array.from(last).slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
