// Longitude and latitude onto the site's map of the départements (map-geometry.ts). That map is
// drawn in the Mercator projection without saying so: x = K·λ + X, y = Y − K·ln tan(π/4 + φ/2)
// (λ, φ in radians). K, X and Y were fitted so that the vertices of ANCT's 183 territory
// perimeters fall inside the paths of their départements (least mean distance outside: 0.05 map
// unit; both axes fitted freely agree on K within 0.1 %, which confirms the projection);
// test/report/site/map-projection.test.ts checks the fit on every territory.
import { geoMercatorRaw, geoPath, geoTransform } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { Bounds } from './map-geometry.js';

const K = 2376.6;
const X = 215.4;
const Y = 2472.95;
const RADIANS = Math.PI / 180;

/** A point [longitude, latitude] in degrees → [x, y] in the map's units. */
export function projectOnMap(lon: number, lat: number): [number, number] {
  const [x, y] = geoMercatorRaw(lon * RADIANS, lat * RADIANS);
  return [X + K * x, Y - K * y];
}

// Planar: the outlines are projected point by point, so ring orientation does not matter.
const onMap = geoTransform({
  point(lon: number, lat: number) {
    const [x, y] = projectOnMap(lon, lat);
    this.stream.point(x, y);
  },
});

/** SVG path data of a geometry on the map, coordinates rounded to 0.1 unit. */
export function mapPathData(geometry: GeoPermissibleObjects): string {
  return geoPath(onMap).digits(1)(geometry) ?? '';
}

/** The projected bounding box of a geometry. */
export function mapBounds(geometry: GeoPermissibleObjects): Bounds {
  const [[x0, y0], [x1, y1]] = geoPath(onMap).bounds(geometry);
  return { x0, y0, x1, y1 };
}
