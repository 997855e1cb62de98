// loadScopedCube (compare's one reading of the store) gives, for each named scope, the rows that
// loadTradeCube gives for that territory read alone: the same keys and sums, whatever the scopes.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/store/import/import-files.js';
import { loadScopedCube, loadTradeCube, type NamedScope } from '../../src/store/cube.js';
import { cubeKey, type TradeCube } from '../../src/model/trade.js';
import { line } from '../helpers/store.js';
import { useTempStore } from '../helpers/temp-store.js';

const temp = useTempStore();
const year = (y: number) => ({ year: y, quarters: [1, 2, 3, 4].map((quarter) => ({ year: y, quarter })) });

/** 'E|C29A|DE' → [sum of period 0, sum of period 1] for the rows of `name` (all rows when null). */
function byKey(cube: TradeCube, name: string | null): Map<string, number[]> {
  const out = new Map<string, number[]>();
  cube.exports.forEach((_, i) => {
    const { flow, dept, a129, country } = cubeKey(cube, i);
    if (name !== null && dept !== name) return;
    out.set(
      `${flow}|${a129}|${country}`,
      cube.values.map((v) => v[i]!),
    );
  });
  return out;
}

describe('loadScopedCube', () => {
  it("gives each scope the rows of its territory read alone, France's included", async () => {
    const rows = (flow: string, y: number) =>
      ['01', '42', '69', '38'].flatMap((dept, d) =>
        ['DE', 'IT', 'NA'].flatMap((country, c) =>
          [1, 3].map((q) =>
            line({
              flow,
              year: String(y),
              quarter: String(q),
              dept,
              country,
              a129: c ? 'C29A' : 'C20B',
              value: String(100 * d + 10 * c + q + y),
            }),
          ),
        ),
      );
    for (const [y, flow] of [
      [2023, 'E'],
      [2023, 'I'],
      [2024, 'E'],
      [2024, 'I'],
    ] as const)
      await importFiles(temp.store, [
        temp.write(`Region_${y}_${flow === 'E' ? 'Export' : 'Import'}.txt`, `${rows(flow, y).join('\n')}\n`),
      ]);
    const periods = [year(2024), year(2023)];
    const scopes: NamedScope[] = [
      { name: '42', depts: ['42'] },
      { name: 'region:84', depts: ['01', '42', '69'] },
      { name: 'FR', depts: null },
    ];
    const cube = await loadScopedCube(temp.store, periods, scopes);
    for (const s of scopes) {
      const alone = await loadTradeCube(temp.store, periods, s.depts ? { depts: s.depts, as: s.name } : { as: s.name });
      expect(byKey(cube, s.name), s.name).toEqual(byKey(alone, null));
    }
    expect(new Set([...cube.dept].map((id) => cube.codes.dept[id]))).toEqual(new Set(['42', 'region:84', 'FR']));
  });

  it('reads nothing for no scope or no quarter', async () => {
    expect((await loadScopedCube(temp.store, [year(2024)], [])).exports).toHaveLength(0);
    expect(
      (await loadScopedCube(temp.store, [{ year: 2024, quarters: [] }], [{ name: 'FR', depts: null }])).exports,
    ).toHaveLength(0);
  });
});
