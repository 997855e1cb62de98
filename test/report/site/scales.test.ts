import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOrdinal, plainSpaces } from '../../../src/format/fr.js';
import {
  formatMEurBreak,
  INDICATORS,
  indicatorScale,
  NOT_AVAILABLE,
  RAMPS,
} from '../../../src/report/site/indicators.js';
import {
  classIndex,
  colourOf,
  divergingScale,
  MISSING_FILL,
  pickColours,
  quantileBreaks,
  roundSignificant,
  sequentialScale,
} from '../../../src/report/site/scales.js';
import { smallEntries } from './fixtures.js';

const money = (v: number) => plainSpaces(formatMEurBreak(v));

describe('roundSignificant and quantileBreaks', () => {
  it('rounds to two significant digits', () => {
    expect(roundSignificant(1234)).toBe(1200);
    expect(roundSignificant(0.04567)).toBe(0.046);
    expect(roundSignificant(-987)).toBe(-990);
    expect(roundSignificant(0)).toBe(0);
    expect(roundSignificant(4_192_100_000)).toBe(4_200_000_000);
  });

  it('gives strictly increasing positive breaks, at most classes − 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { maxLength: 120 }),
        fc.integer({ min: 2, max: 8 }),
        (values, classes) => {
          const breaks = quantileBreaks(values, classes);
          expect(breaks.length).toBeLessThanOrEqual(classes - 1);
          for (let i = 0; i < breaks.length; i++) {
            expect(breaks[i]).toBeGreaterThan(i === 0 ? 0 : breaks[i - 1]!);
          }
        },
      ),
    );
  });

  it('splits evenly spread values into classes of similar size', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i + 1) * 10);
    // Quintiles 208, 406, 604, 802, rounded to two significant digits.
    expect(quantileBreaks(values, 5)).toEqual([210, 410, 600, 800]);
    expect(classIndex(5, [200, 410])).toBe(0);
    expect(classIndex(200, [200, 410])).toBe(1);
    expect(classIndex(9999, [200, 410])).toBe(2);
  });
});

describe('pickColours', () => {
  it('keeps both ends of the ramp', () => {
    expect(pickColours(['a', 'b', 'c', 'd', 'e'], 3)).toEqual(['a', 'c', 'e']);
    expect(pickColours(['a', 'b', 'c'], 5)).toEqual(['a', 'b', 'c']);
    expect(pickColours(['a', 'b', 'c'], 1)).toEqual(['b']);
  });
});

describe('sequentialScale', () => {
  const values = Array.from({ length: 101 }, (_, i) => (i + 1) ** 3 * 1e5);
  const scale = sequentialScale(values, RAMPS.exportations, formatMEurBreak);

  it('has one class per ramp colour, with French labels from light to dark', () => {
    expect(scale.classes.map((c) => c.colour)).toEqual([...RAMPS.exportations]);
    const labels = scale.classes.map((c) => plainSpaces(c.label));
    expect(labels[0]).toMatch(/^moins de [\d ,]+ M€$/);
    expect(labels[1]).toMatch(/^de [\d ,]+ M€ à [\d ,]+ M€$/);
    expect(labels[5]).toMatch(/^[\d ,]+ M€ ou plus$/);
  });

  it('orders values and classes the same way (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2e11, noNaN: true }),
        fc.double({ min: 0, max: 2e11, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(scale.classOf(lo)).toBeLessThanOrEqual(scale.classOf(hi));
        },
      ),
    );
  });

  it('gives missing values the hatched fill', () => {
    expect(scale.classOf(null)).toBe(-1);
    expect(colourOf(scale, null)).toBe(MISSING_FILL);
    expect(colourOf(scale, 0)).toBe(RAMPS.exportations[0]);
    expect(colourOf(scale, 1e12)).toBe(RAMPS.exportations[5]);
  });

  it('still works with one value or none', () => {
    const single = sequentialScale([5e6], RAMPS.exportations, formatMEurBreak);
    expect(single.classes.map((c) => plainSpaces(c.label))).toEqual(['moins de 5 M€', '5 M€ ou plus']);
    expect(single.classOf(5e6)).toBe(1);
    expect(sequentialScale([], RAMPS.exportations, formatMEurBreak).classOf(3)).toBe(0);
  });
});

describe('sequentialScale of whole numbers (ranks)', () => {
  /** The first and last rank a legend label names: « du 18e au 33e » → [18, 33], « 7e » → [7, 7]. */
  const bounds = (label: string): [number, number] => {
    const n = [...plainSpaces(label).matchAll(/(\d+)(?:er|e)\b/g)].map((m) => Number(m[1]));
    return [n[0]!, n[n.length - 1]!];
  };

  it('labels the ranks of 101 départements in classes that do not share a rank (« de 18e à 34e » / « de 34e à 51e »)', () => {
    const ranks = Array.from({ length: 101 }, (_, i) => i + 1);
    const scale = sequentialScale(ranks, RAMPS.exportations, (v) => formatOrdinal(v), { whole: true });
    const labels = scale.classes.map((c) => plainSpaces(c.label));
    expect(labels[0]).toBe('du 1er au 17e');
    expect(labels[1]).toBe('du 18e au 33e');
    expect(labels[labels.length - 1]).toMatch(/^du \d+e au 101e$/);
  });

  it('puts every rank in the one class whose label names it, classes following each other (property)', () => {
    fc.assert(
      // Ranks 1…n of n territories, some of them without a value.
      fc.property(fc.integer({ min: 12, max: 120 }), fc.array(fc.integer({ min: 2, max: 119 })), (n, gaps) => {
        const ranks = Array.from({ length: n }, (_, i) => i + 1).filter((r) => !gaps.includes(r));
        const scale = sequentialScale(ranks, RAMPS.exportations, (v) => formatOrdinal(v), { whole: true });
        const ranges = scale.classes.map((c) => bounds(c.label));
        for (const [i, [first, last]] of ranges.entries()) {
          expect(first).toBeLessThanOrEqual(last);
          if (i > 0) expect(first).toBe(ranges[i - 1]![1] + 1);
        }
        for (const r of ranks) {
          const [first, last] = ranges[scale.classOf(r)]!;
          expect(r).toBeGreaterThanOrEqual(first);
          expect(r).toBeLessThanOrEqual(last);
        }
      }),
    );
  });
});

describe('divergingScale', () => {
  const values = Array.from({ length: 60 }, (_, i) => (i - 30) * 1e8 + 1e7);
  const scale = divergingScale(values, RAMPS.deficit, RAMPS.surplus, formatMEurBreak);

  it('puts deficits in reds and surpluses in greens, darkest for the largest', () => {
    expect(scale.classes.map((c) => c.colour)).toEqual([...[...RAMPS.deficit].reverse(), ...RAMPS.surplus]);
    expect(colourOf(scale, -2.9e9)).toBe(RAMPS.deficit[2]);
    expect(colourOf(scale, -1e6)).toBe(RAMPS.deficit[0]);
    expect(colourOf(scale, 0)).toBe(RAMPS.surplus[0]);
    expect(colourOf(scale, 2.9e9)).toBe(RAMPS.surplus[2]);
  });

  it('labels both sides with the same magnitudes', () => {
    const labels = scale.classes.map((c) => plainSpaces(c.label));
    expect(labels[0]).toMatch(/^déficit de [\d ,]+ M€ ou plus$/);
    expect(labels[2]).toMatch(/^déficit de moins de /);
    expect(labels[3]).toMatch(/^excédent de moins de /);
    expect(labels[0]!.replace('déficit', '')).toBe(labels[5]!.replace('excédent', ''));
  });

  it('is monotonic (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e10, max: 1e10, noNaN: true }),
        fc.double({ min: -1e10, max: 1e10, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(scale.classOf(lo)).toBeLessThanOrEqual(scale.classOf(hi));
        },
      ),
    );
  });
});

describe('indicators', () => {
  it('format values in French, « non disponible » when unknown', () => {
    const [exp, , balance, us] = INDICATORS;
    expect(plainSpaces(exp!.format(4_192_100_000))).toBe('4 192,1 M€');
    expect(plainSpaces(balance!.format(-357_900_000))).toBe('−357,9 M€');
    expect(plainSpaces(balance!.format(1_234_500_000))).toBe('+1 234,5 M€');
    expect(plainSpaces(us!.format(0.0743))).toBe('7,4 %');
    // Shares keep two significant digits on the map as in the fiche (issue 21).
    expect(plainSpaces(us!.format(0.0072))).toBe('0,72 %');
    expect(plainSpaces(us!.format(0.0002))).toBe('0,020 %');
    expect(us!.format(null)).toBe(NOT_AVAILABLE);
  });

  it('write money breaks with two significant digits', () => {
    expect(money(1_200_000_000)).toBe('1 200 M€');
    expect(money(46_000_000)).toBe('46 M€');
    expect(money(870_000)).toBe('0,87 M€');
    expect(money(4_500_000)).toBe('4,5 M€');
    expect(money(5_000_000)).toBe('5 M€');
  });

  it('use a deficit/surplus diverging scale for the balance and its share of trade only', () => {
    const depts = smallEntries().filter((e) => e.territory.kind === 'departement');
    for (const ind of INDICATORS) {
      const labels = indicatorScale(ind, depts)
        .classes.map((c) => c.label)
        .join(' ');
      expect(labels.includes('déficit')).toBe(ind.scale === 'balance' || ind.scale === 'balance-share');
    }
  });
});
