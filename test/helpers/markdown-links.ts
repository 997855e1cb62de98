// The relative links of the repository's Markdown files (README, CONTRIBUTING, docs/, bench/):
// each must lead to a file of the repository and, with a #fragment into a Markdown file, to one of
// its headings, as GitHub renders them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';

/** What the checker reads: a real folder, or a few files held in memory. */
export interface Files {
  exists(path: string): boolean;
  read(path: string): string;
}

export function folderFiles(root: string): Files {
  return {
    exists: (path) => existsSync(join(root, path)),
    read: (path) => readFileSync(join(root, path), 'utf8'),
  };
}

/** The text outside fenced code blocks, line by line ('' for a line inside one). */
function proseLines(markdown: string): string[] {
  let fence: string | null = null;
  return markdown.split(/\r?\n/).map((line) => {
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence === null && open) {
      fence = open[1]!.slice(0, 3);
      return '';
    }
    if (fence !== null) {
      if (line.trimStart().startsWith(fence)) fence = null;
      return '';
    }
    return line;
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a Markdown file offers: its headings (repeats numbered -1, -2…) and id="…" attributes. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const base = headingSlug(heading[1]!);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const id of line.matchAll(/\b(?:id|name)="([^"]+)"/g)) anchors.add(id[1]!);
  }
  return anchors;
}

/** The targets of a file's links and images, outside code; external addresses (http:, mailto:…) left out. */
export function relativeLinks(markdown: string): string[] {
  const targets: string[] = [];
  for (const line of proseLines(markdown)) {
    const prose = line.replace(/(`+)[^`]*?\1/g, '');
    for (const m of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]!);
    const reference = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(prose);
    if (reference) targets.push(reference[1]!);
  }
  return targets.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

/** What is wrong with each relative link of `file` (a path inside the repository), as `file: link: reason`. */
export function brokenLinks(file: string, files: Files): string[] {
  const problems: string[] = [];
  for (const link of relativeLinks(files.read(file))) {
    const [pathPart = '', fragment] = link.split('#', 2);
    const path = decodeURI(pathPart);
    const target = path === '' ? file : normalize(join(dirname(file), path));
    if (target === '..' || target.startsWith(`..${sep}`) || target.startsWith('/')) {
      problems.push(`${file}: ${link}: hors du dépôt`);
    } else if (!files.exists(target)) {
      problems.push(`${file}: ${link}: ${target} n'existe pas`);
    } else if (fragment !== undefined && target.endsWith('.md') && !anchorsOf(files.read(target)).has(fragment)) {
      problems.push(`${file}: ${link}: aucun titre « #${fragment} » dans ${target}`);
    }
  }
  return problems;
}

/** The repository paths a file names in code spans (`src/…`, `test/…`, `scripts/…`…), patterns (`*`, `<cas>`, `…`) left out. */
export function namedPaths(markdown: string): string[] {
  const paths: string[] = [];
  for (const line of proseLines(markdown)) {
    for (const m of line.matchAll(/`((?:src|test|scripts|bench|reference-data|docs)\/[^`\s]*)`/g)) {
      if (!/[*<>…{}|]/.test(m[1]!)) paths.push(m[1]!.replace(/\/$/, ''));
    }
  }
  return paths;
}

/** The paths of `namedPaths` that do not exist, as `file: path`. */
export function missingPaths(file: string, files: Files): string[] {
  return namedPaths(files.read(file))
    .filter((p) => !files.exists(p))
    .map((p) => `${file}: ${p} n'existe pas`);
}

const SKIPPED = new Set(['node_modules', 'dist', 'out', 'data', 'export', 'coverage', 'test']);

/** The Markdown files of the repository rooted at `root` (not under node_modules, build outputs or test/). */
export function markdownFiles(root: string, dir = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir === '' ? entry.name : join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED.has(entry.name)) found.push(...markdownFiles(root, path));
    } else if (entry.name.endsWith('.md')) {
      found.push(path);
    }
  }
  return found.sort();
}
