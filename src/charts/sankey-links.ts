// The links of a Sankey diagram, from d3-sankey's layout, drawn as filled ribbons whose vertical
// thickness is the link's value (a stroked curve would look thicker where it is steep). On
// screen, one ribbon per link with its tooltip; on paper, the ribbons merged into one path per
// source node and colour (see write-paper.ts).
import { palette } from './palette.js';
import { mergeable, type SceneNode } from './scene.js';
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

/**
 * The links, one ribbon each: grey ones first, the highlighted ones on top. Paper merges them
 * into one path per source node and colour: ribbons of different nodes still darken where they
 * cross, as they do on screen.
 */
export function linkMarks(links: readonly LinkShape[]): SceneNode {
  const drawn = (highlight: boolean) =>
    links
      .filter((l) => l.highlight === highlight)
      .map((l) => {
        const d = linkRibbon(l);
        const paint = { fill: colour(highlight), 'fill-opacity': opacity(highlight) };
        const ribbon = el(
          'path',
          { class: highlight ? 'link highlight' : 'link', 'data-value': l.value_eur, d, ...paint },
          titleEl(l.title),
        );
        return mergeable(ribbon, { key: `link:${highlight}:${l.source}`, rank: highlight ? 1 : 0, style: paint }, d);
      });
  return el('g', { class: 'links' }, ...drawn(false), ...drawn(true));
}
