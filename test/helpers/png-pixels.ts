// What a text adds to a chart's image: the SVG drawn by resvg (with the charts' font, one pixel
// per SVG px) with and without it, pixel by pixel, so that a test sees a notice, a title or a
// source line drawn, and where.
import { expect } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { chartFontPaths } from '../../src/charts/png.js';
import { FONT_FAMILY } from '../../src/charts/font.js';
import { escapeXml } from '../../src/charts/svg.js';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Buffer;
}

/** `svg` drawn on white at one pixel per SVG px. */
export function drawn(svg: string): Pixels {
  const image = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: chartFontPaths(), defaultFontFamily: FONT_FAMILY },
    background: 'white',
    logLevel: 'off',
  }).render();
  // `pixels` copies the image out of resvg at every read: read it once.
  return { width: image.width, height: image.height, data: image.pixels };
}

/** Pixels that differ between two images of one size: how many, and the rows (SVG px) they span. */
export function difference(a: Pixels, b: Pixels): { count: number; top: number; bottom: number } {
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  let count = 0;
  let top = Infinity;
  let bottom = -Infinity;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data.readUInt32BE(i) === b.data.readUInt32BE(i)) continue;
    count++;
    const row = Math.floor(i / 4 / a.width);
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
  }
  return { count, top, bottom };
}

/** `svg` with the `<text>` elements whose content is exactly one of `texts` emptied. */
export function withoutText(svg: string, ...texts: string[]): string {
  return texts.reduce((s, text) => {
    const content = `>${escapeXml(text)}</text>`;
    expect(s).toContain(content);
    return s.replace(content, '></text>');
  }, svg);
}

/** What the `<text>` elements holding `texts` draw in `svg`: the pixels they change, and where. */
export function inkOf(svg: string, ...texts: string[]): { count: number; top: number; bottom: number } {
  return difference(drawn(svg), drawn(withoutText(svg, ...texts)));
}
