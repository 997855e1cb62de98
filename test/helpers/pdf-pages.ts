// How full each page of a PDF is: the page is rendered to a small grey image (pdftoppm, from
// poppler-utils like pdftotext) and the lowest non-white row inside the text area gives the fill,
// 0 for an empty page and 1 for a page written down to its bottom margin.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDF_MARGINS } from '../../src/report/pdf/print.js';
import { tempDir } from './temp-dir.js';

const A4_HEIGHT_MM = 297;
const mm = (v: string) => Number(v.replace('mm', ''));

/** Parses a binary PGM (P5) image. */
function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const data = fs.readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${file} : image PGM illisible`);
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}

/** The fill (0–1) of every page of `pdf`, in order. */
export function pageFills(pdf: string): number[] {
  const dir = tempDir('territrade-pages-');
  const r = spawnSync('pdftoppm', ['-gray', '-r', '30', pdf, path.join(dir, 'p')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftoppm : ${r.stderr}`);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const { width, height, pixels } = readPgm(path.join(dir, f));
      const top = Math.round((height * mm(PDF_MARGINS.top)) / A4_HEIGHT_MM);
      const bottom = height - Math.round((height * mm(PDF_MARGINS.bottom)) / A4_HEIGHT_MM);
      let last = top;
      for (let y = top; y < bottom; y++) {
        for (let x = 0; x < width; x++) {
          if (pixels[y * width + x]! < 200) {
            last = y;
            break;
          }
        }
      }
      return (last - top) / (bottom - top);
    });
}
