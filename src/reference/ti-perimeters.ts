// The perimeters of the Territoires d'industrie: ANCT's polygons (WGS 84), simplified for the web
// by scripts/ti-perimetres.mjs into reference-data/maps/territoires-industrie.topojson (Licence
// Ouverte 2.0, « Source : ANCT, programme Territoires d'industrie »; see reference-data/SOURCES.md).
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { once, readReferenceFile } from './files.js';

export const TI_PERIMETERS_FILE = 'maps/territoires-industrie.topojson';
export const TI_PERIMETERS_CREDIT = "Source : ANCT, programme Territoires d'industrie";

export type TiPerimeter = Polygon | MultiPolygon;

/** The topology's polygons by ANCT id ('ti-8417'); an error names the file when it is not one. */
export function parseTiPerimeters(text: string): Map<string, TiPerimeter> {
  const topology = JSON.parse(text) as Topology<{ territoires: GeometryObject }>;
  const territoires = topology.objects?.territoires;
  if (topology.type !== 'Topology' || territoires?.type !== 'GeometryCollection') {
    throw new Error(`${TI_PERIMETERS_FILE} : topologie sans objet « territoires »`);
  }
  const byId = new Map<string, TiPerimeter>();
  for (const g of territoires.geometries) {
    const id = typeof g.id === 'string' ? g.id : null;
    const polygon =
      g.type === 'Polygon'
        ? feature(topology, g).geometry
        : g.type === 'MultiPolygon'
          ? feature(topology, g).geometry
          : null;
    if (!id || !polygon) throw new Error(`${TI_PERIMETERS_FILE} : territoire ${String(g.id)} sans polygone`);
    byId.set(id, polygon);
  }
  return byId;
}

const perimeters = once(() => parseTiPerimeters(new TextDecoder().decode(readReferenceFile(TI_PERIMETERS_FILE))));

/** ANCT's perimeter of a territory, null for an id ANCT's 2024 file does not have. */
export function tiPerimeter(id: string): TiPerimeter | null {
  return perimeters().get(id) ?? null;
}

/** The ids of every perimeter shipped, sorted. */
export function tiPerimeterIds(): string[] {
  return [...perimeters().keys()].sort();
}

/** The perimeters of the other territories of the same région (by ANCT id: 'ti-0102' → région 01). */
export function tiRegionNeighbours(id: string): TiPerimeter[] {
  const region = id.slice(0, 5);
  return tiPerimeterIds()
    .filter((other) => other !== id && other.slice(0, 5) === region)
    .map((other) => perimeters().get(other)!);
}
