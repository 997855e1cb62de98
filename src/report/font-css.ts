// @font-face rules of the pages: either the font embedded as base64 (a page that must stand alone:
// a fiche downloaded by itself, the page the PDF is printed from) or links to the site's one
// shared copy of the files in out/police/, so that the site does not repeat ~130 KB in every page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FONT_FAMILY, fontFiles, type FontFile } from '../charts/font.js';

/** Folder of the shared font files inside out/. */
export const FONT_DIR = 'police';

export interface FontCssOptions {
  subsets: readonly FontFile['subset'][];
  display: 'swap' | 'block';
  /** Folder of the shared files relative to the page, ending with '/' ('../police/'); absent: embedded. */
  href?: string;
}

const embedded = new Map<string, string>();

function dataUrl(file: string): string {
  let url = embedded.get(file);
  if (url === undefined) embedded.set(file, (url = `data:font/woff2;base64,${readFileSync(file).toString('base64')}`));
  return url;
}

/** The font's file name in out/police/ ('source-sans-3-latin-400-normal.woff2'). */
export function sharedFontName(f: FontFile): string {
  return path.basename(f.woff2);
}

export function fontFaceRules(o: FontCssOptions): string {
  return fontFiles()
    .filter((f) => o.subsets.includes(f.subset))
    .map((f) => {
      const src = o.href === undefined ? dataUrl(f.woff2) : `${o.href}${sharedFontName(f)}`;
      return (
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-display:${o.display};font-weight:${f.weight};` +
        `src:url(${src}) format('woff2');unicode-range:${f.unicodeRange};}`
      );
    })
    .join('\n');
}

/** Every font file the site's pages may link to: its path inside out/ and where to copy it from. */
export function sharedFontFiles(): { rel: string; source: string }[] {
  return fontFiles().map((f) => ({ rel: `${FONT_DIR}/${sharedFontName(f)}`, source: f.woff2 }));
}
