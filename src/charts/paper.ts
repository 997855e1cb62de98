// The charts on paper. Chromium lays out, paints and tags every SVG element of a printed page
// one by one, so the print SVG keeps the drawing and drops what only the screen uses: the marks'
// tooltips, the grouping <g> elements, the class and data-* attributes; and the charts draw marks
// of one style as one <path> of several shapes (see `mergedPath`). Same pixels, far fewer elements.
import { type Attrs, el, num } from './svg.js';

/** A rectangle as path data (to be merged with others of the same style). */
export function rectPath(x: number, y: number, width: number, height: number): string {
  return `M${num(x)},${num(y)}h${num(width)}v${num(height)}h${num(-width)}Z`;
}

/**
 * One <path> drawing several shapes of the same style, or nothing without shapes. Drawn at once,
 * overlapping parts of a translucent fill are painted once: callers merge only shapes that do
 * not overlap, or opaque ones whose overlaps look the same either way.
 */
export function mergedPath(shapes: readonly string[], style: Attrs): string[] {
  return shapes.length === 0 ? [] : [el('path', { d: shapes.join(''), ...style })];
}

/** Attributes that only scripts, styles and tests read: none of them changes the drawing. */
const SCREEN_ATTR = / (?:class|data-[a-z-]+)="[^"]*"/g;
/** A <g> that only groups (class, data-*, pointer events): its children can stand without it. */
const PLAIN_GROUP = /^<g(?: (?:class|data-[a-z-]+|pointer-events)="[^"]*")*>$/;

/**
 * The print form of a chart's SVG (as `svgRoot` and `el` write it: one element per line): no
 * mark tooltips, plain groups unwrapped, class and data-* attributes removed below the root,
 * elements left empty closed on themselves. The root keeps its class, title and description.
 */
export function paperSvg(svg: string): string {
  const lines = svg.split('\n');
  const out: string[] = [];
  // For each open <g>: whether its tags were kept.
  const groups: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' || /^<title>[^<]*<\/title>$/.test(line)) continue;
    if (line.startsWith('<g')) {
      const plain = PLAIN_GROUP.test(line);
      groups.push(!plain);
      if (!plain) out.push(line.replace(SCREEN_ATTR, ''));
      continue;
    }
    if (line === '</g>') {
      if (groups.pop()) out.push(line);
      continue;
    }
    const isRoot = line.startsWith('<svg ');
    const cleaned = isRoot ? line : line.replace(SCREEN_ATTR, '');
    // An element whose only children were tooltips: `<rect …>` … `</rect>` becomes `<rect …/>`.
    const open = /^<([a-z]+)[^>]*[^/]>$/.exec(cleaned);
    if (open && !isRoot) {
      let j = i + 1;
      while (j < lines.length && (lines[j] === '' || /^<title>[^<]*<\/title>$/.test(lines[j]!))) j++;
      if (lines[j] === `</${open[1]}>`) {
        out.push(`${cleaned.slice(0, -1)}/>`);
        i = j;
        continue;
      }
    }
    out.push(cleaned);
  }
  return out.join('\n') + (svg.endsWith('\n') ? '\n' : '');
}
