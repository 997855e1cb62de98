// The position indicators on the demo store: the same for one territory loaded alone (France
// read as totals) as for all territories loaded at once (France from its rows), and coherent
// across territories.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Store } from '../../../src/store/store.js';
import type { Figures } from '../../../src/figures/types.js';
import { StoreFigures } from '../../../src/pipeline/figures.js';
import { allTerritories } from '../../../src/pipeline/only.js';
import { resolveTerritory } from '../../../src/reference/resolve-territory.js';

let store: Store;
let all: Figures[];
beforeAll(async () => {
  store = await Store.open(inject('demoStore'), { readOnly: true });
  const loaded = await StoreFigures.load(store);
  all = allTerritories().map((t) => loaded.figures(t));
});
afterAll(() => store.close());

const positionOf = ({ rank, concentration, specialisation, exposure, dependencies }: Figures) => ({
  rank,
  concentration,
  specialisation,
  exposure,
  dependencies,
});

describe('position on the demo store', () => {
  it.each(['42', 'region:84', 'france', '971'])(
    'is the same for %s loaded alone as for all territories loaded at once',
    async (query) => {
      const t = resolveTerritory(query);
      const alone = (await StoreFigures.load(store, {}, t)).figures(t);
      const together = all.find(
        (f) => f.territory.code === alone.territory.code && f.territory.kind === alone.territory.kind,
      )!;
      const a = positionOf(alone);
      const b = positionOf(together);
      expect(a.rank).toEqual(b.rank);
      expect(a.exposure).toEqual(b.exposure);
      expect(a.dependencies).toEqual(b.dependencies);
      expect(a.concentration.exports.partners_hhi).toBeCloseTo(b.concentration.exports.partners_hhi!, 12);
      expect(a.specialisation.exports.map((e) => e.code)).toEqual(b.specialisation.exports.map((e) => e.code));
      a.specialisation.imports.forEach((e, i) => expect(e.index).toBeCloseTo(b.specialisation.imports[i]!.index, 9));
    },
  );

  it('ranks the 101 départements from 1, following their totals, and France not at all', () => {
    const depts = all.filter((f) => f.territory.kind === 'departement');
    expect(depts).toHaveLength(101);
    for (const f of depts) {
      const larger = depts.filter((g) => g.exports.total_eur > f.exports.total_eur).length;
      expect(f.rank!.exports.in_france).toBe(larger + 1);
      expect(f.rank!.exports.of_france).toBe(101);
    }
    expect(depts.some((f) => f.rank!.exports.in_france === 1)).toBe(true);
    expect(all.find((f) => f.territory.kind === 'france')!.rank).toBeNull();
  });

  it("gives France no specialisation (it is the reference), and the départements' US exports sum to France's", () => {
    const france = all.find((f) => f.territory.kind === 'france')!;
    expect(france.specialisation).toEqual({ exports: [], imports: [] });
    const depts = all.filter((f) => f.territory.kind === 'departement');
    expect(depts.reduce((s, f) => s + f.exposure.united_states!.exports_eur, 0)).toBe(
      france.exposure.united_states!.exports_eur,
    );
    for (const f of depts)
      expect(f.exposure.united_states!.france_share_of_exports).toBe(france.exposure.united_states!.share_of_exports);
  });
});
