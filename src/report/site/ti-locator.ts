// The locator map of a Territoire d'industrie's page: the territory's own outline (ANCT's
// perimeter) over its départements, framed on them with their neighbours in grey. Without a
// perimeter (a territory of an imported list that ANCT's 2024 file lacks) the départements are
// filled instead. An overseas territory is drawn alone (the map of the départements is
// metropolitan).
import { escapeXml, num } from '../../charts/svg.js';
import type { TiPerimeter } from '../../reference/ti-perimeters.js';
import { TI_PERIMETERS_CREDIT } from '../../reference/ti-perimeters.js';
import { blockTag, escapeHtml as esc, tag } from '../html.js';
import { mapGeometry, pathBounds, type Bounds } from './map-geometry.js';
import { mapBounds, mapPathData } from './map-projection.js';

export interface TiLocatorInput {
  /** The territory's name (never its ANCT id). */
  name: string;
  /** Its départements ('42', '2B', '971'). */
  inseeCodes: readonly string[];
  /** Their labels by code: 'Loire (42)'. */
  labels: ReadonlyMap<string, string>;
  /** ANCT's perimeter, null when unknown. */
  perimeter: TiPerimeter | null;
  /** The other territories of its région: drawn in grey around an overseas territory. */
  neighbours?: readonly TiPerimeter[];
}

/** Smallest side of the frame, in map units (the map is 613 units wide). */
const MIN_SIDE = 70;
const MARGIN = 0.12;

function union(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/**
 * The box grown by a margin, to an aspect between 3:4 and 4:3 and, on the map of the
 * départements, to at least MIN_SIDE.
 */
export function locatorFrame(b: Bounds, onDepartements = true): Bounds {
  const min = onDepartements ? MIN_SIDE : 0;
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  let w = Math.max((b.x1 - b.x0) * (1 + 2 * MARGIN), min);
  let h = Math.max((b.y1 - b.y0) * (1 + 2 * MARGIN), min);
  w = Math.max(w, (h * 3) / 4);
  h = Math.max(h, (w * 3) / 4);
  return { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
}

function wholeMap(): Bounds {
  const [x0 = 0, y0 = 0, w = 0, h = 0] = mapGeometry().viewBox.split(/\s+/).map(Number);
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

const overlaps = (a: Bounds, b: Bounds) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function listOf(t: TiLocatorInput): string {
  return t.inseeCodes.map((c) => t.labels.get(c) ?? c).join(', ');
}

function description(t: TiLocatorInput, overseas: boolean, others: number): string {
  const deps = `${t.inseeCodes.length > 1 ? 'ses départements' : 'son département'}, ${listOf(t)}`;
  if (!t.perimeter) return `Le contour du territoire n'est pas connu : la carte colore ${deps}.`;
  if (!overseas) return `Contour du territoire ${t.name} tracé sur ${deps}, entre les départements voisins en gris.`;
  const around = others > 0 ? ", parmi les autres Territoires d'industrie du département, en gris" : '';
  return `Contour du territoire ${t.name}, dans ${deps}${around}.`;
}

/** The map (SVG with title and description), its legend and the perimeter's credit. */
export function renderTiLocator(t: TiLocatorInput, idPrefix = 'carte-ti'): string {
  const { shapes } = mapGeometry();
  const inTerritory = new Set(t.inseeCodes);
  const outline = t.perimeter ? mapPathData(t.perimeter) : '';
  const boxes = shapes.filter((s) => inTerritory.has(s.id)).map((s) => pathBounds(s.d));
  // Overseas, no département is on the map: the territory is framed with its région's others.
  const around = boxes.length === 0 && t.perimeter ? (t.neighbours ?? []) : [];
  const drawn = t.perimeter ? [t.perimeter, ...around] : [];
  const frame = locatorFrame(union([...boxes, ...drawn.map(mapBounds)]) ?? wholeMap(), boxes.length > 0);
  const paths = shapes
    .filter((s) => overlaps(pathBounds(s.d), frame))
    .map((s) =>
      inTerritory.has(s.id)
        ? `<path class="ti-dep" d="${escapeXml(s.d)}"><title>${escapeXml(t.labels.get(s.id) ?? s.id)}</title></path>`
        : `<path class="ti-hors" d="${escapeXml(s.d)}"/>`,
    );
  paths.push(...around.map((p) => `<path class="ti-hors" d="${mapPathData(p)}"/>`));
  const viewBox = [frame.x0, frame.y0, frame.x1 - frame.x0, frame.y1 - frame.y0].map((n) => num(n, 1)).join(' ');
  const svg = [
    `<svg class="carte carte-ti" viewBox="${viewBox}" role="img" aria-labelledby="${idPrefix}-titre ${idPrefix}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${idPrefix}-titre">${escapeXml(`Carte de situation : ${t.name}`)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(description(t, boxes.length === 0, around.length))}</desc>`,
    ...paths,
    ...(outline ? [`<path class="ti-contour" fill-rule="evenodd" d="${outline}"/>`] : []),
    `</svg>`,
  ].join('\n');
  const deps = `${t.inseeCodes.length > 1 ? 'Ses départements' : 'Son département'} : ${listOf(t)}`;
  const legend = blockTag('ul', { class: 'legende-ti' }, [
    ...(outline ? [tag('li', {}, tag('span', { class: 'cle ti-contour', 'aria-hidden': 'true' }), esc(t.name))] : []),
    // Overseas the département is not drawn: named without a key.
    tag(
      'li',
      {},
      boxes.length > 0 || !outline ? tag('span', { class: 'cle ti-dep', 'aria-hidden': 'true' }) : '',
      esc(deps),
    ),
  ]);
  const credit = outline
    ? [tag('p', { class: 'note' }, esc(`Contour du territoire : ${TI_PERIMETERS_CREDIT}, Licence Ouverte 2.0.`))]
    : [];
  return blockTag('figure', { class: outline ? 'figure-ti' : 'figure-ti sans-contour' }, [svg, legend, ...credit]);
}
