// French number formats, used by every output (CLI, charts, fiche, CSV).
// Written by hand rather than with Intl so that output does not depend on the ICU version:
// thousands are separated and units preceded by a no-break space (U+00A0).

export const NBSP = '\u00A0';

/** Groups the digits of a non-negative integer string by three with no-break spaces. */
export function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += NBSP;
    out += digits[i];
  }
  return out;
}

/** `1234.56, 1` → `1 234,6` (French decimal comma, no-break space thousands, minus sign '−'). */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const isZero = Number(fixed) === 0;
  const sign = value < 0 && !isZero ? '\u2212' : '';
  return sign + groupThousands(int) + (frac ? ',' + frac : '');
}

/**
 * A count and its noun, singular up to 1 as French has it: '1 territoire', '183 territoires',
 * '1 234 lignes'. `many` defaults to the noun with an s.
 */
export function formatCount(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${Math.abs(n) >= 2 ? many : one}`;
}

/** Euros → `4 192,1 M€`. */
export function formatMEur(eur: number, decimals = 1): string {
  return `${formatNumber(eur / 1e6, decimals)}${NBSP}M€`;
}

/** Euros → `4 192,1` (millions, no unit). */
export function formatMillions(eur: number, decimals = 1): string {
  return formatNumber(eur / 1e6, decimals);
}

/** Fraction 0–1 → `5,9 %`. */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${formatNumber(fraction * 100, decimals)}${NBSP}%`;
}

/**
 * Share with as many decimals as needed to show two significant digits (at least one decimal):
 * 0.0588 → `5,9 %`, 0.00722 → `0,72 %`, 0.000123 → `0,012 %`.
 */
export function formatShare(fraction: number): string {
  return formatPercent(fraction, shareDecimals(fraction));
}

/** The decimals formatShare prints a share with: 1, or more under 1 % (0.00722 → 2). */
export function shareDecimals(fraction: number): number {
  const pct = Math.abs(fraction * 100);
  if (pct > 0 && pct < 1) return Math.min(6, Math.max(1, 1 - Math.floor(Math.log10(pct))));
  return 1;
}

/** A number as formatNumber prints it with `decimals`, counted in its last digit: (636.66, 1) → 6367. */
function printedUnits(value: number, decimals: number): number {
  const units = Math.round(Number(Math.abs(value).toFixed(decimals)) * 10 ** decimals);
  return value < 0 ? -units : units;
}

/** A number as a reader reads it once printed with `decimals`: (636.66, 1) → 636.7. */
export function printedNumber(value: number, decimals: number): number {
  return printedUnits(value, decimals) / 10 ** decimals;
}

/**
 * a − b as a reader computes it from the two numbers printed with `decimals`: (636.66, 622.54, 1)
 * → 14.2, where the exact difference, 14.12, would print as 14,1 beside 636,7 and 622,5.
 */
export function printedDifference(a: number, b: number, decimals: number): number {
  return (printedUnits(a, decimals) - printedUnits(b, decimals)) / 10 ** decimals;
}

/**
 * Two shares compared as formatShare prints them, in percentage points: the difference a reader
 * computes from the printed values (6,5 % and 6,5 % → 0; 4,9 % and 4,5 % → −0.4) and the
 * decimals to print it with (those of the more precise of the two).
 */
export function printedShareGap(share: number, other: number): { points: number; decimals: number } {
  const decimals = Math.max(shareDecimals(share), shareDecimals(other));
  return {
    points: printedDifference(
      printedNumber(share * 100, shareDecimals(share)),
      printedNumber(other * 100, shareDecimals(other)),
      decimals,
    ),
    decimals,
  };
}

/**
 * A part of a whole with one decimal, as charts and tables show it: 0.0588 → `5,9 %`; a part too
 * small to show (under 0,05 %) is `< 0,1 %`, never a string of zeros; nothing at all is `0,0 %`.
 */
export function formatPart(fraction: number): string {
  if (fraction > 0 && fraction < 0.0005) return `<${NBSP}${formatNumber(0.1, 1)}${NBSP}%`;
  return formatPercent(fraction, 1);
}

/** A change rate with its sign, one decimal: 0.032 → `+3,2 %`, −0.01 → `−1,0 %`, a change that rounds to nothing `0,0 %`. */
export function formatChange(fraction: number): string {
  const text = formatPercent(fraction, 1);
  return fraction > 0 && text !== formatPercent(0, 1) ? '+' + text : text;
}

/** Signed amount in M€, with an explicit '+' for surpluses: `+1 234,5 M€`, `−550,7 M€`. */
export function formatSignedMEur(eur: number, decimals = 1): string {
  const text = formatMEur(eur, decimals);
  return eur > 0 && formatMillions(eur, decimals) !== formatNumber(0, decimals) ? '+' + text : text;
}

// Between letters, or ending an elided word (l', d', jusqu'…) that no letter follows.
const STRAIGHT_APOSTROPHE = /(?<=\p{L})'(?=\p{L})|(?<=(?<!\p{L})[cdjlmnst]|qu)'/giu;
const SPACE_BEFORE = / ([:;!?»])/g;
const SPACE_AFTER = /« /g;

/**
 * French typography for displayed text, as INSEE writes it: an apostrophe between letters is the
 * typographic one (`Côte-d'Or` → `Côte-d’Or`), and so is the one ending an elided word that no
 * letter follows (DGDDI's label `Océan Indien (Territoire britannique de l')`); the space before
 * « : ; ! ? » and inside « » is a no-break space, so that the sign never starts a line.
 */
export function frenchTypography(text: string): string {
  let out = curlyApostrophes(text);
  if (/ [:;!?»]|« /.test(out)) out = out.replace(SPACE_BEFORE, `${NBSP}$1`).replace(SPACE_AFTER, `«${NBSP}`);
  return out;
}

/** Only the apostrophes of frenchTypography (`d'une` → `d’une`), for text whose spaces must stay as they are (terminal help). */
export function curlyApostrophes(text: string): string {
  return text.includes("'") ? text.replace(STRAIGHT_APOSTROPHE, '\u2019') : text;
}

/** Replaces no-break spaces by plain spaces (for terminals and text comparisons). */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}

/** Signed amount in millions without unit, with '+' for surpluses: `+1 234,5`, `−550,7`. */
export function formatSignedMillions(eur: number, decimals = 1): string {
  const text = formatMillions(eur, decimals);
  return eur > 0 && text !== formatNumber(0, decimals) ? '+' + text : text;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** A rank in French (masculine, as « rang »): `1er`, `12e`; `sup` puts the suffix in <sup> for HTML. */
export function formatOrdinal(n: number, { sup = false }: { sup?: boolean } = {}): string {
  const suffix = n === 1 ? 'er' : 'e';
  return `${formatNumber(n)}${sup ? `<sup>${suffix}</sup>` : suffix}`;
}

/** A calendar date (UTC) in words: `1er janvier 2026`, `15 août 2025`. */
export function formatDate(date: Date): string {
  const day = date.getUTCDate();
  return `${day === 1 ? formatOrdinal(1) : day}${NBSP}${MONTHS[date.getUTCMonth()]}${NBSP}${date.getUTCFullYear()}`;
}

/** The calendar date of an ISO date-time in words (`2025-03-07T10:00:00Z` → `7 mars 2025`); other text unchanged. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  return formatDate(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** The calendar date of an ISO date-time in figures (`2025-04-15T08:00:00` → `15/04/2025`); '' when it is none. */
export function formatIsoDateShort(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

const SIZE_UNITS = ['o', 'ko', 'Mo', 'Go'];

/** 1234567 → `1,2 Mo` (decimal units, as French file managers show them). */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatNumber(value, unit === 0 ? 0 : 1)}${NBSP}${SIZE_UNITS[unit]}`;
}

/** Bytes per second → `2,5 Mo/s`. */
export function formatSpeed(bytesPerSecond: number): string {
  return `${formatSize(bytesPerSecond)}/s`;
}
