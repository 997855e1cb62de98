// The image files of a territory's charts beside their CSV files: the standalone SVG (the paper
// drawing with its source line) and the PNG that resvg draws from it. The PNGs are drawn on
// libuv's thread pool, so that the build's other work (and Chromium's printing) goes on.
import { chartPng } from '../charts/png.js';
import { standaloneSvg } from '../charts/standalone.js';
import { drawnCharts, type TerritoryCharts } from '../report/fiche/index.js';
import { chartImagePath } from './out-paths.js';
import { measure, measureSpan } from './build-profile.js';

/** Writes the SVG and PNG of every chart of `c` with `write` (relative path, bytes); resolves when all are written. */
export async function writeChartImages(
  c: TerritoryCharts,
  write: (rel: string, content: string | Buffer) => void,
): Promise<number> {
  const t = c.figures.territory;
  const charts = drawnCharts(c);
  await Promise.all(
    charts.map(async ([key, chart]) => {
      const svg = measure('SVG autonomes (images)', () => standaloneSvg(chart, c.figures.demo));
      write(chartImagePath(t, key, 'svg'), svg);
      const png = await measureSpan('PNG (resvg, fils de libuv ; durées superposées)', () => chartPng(svg));
      write(chartImagePath(t, key, 'png'), png);
    }),
  );
  return charts.length;
}
