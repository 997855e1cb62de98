// The light path of compare and rank (StoreFigures.summary: no flows, movers nor « Pistes
// d'action » lists, the ECI's product space read only when an indicator needs it) gives every
// registry indicator the value of the full figures, for every territory: a property over
// indicators × territories, on a store of hand-made lines spread by a fixed pseudo-random draw.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS, needsOf, type IndicatorDescriptor } from '../../src/figures/indicators/registry.js';
import type { Figures } from '../../src/figures/types.js';
import { StoreFigures, summariesOfMany } from '../../src/pipeline/figures.js';
import { resolveTerritory } from '../../src/reference/resolve-territory.js';
import { expectedDgddiRegion } from '../../src/reference/territories.js';
import { importFiles } from '../../src/store/import/import-files.js';
import type { Store } from '../../src/store/store.js';
import { line, openTempStore } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

// Départements of three régions (84, 93, 11), Corse (20) and Guadeloupe (9A).
const DEPTS = ['01', '42', '69', '38', '13', '83', '75', '92', '20', '9A'];
const ACTIVITIES = ['C10A', 'C20A', 'C26A', 'C28B', 'C29A', 'C30A'];
const COUNTRIES = ['US', 'CN', 'DE', 'GB', 'IT', 'ES', 'VN'];
const TERRITORIES = [...DEPTS, 'region:84', 'region:93', 'region:11', 'france'];

/** A fixed linear congruential draw: the same lines at every run. */
function draw(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function lines(flow: string): string {
  const next = draw(flow === 'E' ? 7 : 11);
  const out: string[] = [];
  for (const year of [2023, 2024])
    for (const quarter of [1, 2, 3, 4])
      for (const dept of DEPTS)
        for (const a129 of ACTIVITIES)
          for (const country of COUNTRIES) {
            // About a third of the keys trade nothing, so that shares, ranks and the ECI vary.
            if (next() < 0.35) continue;
            const value = Math.round(next() ** 3 * 5_000_000) + 1;
            out.push(
              line({
                flow,
                quarter: String(quarter),
                year: String(year),
                dept,
                region: expectedDgddiRegion(dept)!,
                a129,
                cpf4: `${a129.slice(1, 3)}1${ACTIVITIES.indexOf(a129)}`,
                country,
                value: String(value),
              }),
            );
          }
  return out.join('\r\n') + '\r\n';
}

let dir: string;
let store: Store;
let full: StoreFigures;
beforeAll(async () => {
  dir = tempDir();
  store = await openTempStore(dir);
  const files = ['E', 'I'].map((flow) => {
    const file = path.join(dir, `REGIONAL_CPF4PAYS${flow}.txt`);
    fs.writeFileSync(file, lines(flow));
    return file;
  });
  await importFiles(store, files);
  full = await StoreFigures.load(store);
});
afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const light = new Map<string, Promise<StoreFigures>>();
/**
 * The load rank makes for one indicator (summaries, with only what the indicator needs), or with
 * the previous period too, as compare's.
 */
function lightFor(d: IndicatorDescriptor, previous = needsOf([d]).has('previous')): Promise<StoreFigures> {
  const key = `${d.key} ${previous}`;
  let loaded = light.get(key);
  if (!loaded) {
    loaded = StoreFigures.load(store, {}, undefined, {
      details: false,
      complexity: needsOf([d]).has('complexity'),
      previous,
    });
    light.set(key, loaded);
  }
  return loaded;
}

describe('summary figures (compare, rank)', () => {
  const pairs = INDICATORS.flatMap((d) => TERRITORIES.map((t) => [d.key, t, d] as const));

  it.each(pairs)('give %s of %s as the full figures do', async (_key, query, d) => {
    const t = resolveTerritory(query);
    const expected = full.figures(t).indicators[d.key];
    expect(expected).toBeDefined();
    expect((await lightFor(d, true)).summary(t).indicators[d.key]).toEqual(expected);
    // Rank's load ranks by the value alone.
    expect((await lightFor(d)).summary(t).indicators[d.key]!.value).toEqual(expected!.value);
  });

  it('vary across territories (the property is not about nulls)', () => {
    for (const d of INDICATORS) {
      const values = TERRITORIES.map((q) => full.figures(resolveTerritory(q)).indicators[d.key]!.value);
      expect(new Set(values).size, d.key).toBeGreaterThan(2);
    }
  });

  it('leave out nothing but flows, movers and the « Pistes d’action » lists', async () => {
    const t = resolveTerritory('42');
    const { flows: _f, movers: _m, opportunities: _o, ...rest }: Figures = full.figures(t);
    expect(
      (
        await lightFor(
          INDICATORS.find((d) => d.needs?.includes('complexity'))!,
          true,
        )
      ).summary(t),
    ).toEqual(rest);
  });

  it('refuse full figures from a load of summaries', async () => {
    const loaded = await lightFor(INDICATORS[0]!);
    expect(() => loaded.figures(resolveTerritory('42'))).toThrow(/summaries/);
  });

  it('are the same read together (compare) as from one load of every territory', async () => {
    const list = ['42', '69', '13', 'region:84', 'region:93', 'france'].map(resolveTerritory);
    const together = await summariesOfMany(store, list);
    together.forEach((s, i) => {
      const f = full.figures(list[i]!);
      for (const d of INDICATORS) {
        const [a, b] = [s.indicators[d.key]!, f.indicators[d.key]!];
        // Row order differs between the two readings: sums of squares may differ in the last bits.
        for (const k of ['value', 'previous'] as const)
          if (b[k] === null) expect(a[k], `${d.key} ${k}`).toBeNull();
          else expect(a[k], `${d.key} ${k}`).toBeCloseTo(b[k], 12);
      }
    });
  });
});
