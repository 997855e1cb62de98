import { describe, expect, it } from 'vitest';
import { DIRECTIONS, DIRECTION_BY_FLOW, DIRECTION_BY_KEY, EXPORTS, IMPORTS } from '../../src/model/direction.js';

describe('trade directions', () => {
  it('are found again by key and by DGDDI code', () => {
    for (const d of DIRECTIONS) {
      expect(DIRECTION_BY_KEY[d.key]).toBe(d);
      expect(DIRECTION_BY_FLOW[d.code]).toBe(d);
    }
    expect(DIRECTIONS.map((d) => d.code)).toEqual(['E', 'I']);
  });

  it('spell the French words the CLI and the fiches print', () => {
    expect([EXPORTS.singular, EXPORTS.plural, EXPORTS.title, EXPORTS.short]).toEqual([
      'exportation',
      'exportations',
      'Exportations',
      'export',
    ]);
    expect([IMPORTS.singular, IMPORTS.plural, IMPORTS.title, IMPORTS.short]).toEqual([
      'importation',
      'importations',
      'Importations',
      'import',
    ]);
  });

  it('use their own colour as a step of their map ramp, from light to dark', () => {
    for (const d of DIRECTIONS) {
      expect(d.ramp).toContain(d.colour);
      expect(d.ramp.length).toBeGreaterThanOrEqual(5);
    }
    expect(EXPORTS.colour).not.toBe(IMPORTS.colour);
  });
});
