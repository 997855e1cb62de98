// The visible-text scan itself: it finds a straight apostrophe in text, in a tooltip and behind an
// entity, and ignores scripts, styles, comments and attributes nobody reads.
import { describe, expect, it } from 'vitest';
import { straightApostrophes, visibleTexts } from './visible-text.js';

describe('straightApostrophes', () => {
  it('finds them in text, in shown attributes and behind entities', () => {
    expect(straightApostrophes("<p>Dépendances à l'import</p>")).toEqual(["Dépendances à l'import"]);
    expect(straightApostrophes('<svg><text>l&apos;export</text><g data-tip="d&#39;un pays"></g></svg>')).toEqual([
      "l'export",
      "d'un pays",
    ]);
    expect(straightApostrophes('<a title="aujourd\'hui" href="x">x</a>')).toEqual(["aujourd'hui"]);
  });

  it('ignores scripts, styles, comments and attributes nobody reads, and typographic apostrophes', () => {
    const html =
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'"><style>body{font-family:'Source Sans 3'}</style>` +
      `<script>var a = 'b';</script><!-- l'ancien --><p class="x">l’import</p>`;
    expect(straightApostrophes(html)).toEqual([]);
    expect(visibleTexts(html)).toEqual(['l’import']);
  });
});
