// French number formats, used by every output (CLI, charts, fiche, CSV).
// Written by hand rather than with Intl so that output does not depend on the ICU version:
// thousands are separated and units preceded by a no-break space (U+00A0).

export const NBSP = '\u00A0';

/** Groups the digits of a non-negative integer string by three with no-break spaces. */
function groupThousands(digits: string): string {
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
  const pct = Math.abs(fraction * 100);
  let decimals = 1;
  if (pct > 0 && pct < 1) decimals = Math.min(6, Math.max(1, 1 - Math.floor(Math.log10(pct))));
  return formatPercent(fraction, decimals);
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
  let out = text;
  if (out.includes("'")) out = out.replace(STRAIGHT_APOSTROPHE, '\u2019');
  if (/ [:;!?»]|« /.test(out)) out = out.replace(SPACE_BEFORE, `${NBSP}$1`).replace(SPACE_AFTER, `«${NBSP}`);
  return out;
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
