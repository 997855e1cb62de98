// The chart images offered for download: the standalone SVG (source line, demo notice) and the
// PNG resvg draws from it with the charts' own font, at print resolution.
import { describe, expect, it } from 'vitest';
import { chartPng, PNG_SCALE } from '../../src/charts/png.js';
import { DEMO_NOTICE, standaloneSvg, TITLE_SIZE } from '../../src/charts/standalone.js';
import { FONT_FAMILY } from '../../src/charts/font.js';
import { withCharts } from '../../src/report/fiche/charts.js';
import { drawnCharts } from '../../src/report/fiche/index.js';
import { woffToSfnt } from '../../src/charts/woff.js';
import { makeFigures } from '../helpers/figures.js';
import { drawn, inkOf } from '../helpers/png-pixels.js';
import { assertGolden } from './golden.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Share of the drawn pixels that are not white. */
function inkShare(svg: string): number {
  const image = drawn(svg);
  const px = image.data;
  let ink = 0;
  for (let i = 0; i < px.length; i += 4) if (px[i]! < 240 || px[i + 1]! < 240 || px[i + 2]! < 240) ink++;
  return ink / (image.width * image.height);
}

describe('chart images', () => {
  const charts = drawnCharts(withCharts(makeFigures()));

  it('draws every chart as a PNG twice its size, not blank, from an SVG that carries the title and source lines', async () => {
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const [key, chart] of charts) {
      const svg = standaloneSvg(chart, false);
      // The source line is printed in the image (its first and last words; it may wrap).
      const words = chart.source.split(/\s/);
      expect(svg, key).toContain(`>${words[0]!}`);
      expect(svg, key).toContain(words.at(-1)!);
      const png = await chartPng(svg);
      expect(png.length, key).toBeGreaterThan(5000);
      const size = pngSize(png);
      expect(size.width, key).toBe(chart.width * PNG_SCALE);
      // The title line heads the image: one line of TITLE_SIZE px and a gap more than the drawing.
      const height = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)![1]);
      expect(height - chart.height, key).toBeGreaterThan(TITLE_SIZE);
      expect(height - chart.height, key).toBeLessThan(3 * TITLE_SIZE);
      // resvg rounds a fractional height to whole pixels.
      expect(Math.abs(size.height - height * PNG_SCALE), key).toBeLessThanOrEqual(1);
      // The title is drawn, at the top of the image (lines cut at word boundaries, never shortened).
      const title = inkOf(svg, chart.title);
      expect(title.count, key).toBeGreaterThan(100);
      expect(title.bottom, key).toBeLessThan(2 * TITLE_SIZE);
      expect(inkShare(svg), key).toBeGreaterThan(0.002); // not blank (an empty treemap still has its legend and note)
    }
  });

  it('puts the demo notice above the title of a demo chart, inside the image', async () => {
    const [, chart] = charts[0]!;
    const svg = standaloneSvg(chart, true);
    const png = await chartPng(svg);
    expect(pngSize(png).height).toBeGreaterThan(pngSize(await chartPng(standaloneSvg(chart, false))).height);
    const notice = inkOf(svg, DEMO_NOTICE);
    const title = inkOf(svg, chart.title);
    expect(notice.count).toBeGreaterThan(100);
    expect(notice.bottom).toBeLessThan(title.top);
  });

  it('writes the standalone SVG of a demo chart as its golden (notice, title, drawing, source)', () => {
    const [key, chart] = charts[0]!;
    assertGolden(`standalone/${key}-demo`, standaloneSvg(chart, true));
  });

  it('draws the same bytes twice (builds stay byte-identical)', async () => {
    const svg = standaloneSvg(charts[0]![1], false);
    expect((await chartPng(svg)).equals(await chartPng(svg))).toBe(true);
  });

  it('draws semi-bold text semi-bold (the 600 font file names its family « Source Sans 3 SemiBold »)', () => {
    const text = (weight: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-family="${FONT_FAMILY}" font-size="24" font-weight="${weight}">Évolution</text></svg>`;
    expect(inkShare(text(600))).toBeGreaterThan(inkShare(text(400)) * 1.1);
  });

  it('reads the WOFF font into a font file resvg draws with', () => {
    const woff = Buffer.from('wOFF');
    expect(() => woffToSfnt(woff)).toThrow(/WOFF invalide/);
    const text = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="28" font-family="${FONT_FAMILY}" font-size="24">Évolution</text></svg>`;
    expect(inkShare(text)).toBeGreaterThan(0.02);
  });
});
