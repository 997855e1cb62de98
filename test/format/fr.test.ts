import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatOrdinal,
  formatChange,
  formatCount,
  formatMEur,
  formatNumber,
  formatPercent,
  formatShare,
  formatSignedMEur,
  frenchTypography,
  plainSpaces,
} from '../../src/format/fr.js';

const p = (s: string) => plainSpaces(s);

describe('French formats', () => {
  it('formats the spec fiche numbers', () => {
    expect(p(formatMEur(4_192_100_000))).toBe('4 192,1 M€');
    expect(p(formatMEur(580_354_500_000))).toBe('580 354,5 M€');
    expect(p(formatShare(4192.1 / 71307.5))).toBe('5,9 %');
    expect(p(formatShare(4192.1 / 580354.5))).toBe('0,72 %');
    expect(p(formatShare(4742.8 / 76304.6))).toBe('6,2 %');
    expect(p(formatShare(4742.8 / 684776.3))).toBe('0,69 %');
  });

  it('uses no-break spaces, a decimal comma and a true minus sign', () => {
    expect(formatNumber(-1234567.891, 2)).toBe('\u22121\u00A0234\u00A0567,89');
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatPercent(0.5)).toBe('50,0\u00A0%');
    expect(p(formatSignedMEur(1_500_000))).toBe('+1,5 M€');
    expect(p(formatSignedMEur(-550_700_000))).toBe('\u2212550,7 M€');
    expect(p(formatSignedMEur(10))).toBe('0,0 M€');
  });

  it('writes change rates with their sign, nothing for a change that rounds to zero', () => {
    expect(p(formatChange(0.032))).toBe('+3,2 %');
    expect(p(formatChange(-0.0104))).toBe('\u22121,0 %');
    expect(p(formatChange(0.0004))).toBe('0,0 %');
    expect(p(formatChange(-0.0004))).toBe('0,0 %');
    expect(p(formatChange(12.345))).toBe('+1 234,5 %');
  });

  it('gives two significant digits to small shares', () => {
    expect(p(formatShare(0.000123))).toBe('0,012 %');
    expect(p(formatShare(0))).toBe('0,0 %');
    expect(p(formatShare(1))).toBe('100,0 %');
  });

  it('property: the French text reads back to the rounded number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, d) => {
        const text = formatNumber(x, d)
          .replace(/\u00A0/g, '')
          .replace(',', '.')
          .replace('\u2212', '-');
        expect(Number(text)).toBeCloseTo(Number(x.toFixed(d)), d);
      }),
    );
  });
});

describe('counts', () => {
  it('puts the noun in the singular up to 1, in the plural from 2', () => {
    expect(formatCount(0, 'ligne')).toBe('0 ligne');
    expect(formatCount(1, 'territoire')).toBe('1 territoire');
    expect(formatCount(2, 'territoire')).toBe('2 territoires');
    expect(formatCount(1234, 'ligne')).toBe('1\u00A0234 lignes');
    expect(formatCount(1, "valeur d'indicateur", "valeurs d'indicateurs")).toBe("1 valeur d'indicateur");
    expect(formatCount(3, "valeur d'indicateur", "valeurs d'indicateurs")).toBe("3 valeurs d'indicateurs");
  });
});

describe('French dates', () => {
  it('writes ISO dates in words, 1er for the first day, unchanged when not a date', async () => {
    const { formatIsoDate, formatIsoDateShort } = await import('../../src/format/fr.js');
    expect(formatIsoDate('2025-03-07T10:00:00Z')).toBe('7\u00A0mars\u00A02025');
    expect(formatIsoDate('2024-12-01')).toBe('1er\u00A0décembre\u00A02024');
    expect(formatIsoDate('hier')).toBe('hier');
    expect(formatIsoDate('2024-13-01')).toBe('2024-13-01');
    expect(formatIsoDateShort('2025-04-15T08:00:00')).toBe('15/04/2025');
    expect(formatIsoDateShort('inconnue')).toBe('');
  });
});

describe('French ordinals', () => {
  it('writes a masculine rank, with the suffix raised in HTML', () => {
    expect(formatOrdinal(1)).toBe('1er');
    expect(formatOrdinal(12)).toBe('12e');
    expect(formatOrdinal(1, { sup: true })).toBe('1<sup>er</sup>');
    expect(formatOrdinal(12, { sup: true })).toBe('12<sup>e</sup>');
  });
});

describe('French sizes', () => {
  it('uses decimal units with a decimal comma', async () => {
    const { formatSize, formatSpeed } = await import('../../src/format/fr.js');
    expect(plainSpaces(formatSize(999))).toBe('999 o');
    expect(plainSpaces(formatSize(1_234_567))).toBe('1,2 Mo');
    expect(plainSpaces(formatSize(3e12))).toBe('3 000,0 Go');
    expect(plainSpaces(formatSpeed(2_500_000))).toBe('2,5 Mo/s');
  });
});

describe('parts of a whole (charts and their tables)', () => {
  it('one decimal, « < 0,1 % » for a part too small to show, never a string of zeros', async () => {
    const { formatPart } = await import('../../src/format/fr.js');
    expect(formatPart(0.0588)).toBe('5,9\u00A0%');
    expect(formatPart(0.00072)).toBe('0,1\u00A0%');
    expect(formatPart(0.00000059)).toBe('<\u00A00,1\u00A0%');
    expect(formatPart(0.000499)).toBe('<\u00A00,1\u00A0%');
    expect(formatPart(0)).toBe('0,0\u00A0%');
    expect(formatPart(1)).toBe('100,0\u00A0%');
  });
});

describe('frenchTypography', () => {
  it('makes an apostrophe typographic between letters, and after an elided word followed by no letter', () => {
    expect(frenchTypography("Côte-d'Or")).toBe('Côte-d’Or');
    expect(frenchTypography("Océan Indien (Territoire britannique de l')")).toBe(
      'Océan Indien (Territoire britannique de l’)',
    );
    expect(frenchTypography("jusqu' ici, L'")).toBe('jusqu’ ici, L’');
  });

  it('leaves other straight quotes: a quoted word, CSS and code in attributes', () => {
    expect(frenchTypography("'y' et 'oui'")).toBe("'y' et 'oui'");
    expect(frenchTypography("font-family:'Source Sans 3'")).toBe("font-family:'Source Sans 3'");
    expect(frenchTypography("format('woff2')")).toBe("format('woff2')");
  });

  it('puts a no-break space before « : ; ! ? » and inside « »', () => {
    expect(frenchTypography('« Autres » : 5 ; oui ?')).toBe('«\u00A0Autres\u00A0»\u00A0: 5\u00A0; oui\u00A0?');
  });
});
