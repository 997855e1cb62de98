// The demo watermark's arithmetic, and that held-out official-format files do not carry it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isWatermarked,
  watermarkKey,
  watermarkMass,
  WATERMARK_MIN_MASS,
  WATERMARK_MODULUS,
} from '../../src/dgddi/demo-watermark.js';
import { officialLines } from '../helpers/official-lines.js';

/** Eligible and marked lines of a file's text, as the import counts them in SQL. */
function counts(text: string): { eligible: number; marked: number } {
  let eligible = 0;
  let marked = 0;
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const [, quarter, year, , , , cpf4, , value, mass] = line.split(';').map((f, i) => (i === 0 ? 0 : Number(f)));
    if (mass! < WATERMARK_MIN_MASS) continue;
    eligible++;
    if (mass! % WATERMARK_MODULUS === watermarkKey(value!, cpf4!, quarter!, year!)) marked++;
  }
  return { eligible, marked };
}

describe('watermarkMass', () => {
  it('moves an eligible mass by at most half the modulus, to the key, and keeps it eligible', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2000, max: 2100 }),
        (mass, value, cpf4, quarter, year) => {
          const marked = watermarkMass(mass, value, cpf4, quarter, year);
          if (mass < WATERMARK_MIN_MASS) return marked === mass;
          return (
            marked >= WATERMARK_MIN_MASS &&
            Math.abs(marked - mass) <= WATERMARK_MODULUS &&
            marked % WATERMARK_MODULUS === watermarkKey(value, cpf4, quarter, year)
          );
        },
      ),
    );
  });
});

describe('isWatermarked', () => {
  it('takes a handful of marked lines, alone or inside many chance matches, as a watermark', () => {
    expect(isWatermarked(6, 6)).toBe(true);
    expect(isWatermarked(1_000_000, 4_000)).toBe(false); // chance: 1 000 000 / 251 = 3 984
    expect(isWatermarked(1_000_000, 4_000 + 600)).toBe(true);
    expect(isWatermarked(0, 0)).toBe(false);
    expect(isWatermarked(100, 3)).toBe(false);
  });

  it('never flags held-out official-format files, with or without rounded masses', () => {
    for (let seed = 1; seed <= 12; seed++) {
      for (const roundMassTo of [undefined, 1000, 100]) {
        const { eligible, marked } = counts(officialLines({ seed, count: 5_000, roundMassTo }));
        expect(eligible).toBeGreaterThan(1_000);
        expect(isWatermarked(eligible, marked), `seed ${seed}, rounded to ${roundMassTo}`).toBe(false);
      }
    }
  });
});
