import { describe, expect, it } from 'vitest';
import { AA_CONTRAST, contrastRatio, palette, relativeLuminance } from '../../src/charts/palette.js';

describe('contrastRatio', () => {
  it('gives the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2); // the classic "just below AA" grey
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'));
  });

  it('rejects colours that are not #rrggbb', () => {
    expect(() => relativeLuminance('blue')).toThrow();
    expect(() => relativeLuminance('#fff')).toThrow();
  });
});

describe('palette', () => {
  it('meets WCAG AA for every text colour on its background', () => {
    const pairs: [string, string, string][] = [
      ['white text on imports', palette.onColour, palette.imports],
      ['white text on exports', palette.onColour, palette.exports],
      ['deficit on white', palette.deficit, palette.background],
      ['surplus on white', palette.surplus, palette.background],
      ['text on white', palette.text, palette.background],
      ['muted on white', palette.muted, palette.background],
      ['imports headers on white', palette.imports, palette.background],
      ['exports headers on white', palette.exports, palette.background],
    ];
    for (const [what, fg, bg] of pairs) expect(contrastRatio(fg, bg), what).toBeGreaterThanOrEqual(AA_CONTRAST);
  });

  it('keeps the highlighted flows distinct from the neutral ones', () => {
    expect(contrastRatio(palette.highlight, palette.neutral)).toBeGreaterThan(1.5);
  });
});
