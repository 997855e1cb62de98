// The links of a Sankey diagram, from d3-sankey's layout, drawn as filled ribbons whose vertical
// thickness is the link's value (a stroked curve would look thicker where it is steep). On
// screen, one ribbon per link with its tooltip; on paper, the ribbons merged into one path per
// source node and colour (see paper.ts).
import { palette } from './palette.js';
import { mergedPath } from './paper.js';
import { el, num, titleEl } from './svg.js';

/** A link as laid out: from its source's right edge to its target's left edge, centred on y0 then y1. */
export interface LinkShape {
  /** Key of the source node (links are merged per source on paper). */
  source: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  width: number;
  highlight: boolean;
  value_eur: number;
  /** The tooltip. */
  title: string;
}

const colour = (highlight: boolean) => (highlight ? palette.highlight : palette.neutral);
const opacity = (highlight: boolean) => (highlight ? 0.8 : 0.5);

/**
 * The link as a filled ribbon: the middle curve moved up and down by half the link's width. The
 * links leaving one node are stacked there in the order of their targets, so their ribbons
 * never overlap and can be drawn as one path.
 */
export function linkRibbon(l: LinkShape): string {
  const [x0, x1, xm] = [num(l.x0), num(l.x1), num((l.x0 + l.x1) / 2)];
  const h = l.width / 2;
  const [a0, a1, b0, b1] = [num(l.y0 - h), num(l.y1 - h), num(l.y0 + h), num(l.y1 + h)];
  return `M${x0},${a0}C${xm},${a0} ${xm},${a1} ${x1},${a1}L${x1},${b1}C${xm},${b1} ${xm},${b0} ${x0},${b0}Z`;
}

/** The screen's links, one ribbon each: grey ones first, the highlighted ones on top. */
export function screenLinks(links: readonly LinkShape[]): string {
  const drawn = (highlight: boolean) =>
    links
      .filter((l) => l.highlight === highlight)
      .map((l) =>
        el(
          'path',
          {
            class: highlight ? 'link highlight' : 'link',
            'data-value': l.value_eur,
            d: linkRibbon(l),
            fill: colour(highlight),
            'fill-opacity': opacity(highlight),
          },
          titleEl(l.title),
        ),
      );
  return el('g', { class: 'links' }, ...drawn(false), ...drawn(true));
}

/**
 * Paper's links: one path per source node and colour. Ribbons of different nodes still darken
 * where they cross, as they do on screen.
 */
export function paperLinks(links: readonly LinkShape[]): string[] {
  const out: string[] = [];
  for (const highlight of [false, true]) {
    const bySource = new Map<string, string[]>();
    for (const l of links) {
      if (l.highlight !== highlight) continue;
      const ribbons = bySource.get(l.source) ?? [];
      if (ribbons.length === 0) bySource.set(l.source, ribbons);
      ribbons.push(linkRibbon(l));
    }
    for (const ribbons of bySource.values())
      out.push(...mergedPath(ribbons, { fill: colour(highlight), 'fill-opacity': opacity(highlight) }));
  }
  return out;
}
