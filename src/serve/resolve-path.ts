// Maps a request target to a file under the served folder, refusing anything that could leave it:
// '..' or '.' segments (plain or percent-encoded), encoded slashes or backslashes, NUL bytes,
// absolute-form targets, dot-files, and symbolic links whose target lies outside the folder.
import fs from 'node:fs/promises';
import path from 'node:path';

export type Resolution =
  | { status: 200; file: string }
  /** A folder requested without its trailing slash. */
  | { status: 301; location: string }
  | { status: 400 | 403 | 404 };

/** Splits the path of a request target into decoded segments, or null when it must be refused. */
export function requestSegments(target: string): string[] | null {
  if (!target.startsWith('/')) return null;
  const rawPath = target.split(/[?#]/, 1)[0]!;
  const segments: string[] = [];
  for (const raw of rawPath.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '') continue;
    if (segment.startsWith('.') || /[/\\\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Resolves `target` under `root` (an absolute folder, already passed through realpath):
 * 403 for anything refused, 404 for a missing file, the folder's index.html for a folder.
 */
export async function resolveRequest(root: string, target: string): Promise<Resolution> {
  const segments = requestSegments(target);
  if (segments === null) return { status: 403 };
  let file = path.join(root, ...segments);
  if (!isInside(root, file)) return { status: 403 };
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch {
    return { status: 404 };
  }
  if (!isInside(root, real)) return { status: 403 };
  let stat = await fs.stat(real);
  if (stat.isDirectory()) {
    const rawPath = target.split(/[?#]/, 1)[0]!;
    // Rebuilt from the checked segments: `//donnees` must never become `Location: //donnees/`,
    // which a browser reads as another host (open redirect).
    if (!rawPath.endsWith('/'))
      return {
        status: 301,
        location: `/${segments
          .map(encodeURIComponent)
          .map((s) => `${s}/`)
          .join('')}`,
      };
    file = path.join(real, 'index.html');
    try {
      real = await fs.realpath(file);
    } catch {
      return { status: 404 };
    }
    if (!isInside(root, real)) return { status: 403 };
    stat = await fs.stat(real);
  }
  return stat.isFile() ? { status: 200, file: real } : { status: 404 };
}
