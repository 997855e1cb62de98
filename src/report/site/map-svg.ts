// The map of the index page: one link per département (its outline from the map file), the DROM
// and Monaco as labelled tiles under metropolitan France. Every link carries, for each indicator,
// its fill and its formatted value in data attributes, so that the page's script only swaps them.
import { escapeXml } from '../../charts/svg.js';
import { departements } from '../../reference/territories.js';
import { INDICATORS, type Indicator } from './indicators.js';
import { mapGeometry } from './map-geometry.js';
import { colourOf, type ColourScale } from './scales.js';
import { nameWithCode } from './search-index.js';
import type { SiteEntry } from './types.js';

const TILE_ROW_TOP = 12;
const TILE_HEIGHT = 26;
const TILE_SIZE = 22;
/** Fill of a département of the map that has no fiche in this build. */
export const NO_FICHE_FILL = '#eef0f3';

export interface MapInput {
  /** Département entries only. */
  entries: readonly SiteEntry[];
  scales: ReadonlyMap<string, ColourScale>;
  /** Indicator drawn before any script runs. */
  initial: Indicator;
}

/** « Loire (42) — Exportations : 4 192,1 M€ ». */
export function areaTitle(entry: SiteEntry, indicator: Indicator): string {
  return `${nameWithCode(entry)} — ${indicator.label}\u00A0: ${indicator.format(indicator.value(entry))}`;
}

function dataAttributes(entry: SiteEntry, scales: ReadonlyMap<string, ColourScale>): string {
  let out = ` data-nom="${escapeXml(nameWithCode(entry))}"`;
  for (const ind of INDICATORS) {
    out += ` data-f-${ind.key}="${escapeXml(colourOf(scales.get(ind.key)!, ind.value(entry)))}"`;
    out += ` data-v-${ind.key}="${escapeXml(ind.format(ind.value(entry)))}"`;
  }
  return out;
}

function link(entry: SiteEntry, input: MapInput, shape: string): string {
  const fill = colourOf(input.scales.get(input.initial.key)!, input.initial.value(entry));
  return (
    `<a class="zone" href="${escapeXml(entry.href)}"${dataAttributes(entry, input.scales)}>` +
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

  const paths = shapes.map((s) => {
    const code = codeOf.get(s.id) ?? s.id;
    const entry = byCode.get(code);
    const d = escapeXml(s.d);
    if (!entry) {
      return `<path class="zone-sans-fiche" d="${d}" fill="${NO_FICHE_FILL}"><title>${escapeXml(s.name)} — pas de fiche dans cette publication</title></path>`;
    }
    onMap.add(code);
    return link(entry, input, `<path class="aire" data-insee="${escapeXml(s.id)}" d="${d}" fill="FILL"/>`);
  });

  // Territories without an outline (DROM, Monaco): a row of tiles under the map.
  const others = input.entries.filter((e) => !onMap.has(e.territory.code));
  const perRow = 6;
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
    );
  });
  const totalHeight = height + (others.length ? TILE_ROW_TOP + 18 + rows * (TILE_HEIGHT + 8) : 0);

  return [
    `<svg class="carte" viewBox="${x0} ${y0} ${width} ${totalHeight}" role="group" aria-labelledby="carte-titre" xmlns="http://www.w3.org/2000/svg">`,
    `<defs><pattern id="motif-non-disponible" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3f4f6"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9aa1ab" stroke-width="1.5"/></pattern></defs>`,
    `<g class="metropole">`,
    ...paths,
    `</g>`,
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
