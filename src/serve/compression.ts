// Content negotiation of `serve`: which encoding to answer a request with (brotli, else gzip,
// else none) from its Accept-Encoding header, and which files are worth compressing.
import zlib from 'node:zlib';
import type { Transform } from 'node:stream';

export type Encoding = 'br' | 'gzip';

/** q-values of an Accept-Encoding header, lower-cased codings ('*' included). */
function qualities(header: string): Map<string, number> {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding === '') continue;
    let value = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) value = Number(m[1]);
    }
    if (Number.isFinite(value)) q.set(coding.trim(), value);
  }
  return q;
}

/** The encoding to use: brotli when acceptable, else gzip, else null (identity). 'q=0' refuses. */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const q = qualities(header);
  const accepts = (coding: string) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

/** Text formats gain from compression; PDF, fonts and images are compressed already. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript)|image\/svg\+xml)/.test(contentType);
}

/**
 * Brotli's window, in bits: 256 KiB, where the default (22 bits, 4 MiB) made each compressor of a
 * large text grow to 15 to 25 MB while its client did not read (issue 25 point 23). The site's
 * pages are smaller than the window, so they compress just as well.
 */
export const BROTLI_WINDOW_BITS = 18;

/**
 * A compressing stream; brotli at quality 5, a fast level that still beats gzip on HTML. `size`
 * (the file's) lets brotli size its tables for small files.
 */
export function compressor(encoding: Encoding, size?: number): Transform {
  const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
  return encoding === 'br'
    ? zlib.createBrotliCompress({
        params: {
          [BROTLI_PARAM_QUALITY]: 5,
          [BROTLI_PARAM_LGWIN]: BROTLI_WINDOW_BITS,
          ...(size === undefined ? {} : { [BROTLI_PARAM_SIZE_HINT]: size }),
        },
      })
    : zlib.createGzip({ level: 6 });
}
