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

/** A compressing stream; brotli at quality 5, a fast level that still beats gzip on HTML. */
export function compressor(encoding: Encoding): Transform {
  return encoding === 'br'
    ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
    : zlib.createGzip({ level: 6 });
}
