import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fontFiles, measureText, textBox, truncateText, wrapText } from '../../src/charts/font.js';

describe('measureText', () => {
  it('uses the real advance widths of Source Sans 3', () => {
    // 'n' advances 547 units per 1000 in the regular weight.
    expect(measureText('n', 10)).toBeCloseTo(5.47, 5);
    expect(measureText('nn', 10)).toBeCloseTo(10.94, 5);
    expect(measureText('Allemagne', 12, 600)).toBeGreaterThan(measureText('Allemagne', 12, 400));
    expect(measureText('', 12)).toBe(0);
    expect(measureText('iiii', 12)).toBeLessThan(measureText('MMMM', 12));
  });

  it('scales with the size and adds up', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        expect(measureText(a + b, 12)).toBeCloseTo(measureText(a, 12) + measureText(b, 12), 6);
        expect(measureText(a, 24)).toBeCloseTo(2 * measureText(a, 12), 6);
      }),
    );
  });

  it('measures every character without throwing, format characters as nothing (issue 25, point 12)', () => {
    // U+2009, U+200B and U+FEFF made fontkit throw a RangeError (its glyph data for them is cut off).
    for (let cp = 0; cp < 0x30000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const width = measureText(`a${String.fromCodePoint(cp)}`, 10, cp % 2 ? 400 : 600);
      if (!Number.isFinite(width)) throw new Error(`U+${cp.toString(16)}: ${width}`);
    }
    for (const cp of [0x200b, 0xfeff, 0x200e, 0x2060]) expect(measureText(String.fromCodePoint(cp), 10)).toBe(0);
    expect(measureText('\u2009', 10)).toBeCloseTo(measureText(' ', 10), 6);
    const label = 'Su\u200bède\u2009et\ufeff Norvège';
    expect(wrapText(label, 40, 10).join(' ')).toContain('Norvège');
    expect(truncateText(label.repeat(5), 60, 10)).toMatch(/…$/);
  });

  it('lists existing font files for the fiche to embed', () => {
    const files = fontFiles();
    expect(files.map((f) => `${f.subset}-${f.weight}`)).toEqual([
      'latin-400',
      'latin-ext-400',
      'latin-600',
      'latin-ext-600',
    ]);
    for (const f of files) {
      expect(existsSync(f.woff2)).toBe(true);
      expect(existsSync(f.woff)).toBe(true);
      expect(f.unicodeRange).toMatch(/^U\+/);
    }
  });
});

describe('textBox', () => {
  it('places the box by anchor', () => {
    const w = measureText('Italie', 12);
    expect(textBox(100, 50, 'Italie', 12, 400, 'start').x0).toBe(100);
    expect(textBox(100, 50, 'Italie', 12, 400, 'end').x1).toBeCloseTo(100, 9);
    expect(textBox(100, 50, 'Italie', 12, 400, 'middle').x0).toBeCloseTo(100 - w / 2, 9);
    const b = textBox(0, 50, 'Italie', 12);
    expect(b.y0).toBeLessThan(50);
    expect(b.y1).toBeGreaterThan(50);
  });
});

describe('wrapText', () => {
  const words = fc.array(
    fc.constantFrom(
      'Produits',
      'de',
      "l'industrie",
      'textile',
      'Anticonstitutionnellement',
      'et',
      'caoutchouc',
      '1 234,5',
    ),
    { maxLength: 25 },
  );

  it('never exceeds the width or the number of lines, and keeps the words in order', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 10, max: 300 }), fc.integer({ min: 1, max: 3 }), (ws, width, maxLines) => {
        const text = ws.join(' ');
        const lines = wrapText(text, width, 12, 600, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const l of lines) expect(measureText(l, 12, 600)).toBeLessThanOrEqual(width + 1e-9);
        const joined = lines.join(' ').replace(/…$/, '');
        expect(
          text.replace(/\u00A0/g, ' ').startsWith(joined.replace(/\u00A0/g, ' ').replace(/[\s,;:–\-(]+$/u, '')) ||
            joined === '',
        ).toBe(true);
        if (lines.length > 0 && !lines[lines.length - 1]!.endsWith('…'))
          expect(lines.join(' ')).toBe(text.trim().split(/ +/).join(' '));
        // Lines hold whole words only (issue 20.3) and never a lone « de… » (« Fabrication de / de… »
        // reads as a doubled word).
        const shown = joined.split(' ').filter((w) => w !== '');
        const whole = text.trim().split(/ +/);
        shown.forEach((w, k) => {
          expect(whole[k]!.startsWith(w) && whole[k]!.replace(/[\s,;:–\-(]+$/u, '').length <= w.length).toBe(true);
        });
        if (lines.length > 1) expect(lines[lines.length - 1]).not.toMatch(/^(de|et)…$/);
      }),
    );
  });

  it('never ends a cut line on a word that announces the cut one (« de… », « et… », « avec… »)', () => {
    const ANNOUNCING = ['de', 'et', 'avec', 'sans', 'une', 'entre', 'non'];
    const label = fc.array(
      fc.constantFrom(
        'Métaux',
        'ferreux',
        'de',
        'et',
        'avec',
        'sans',
        'une',
        'entre',
        'non',
        'première',
        'transformation',
      ),
      { minLength: 2, maxLength: 12 },
    );
    fc.assert(
      fc.property(label, fc.integer({ min: 40, max: 260 }), fc.integer({ min: 1, max: 3 }), (ws, width, maxLines) => {
        const lines = wrapText(ws.join(' '), width, 11, 600, maxLines);
        const last = lines.at(-1);
        if (!last?.endsWith('…')) return;
        const words = lines.join(' ').slice(0, -1).split(' ');
        // The cut follows a whole, full word, unless that is the label's only shown word.
        if (words.length > 1) expect(ANNOUNCING, lines.join(' / ')).not.toContain(words.at(-1)!.toLowerCase());
      }),
    );
  });

  it('cuts a 120-character label to two lines ending with an ellipsis, at a word', () => {
    const label =
      'République fédérale d’Allemagne et territoires douaniers associés selon la nomenclature géographique des pays du monde';
    const lines = wrapText(label, 160, 12, 600, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines[1]).not.toMatch(/ (de|et|la)…$/);
  });

  it('does not split no-break spaces and returns [] when nothing fits', () => {
    expect(wrapText('1\u00A0234,5 M€', 1000, 12)).toEqual(['1\u00A0234,5 M€']);
    expect(wrapText('Allemagne', 2, 12)).toEqual([]);
    expect(truncateText('Allemagne', 1000, 12)).toBe('Allemagne');
    expect(truncateText('Allemagne', 30, 12)).toBe('');
  });
});

describe('labels cut only after whole words (issue 20.3)', () => {
  const label = fc.array(
    fc.constantFrom(
      'Part',
      'du',
      'pays,',
      'Auvergne-Rhône-Alpes',
      'Provence-Alpes-Côte',
      'd’Azur',
      'Métaux',
      'non',
      'ferreux',
      'Anticonstitutionnellement',
      'de',
      'Saint-Vincent-et-les-Grenadines',
    ),
    { minLength: 1, maxLength: 10 },
  );
  const words = (s: string) => s.split(' ').filter((w) => w !== '');
  /** `shown` (without its ellipsis) is the first words of `text`, each whole. */
  const firstWholeWords = (shown: string, text: string) => {
    const w = words(shown.replace(/…$/u, ''));
    return w.length > 0 && w.every((x, k) => words(text)[k]!.replace(/[,;:]$/u, '') === x.replace(/[,;:]$/u, ''));
  };

  it('truncateText gives the label, or its first whole words and « … » within the width, or nothing', () => {
    fc.assert(
      fc.property(label, fc.integer({ min: 5, max: 400 }), fc.constantFrom(11, 12), (ws, width, size) => {
        const text = ws.join(' ');
        const cut = truncateText(text, width, size);
        if (cut === '' || cut === text) return;
        expect(cut.endsWith('…'), cut).toBe(true);
        expect(measureText(cut, size)).toBeLessThanOrEqual(width + 1e-9);
        expect(firstWholeWords(cut, text), `${text} → ${cut}`).toBe(true);
      }),
    );
  });

  it('wrapText never breaks a word, not even the first one', () => {
    fc.assert(
      fc.property(label, fc.integer({ min: 5, max: 400 }), fc.integer({ min: 1, max: 3 }), (ws, width, maxLines) => {
        const text = ws.join(' ');
        const lines = wrapText(text, width, 11, 600, maxLines);
        if (lines.length > 0)
          expect(firstWholeWords(lines.join(' '), text), `${text} → ${lines.join(' / ')}`).toBe(true);
      }),
    );
  });
});
