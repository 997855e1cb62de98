// The map's colour classes stay apart for a reader with a red–green colour-vision deficiency
// (issue 21: the balance and change maps were red/green): every pair of classes of every
// indicator's scale differs by ΔE*ab ≥ 10 as seen with normal vision, deuteranopia and
// protanopia, and each ramp gets darker (lower L*) from one class to the next.
import { describe, expect, it } from 'vitest';
import { INDICATORS, indicatorScale } from '../../../src/report/site/indicators.js';
import type { SiteEntry } from '../../../src/report/site/types.js';
import { deltaE, labSeen, type Vision } from '../../helpers/colour-vision.js';

const VISIONS: Vision[] = ['normale', 'deutéranopie', 'protanopie'];
const DIVERGING = new Set(['balance', 'change', 'balance-share', 'index']);

/** 101 départements whose values fill every class: −50…50 for a diverging scale, 1…101 otherwise. */
function entries(key: string, diverging: boolean): SiteEntry[] {
  return Array.from({ length: 101 }, (_, i) => ({
    territory: { kind: 'departement', code: String(i + 1), name: `D${i + 1}`, slug: `d${i + 1}` },
    href: `departements/d${i + 1}.html`,
    region: null,
    territoires_industrie: [],
    indicators: { [key]: diverging ? i - 50 : i + 1 },
    specialisation: [],
  }));
}

describe('map palettes', () => {
  for (const ind of INDICATORS) {
    const diverging = DIVERGING.has(ind.scale);
    const colours = indicatorScale(ind, entries(ind.key, diverging)).classes.map((c) => c.colour);

    it(`keeps the ${colours.length} classes of « ${ind.label} » apart with normal and red–green deficient vision`, () => {
      expect(colours.length).toBeGreaterThanOrEqual(diverging ? 6 : 5);
      for (const vision of VISIONS)
        for (const [i, a] of colours.entries())
          for (const b of colours.slice(i + 1))
            expect(deltaE(a, b, vision), `${a} / ${b} (${vision})`).toBeGreaterThanOrEqual(10);
    });

    it(`darkens « ${ind.label} » class after class, on each side of zero for a diverging scale`, () => {
      const half = colours.length / 2;
      // From the lightest to the darkest: a diverging legend reads from the darkest negative class.
      const ramps = diverging ? [colours.slice(0, half).reverse(), colours.slice(half)] : [colours];
      for (const vision of VISIONS)
        for (const ramp of ramps) {
          const lightness = ramp.map((c) => labSeen(c, vision)[0]);
          const reversed = ind.scale === 'rank' || ind.scale === 'equivalent-count';
          const ordered = reversed ? [...lightness].reverse() : lightness;
          for (let i = 1; i < ordered.length; i++)
            expect(ordered[i - 1]! - ordered[i]!, `${ramp.join(' ')} (${vision})`).toBeGreaterThanOrEqual(5);
        }
    });
  }

  it('tells red from green apart only by hue, which the old balance palette lost (known answer)', () => {
    // The former pale deficit and pale surplus classes: far apart for normal vision, merged otherwise.
    expect(deltaE('#f9d4cc', '#d3ecd9', 'normale')).toBeGreaterThan(15);
    expect(deltaE('#f9d4cc', '#d3ecd9', 'deutéranopie')).toBeLessThan(10);
    expect(deltaE('#f9d4cc', '#d3ecd9', 'protanopie')).toBeLessThan(10);
    // White and black: L* 100 and 0 whatever the vision.
    for (const vision of VISIONS) {
      expect(labSeen('#ffffff', vision)[0]).toBeCloseTo(100, 1);
      expect(labSeen('#000000', vision)[0]).toBeCloseTo(0, 5);
    }
  });
});
