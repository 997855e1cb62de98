// The charts' font embedded in the page as base64 WOFF2, so that the fiche opens offline and
// prints with the same metrics the charts were laid out with.
import { readFileSync } from 'node:fs';
import { fontFiles } from '../../charts/index.js';

let cached: string | undefined;

export function fontFaceCss(): string {
  cached ??= fontFiles()
    .map(
      (f) =>
        `@font-face{font-family:'Source Sans 3';font-style:normal;font-display:block;font-weight:${f.weight};` +
        `src:url(data:font/woff2;base64,${readFileSync(f.woff2).toString('base64')}) format('woff2');unicode-range:${f.unicodeRange};}`,
    )
    .join('\n');
  return cached;
}
