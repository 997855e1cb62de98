import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readReferenceFile } from '../../../src/reference/files.js';
import { departements } from '../../../src/reference/territories.js';
import { MAP_FILE, mapGeometry, parseMapSvg, pathBounds } from '../../../src/report/site/map-geometry.js';

describe('map of the départements', () => {
  it('is the file listed in SOURCES.md, unchanged', () => {
    const sha = createHash('sha256').update(readReferenceFile(MAP_FILE)).digest('hex');
    const sources = new TextDecoder().decode(readReferenceFile('SOURCES.md'));
    expect(sources).toContain(sha);
  });

  it('has the 96 metropolitan départements, Corse as 2A and 2B', () => {
    const { viewBox, shapes } = mapGeometry();
    expect(viewBox).toBe('0 0 613 585');
    expect(shapes).toHaveLength(96);
    const ids = shapes.map((s) => s.id);
    expect(new Set(ids).size).toBe(96);
    expect(ids).toContain('2A');
    expect(ids).toContain('2B');
    const metropolitan = departements().flatMap((d) => (d.code.length === 2 && d.code !== '99' ? d.inseeCodes : []));
    expect([...ids].sort()).toEqual([...metropolitan].sort());
    for (const s of shapes) expect(s.d).toMatch(/^m [\d.,\s-]+.*z$/i);
  });

  it('refuses a file without viewBox or with a path without id', () => {
    expect(() => parseMapSvg('<svg><path id="01" d="m 0,0 z"/></svg>')).toThrow(/viewBox/);
    expect(() => parseMapSvg('<svg viewBox="0 0 1 1"><path d="m 0,0 z"/></svg>')).toThrow(/id/);
  });

  it('measures relative paths, a new subpath starting from the previous start', () => {
    expect(pathBounds('m 10,20 5,0 0,5 z m 2,2 -4,1 z')).toEqual({ x0: 8, y0: 20, x1: 15, y1: 25 });
    expect(() => pathBounds('M 1,1 2,2')).toThrow(/absolue/);
    const paris = pathBounds(mapGeometry().shapes.find((s) => s.id === '75')!.d);
    expect(paris.x0).toBeGreaterThan(300);
    expect(paris.x1 - paris.x0).toBeLessThan(12);
    const { viewBox } = mapGeometry();
    for (const s of mapGeometry().shapes) {
      const b = pathBounds(s.d);
      expect(b.x0, s.id).toBeGreaterThanOrEqual(0);
      expect(b.y1, s.id).toBeLessThanOrEqual(Number(viewBox.split(' ')[3]));
    }
  });
});
