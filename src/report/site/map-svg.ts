// The map of the index page: one link per département (its outline from the map file), the DROM
// and Monaco as labelled tiles under metropolitan France. Every link carries, for each indicator,
// its fill and its formatted value in data attributes, so that the page's script only swaps them.
import { escapeXml } from '../../charts/svg.js';
import { departements } from '../../reference/territories.js';
import { INDICATORS, type Indicator } from './indicators.js';
import { mapGeometry, pathBounds, type Bounds, type MapShape } from './map-geometry.js';
import { colourOf, type ColourScale } from './scales.js';
import { nameWithCode } from './search-index.js';
import type { SiteEntry } from './types.js';

/** Room around the outlines so that strokes and focus rings are not cut. */
const MARGIN = 6;
const TILE_ROW_TOP = 12;
const TILE_HEIGHT = 26;
const TILE_SIZE = 22;
/** Paris and the petite couronne, too small to click on the map: repeated, enlarged, in a corner. */
export const ZOOM_IDS = ['75', '92', '93', '94'];
const ZOOM_BOX = { x: 8, y: 22, size: 112, padding: 6 };
/** Fill of a département of the map that has no fiche in this build. */
export const NO_FICHE_FILL = '#eef0f3';

export interface MapInput {
  /** Département entries only. */
  entries: readonly SiteEntry[];
  scales: ReadonlyMap<string, ColourScale>;
  /** Indicator drawn before any script runs. */
  initial: Indicator;
  /** The indicators offered (each area carries their fills and values); all of them when absent. */
  indicators?: readonly Indicator[];
}

/** « Loire (42) — Exportations : 4 192,1 M€ ». */
export function areaTitle(entry: SiteEntry, indicator: Indicator): string {
  return `${nameWithCode(entry)} — ${indicator.label}\u00A0: ${indicator.format(indicator.value(entry))}`;
}

function dataAttributes(
  entry: SiteEntry,
  scales: ReadonlyMap<string, ColourScale>,
  indicators: readonly Indicator[],
): string {
  let out = ` data-nom="${escapeXml(nameWithCode(entry))}"`;
  for (const ind of indicators) {
    out += ` data-f-${ind.key}="${escapeXml(colourOf(scales.get(ind.key)!, ind.value(entry)))}"`;
    out += ` data-v-${ind.key}="${escapeXml(ind.format(ind.value(entry)))}"`;
  }
  return out;
}

function link(entry: SiteEntry, input: MapInput, shape: string, extra: string): string {
  const fill = colourOf(input.scales.get(input.initial.key)!, input.initial.value(entry));
  return (
    `<a class="zone" href="${escapeXml(entry.href)}"${extra}${dataAttributes(entry, input.scales, input.indicators ?? INDICATORS)}>` +
    `<title>${escapeXml(areaTitle(entry, input.initial))}</title>` +
    shape.replace('FILL', escapeXml(fill)) +
    `</a>`
  );
}

/** Map INSEE id ('2A') → the display code of its département entry ('20'). */
function displayCodeOfShape(): Map<string, string> {
  const map = new Map<string, string>();
  for (const d of departements()) for (const c of d.inseeCodes) map.set(c, d.code);
  return map;
}

export function renderMapSvg(input: MapInput): string {
  const { viewBox, shapes } = mapGeometry();
  const [x0 = 0, y0 = 0, width = 0, height = 0] = viewBox.split(/\s+/).map(Number);
  const byCode = new Map(input.entries.map((e) => [e.territory.code, e]));
  const codeOf = displayCodeOfShape();
  const onMap = new Set<string>();

  // One Tab stop for the whole map (roving tabindex): the first area is reachable with Tab, the
  // page's script moves focus between areas with the arrow keys.
  let first = true;
  const roving = (): string => {
    const attr = first ? ' tabindex="0"' : ' tabindex="-1"';
    first = false;
    return attr;
  };
  const paths = shapes.map((s) => {
    const code = codeOf.get(s.id) ?? s.id;
    const entry = byCode.get(code);
    const d = escapeXml(s.d);
    if (!entry) {
      return `<path class="zone-sans-fiche" d="${d}" fill="${NO_FICHE_FILL}"><title>${escapeXml(s.name)} — pas de fiche dans cette publication</title></path>`;
    }
    onMap.add(code);
    return link(entry, input, `<path class="aire" data-insee="${escapeXml(s.id)}" d="${d}" fill="FILL"/>`, roving());
  });

  const zoom = zoomInset(shapes, (id) => byCode.get(codeOf.get(id) ?? id), input);

  // Territories without an outline (DROM, Monaco): a row of tiles under the map.
  const others = input.entries.filter((e) => !onMap.has(e.territory.code));
  const perRow = 3;
  const tileWidth = width / perRow;
  const rows = Math.ceil(others.length / perRow);
  const top = y0 + height + TILE_ROW_TOP;
  const tiles = others.map((e, i) => {
    const x = x0 + (i % perRow) * tileWidth + 4;
    const y = top + 18 + Math.floor(i / perRow) * (TILE_HEIGHT + 8);
    const label = `${e.territory.code} ${e.territory.name}`;
    return link(
      e,
      input,
      `<rect class="aire" x="${x}" y="${y}" width="${TILE_SIZE}" height="${TILE_SIZE}" rx="3" fill="FILL"/>` +
        `<text x="${x + TILE_SIZE + 6}" y="${y + TILE_SIZE / 2 + 4}" class="etiquette-tuile">${escapeXml(label)}</text>`,
      roving(),
    );
  });
  const totalHeight = height + (others.length ? TILE_ROW_TOP + 18 + rows * (TILE_HEIGHT + 8) : 0);

  return [
    `<svg class="carte" viewBox="${x0 - MARGIN} ${y0 - MARGIN} ${width + 2 * MARGIN} ${totalHeight + 2 * MARGIN}" role="group" aria-labelledby="carte-titre" aria-describedby="carte-aide" xmlns="http://www.w3.org/2000/svg">`,
    `<defs><pattern id="motif-non-disponible" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3f4f6"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9aa1ab" stroke-width="1.5"/></pattern></defs>`,
    `<g class="metropole">`,
    ...paths,
    `</g>`,
    zoom,
    ...(others.length
      ? [
          `<g class="outre-mer">`,
          `<text x="${x0 + 4}" y="${top + 8}" class="titre-tuiles">Outre-mer et Monaco</text>`,
          ...tiles,
          `</g>`,
        ]
      : []),
    `</svg>`,
  ].join('\n');
}

function union(bounds: Bounds[]): Bounds {
  return {
    x0: Math.min(...bounds.map((b) => b.x0)),
    y0: Math.min(...bounds.map((b) => b.y0)),
    x1: Math.max(...bounds.map((b) => b.x1)),
    y1: Math.max(...bounds.map((b) => b.y1)),
  };
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The enlarged Paris inset, in the empty sea of the top-left corner, and a frame on the map
 * showing where it is. Its links are a mouse convenience only: out of the tab order and hidden
 * from screen readers, which reach the same départements on the map itself.
 */
function zoomInset(
  shapes: readonly MapShape[],
  entryOf: (id: string) => SiteEntry | undefined,
  input: MapInput,
): string {
  const zoomed = shapes.filter((s) => ZOOM_IDS.includes(s.id));
  if (zoomed.length === 0) return '';
  const b = union(zoomed.map((s) => pathBounds(s.d)));
  const inner = ZOOM_BOX.size - 2 * ZOOM_BOX.padding;
  const k = inner / Math.max(b.x1 - b.x0, b.y1 - b.y0);
  const tx = ZOOM_BOX.x + ZOOM_BOX.padding + (inner - (b.x1 - b.x0) * k) / 2 - b.x0 * k;
  const ty = ZOOM_BOX.y + ZOOM_BOX.padding + (inner - (b.y1 - b.y0) * k) / 2 - b.y0 * k;
  const paths = zoomed.map((s) => {
    const entry = entryOf(s.id);
    const d = escapeXml(s.d);
    if (!entry) return `<path class="zone-sans-fiche" d="${d}" fill="${NO_FICHE_FILL}"/>`;
    return link(entry, input, `<path class="aire" d="${d}" fill="FILL"/>`, ' tabindex="-1"');
  });
  return [
    `<rect class="cadre-zoom" x="${r2(b.x0 - 1.5)}" y="${r2(b.y0 - 1.5)}" width="${r2(b.x1 - b.x0 + 3)}" height="${r2(b.y1 - b.y0 + 3)}"/>`,
    `<g class="zoom" aria-hidden="true">`,
    `<text x="${ZOOM_BOX.x}" y="${ZOOM_BOX.y - 6}" class="titre-tuiles">Paris et petite couronne</text>`,
    `<rect class="cadre-zoom" x="${ZOOM_BOX.x}" y="${ZOOM_BOX.y}" width="${ZOOM_BOX.size}" height="${ZOOM_BOX.size}"/>`,
    `<g transform="translate(${r2(tx)} ${r2(ty)}) scale(${r2(k)})">`,
    ...paths,
    `</g>`,
    `</g>`,
  ].join('\n');
}
