// The Territoires d'industrie's perimeters on the map of the départements: the shipped topology,
// the Mercator fit of the map (every territory's outline falls within its départements), and the
// frame of the locator map.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReferenceFile } from '../../../src/reference/files.js';
import { shippedTerritoiresIndustrie } from '../../../src/reference/territoires-industrie.js';
import {
  parseTiPerimeters,
  TI_PERIMETERS_FILE,
  tiPerimeter,
  tiPerimeterIds,
} from '../../../src/reference/ti-perimeters.js';
import { mapGeometry, pathBounds, type Bounds } from '../../../src/report/site/map-geometry.js';
import { mapBounds, mapPathData, projectOnMap } from '../../../src/report/site/map-projection.js';
import { locatorFrame } from '../../../src/report/site/ti-locator.js';

const boundsOf = new Map(mapGeometry().shapes.map((s) => [s.id, pathBounds(s.d)]));
const inside = (b: Bounds, [x, y]: [number, number]) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

describe('perimeters of the Territoires d’industrie', () => {
  it('ships a small file listed in SOURCES.md, with one perimeter per territory of the list', () => {
    const bytes = readReferenceFile(TI_PERIMETERS_FILE);
    expect(bytes.length).toBeLessThan(100_000);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(new TextDecoder().decode(readReferenceFile('SOURCES.md'))).toContain(sha);
    expect(tiPerimeterIds()).toEqual(
      shippedTerritoiresIndustrie()
        .map((t) => t.id)
        .sort(),
    );
    for (const id of tiPerimeterIds()) expect(mapPathData(tiPerimeter(id)!), id).toMatch(/^M[\d.-]+,[\d.-]+L.*Z$/);
    expect(tiPerimeter('ti-9999')).toBeNull();
  });

  it('refuses a file that is not the topology of the territories', () => {
    expect(() => parseTiPerimeters('{"type":"FeatureCollection"}')).toThrow(/territoires/);
    const noPolygon = {
      type: 'Topology',
      objects: {
        territoires: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Point', id: 'ti-0101', coordinates: [0, 0] }],
        },
      },
      arcs: [],
    };
    expect(() => parseTiPerimeters(JSON.stringify(noPolygon))).toThrow(/ti-0101 sans polygone/);
  });
});

describe('projection onto the map of the départements', () => {
  it('puts known places in their département', () => {
    const places: [string, number, number][] = [
      ['67', 7.75, 48.58], // Strasbourg
      ['29', -4.49, 48.39], // Brest
      ['42', 4.39, 45.44], // Saint-Étienne
      ['66', 2.9, 42.7], // Perpignan
      ['2A', 8.74, 41.93], // Ajaccio
      ['59', 3.06, 50.63], // Lille
      ['75', 2.35, 48.86], // Paris
    ];
    for (const [dep, lon, lat] of places) expect(inside(boundsOf.get(dep)!, projectOnMap(lon, lat)), dep).toBe(true);
  });

  it('draws every metropolitan territory within the box of its départements', () => {
    let checked = 0;
    for (const t of shippedTerritoiresIndustrie()) {
      const boxes = t.departements.map((d) => boundsOf.get(d));
      if (boxes.some((b) => !b)) continue; // overseas: not on this map
      const b = mapBounds(tiPerimeter(t.id)!);
      // One map unit of slack: the two sources are simplified differently. The base map leaves
      // out the îles d'Hyères of Toulon's territory, 3 units south of the Var's coast.
      const slack = t.id === 'ti-9306' ? 3.5 : 1;
      expect(b.x0, t.name).toBeGreaterThanOrEqual(Math.min(...boxes.map((d) => d!.x0)) - slack);
      expect(b.y0, t.name).toBeGreaterThanOrEqual(Math.min(...boxes.map((d) => d!.y0)) - slack);
      expect(b.x1, t.name).toBeLessThanOrEqual(Math.max(...boxes.map((d) => d!.x1)) + slack);
      expect(b.y1, t.name).toBeLessThanOrEqual(Math.max(...boxes.map((d) => d!.y1)) + slack);
      checked++;
    }
    expect(checked).toBeGreaterThan(170);
  });
});

describe('frame of the locator map', () => {
  // Boxes in tenths of a unit, as the outlines are written.
  const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((v) => v / 10);
  const box = fc
    .record({ x: tenths(-50, 600), y: tenths(-50, 600), w: tenths(0, 400), h: tenths(0, 400) })
    .map(({ x, y, w, h }) => ({ x0: x, y0: y, x1: x + w, y1: y + h }));

  it('holds the box with a margin, at least 70 units a side on the map, between 3:4 and 4:3', () => {
    fc.assert(
      fc.property(box, fc.boolean(), (b, onMap) => {
        const f = locatorFrame(b, onMap);
        const w = f.x1 - f.x0;
        const h = f.y1 - f.y0;
        expect(f.x0).toBeLessThanOrEqual(b.x0);
        expect(f.y0).toBeLessThanOrEqual(b.y0);
        expect(f.x1).toBeGreaterThanOrEqual(b.x1);
        expect(f.y1).toBeGreaterThanOrEqual(b.y1);
        if (onMap) expect(Math.min(w, h)).toBeGreaterThanOrEqual(70 - 1e-9);
        if (w > 0 && h > 0) {
          expect(w / h).toBeGreaterThanOrEqual(0.75 - 1e-9);
          expect(w / h).toBeLessThanOrEqual(4 / 3 + 1e-9);
        }
      }),
    );
  });
});
