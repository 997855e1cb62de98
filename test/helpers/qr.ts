// Reads QR codes back, as a phone would, with jsQR (an independent decoder): from an SVG drawn
// by resvg, or from a PDF page rendered by pdftoppm.
import { spawnSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';
import jsqr from 'jsqr';

// jsqr is CommonJS typed as an ES module: its function is module.exports and, for the types, its `default`.
const jsQR = jsqr.default;

/** The text of the QR code of a standalone <svg> sized in mm, drawn at `dpi` (null: none found). */
export function decodeQrSvg(svg: string, dpi = 300): string | null {
  const widthMm = Number(/width="([\d.]+)mm"/.exec(svg)?.[1]);
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round((widthMm / 25.4) * dpi) },
    logLevel: 'off',
  }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data ?? null;
}

/** The text of a QR code on page `page` of a PDF rendered in grey at `dpi` (null: none found). */
export function decodeQrPdfPage(pdf: string, page: number, dpi = 150): string | null {
  const r = spawnSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`pdftoppm : ${r.stderr.toString()}`);
  // A binary PGM: 'P5', width, height, maximum value, one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(r.stdout.toString('latin1', 0, 64));
  if (!header) throw new Error('pdftoppm : image PGM attendue');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = r.stdout.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([grey[i]!, grey[i]!, grey[i]!, 255], i * 4);
  return jsQR(rgba, width, height)?.data ?? null;
}
