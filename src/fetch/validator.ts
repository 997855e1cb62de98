// Which version of a file a `.part` holds: the server's validator (strong ETag, else
// Last-Modified) recorded next to it. A `.part` is resumed only with `If-Range` and that
// validator, so that a file republished under the same name is never glued to the old one.
import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';

export interface Validator {
  url: string;
  etag?: string;
  lastModified?: string;
}

/** `.<name>.part.validator`: hidden like the .part itself. */
export function validatorPath(part: string): string {
  return `${part}.validator`;
}

/** The validator of a response, or null when it has none usable for If-Range (weak ETags are not). */
export function validatorOf(url: string, headers: IncomingHttpHeaders): Validator | null {
  const etag =
    typeof headers.etag === 'string' && /^"[^"]*"$/.test(headers.etag.trim()) ? headers.etag.trim() : undefined;
  const lm = headers['last-modified'];
  const lastModified = typeof lm === 'string' && !Number.isNaN(Date.parse(lm)) ? lm : undefined;
  if (!etag && !lastModified) return null;
  return { url, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** The `If-Range` value: the ETag when there is one, else the date. */
export function ifRange(v: Validator): string {
  return (v.etag ?? v.lastModified)!;
}

/** Whether a 206 answer really comes from the version the .part holds (a server may ignore If-Range). */
export function sameVersion(stored: Validator, headers: IncomingHttpHeaders): boolean {
  const now = validatorOf(stored.url, headers);
  if (!now) return false;
  if (stored.etag) return now.etag === stored.etag;
  return now.lastModified === stored.lastModified;
}

export function readValidator(part: string, url: string): Validator | null {
  try {
    const v = JSON.parse(fs.readFileSync(validatorPath(part), 'utf8')) as Validator;
    if (v.url !== url || (typeof v.etag !== 'string' && typeof v.lastModified !== 'string')) return null;
    return v;
  } catch {
    return null;
  }
}

export function writeValidator(part: string, v: Validator | null): void {
  if (v) fs.writeFileSync(validatorPath(part), `${JSON.stringify(v)}\n`);
  else fs.rmSync(validatorPath(part), { force: true });
}

/** Removes the .part and its validator. */
export function dropPart(part: string): void {
  fs.rmSync(part, { force: true });
  fs.rmSync(validatorPath(part), { force: true });
}
