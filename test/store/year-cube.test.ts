// year_cube (src/store/year-cube.ts) holds each flow × year of `trade` summed by département × A129
// × partner: rebuilt by every import that changes a year (a revised quarter included), untouched
// by a refused one, read only for periods of whole years, and giving the rows `trade` gives.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { Store } from '../../src/store/store.js';
import { importFiles } from '../../src/store/import/import-files.js';
import { loadQuarterTotals, loadScopedCube, loadTradeCube, type NamedScope } from '../../src/store/cube.js';
import { loadDepartementExports, loadFranceDetail } from '../../src/store/national.js';
import { yearCubeYears } from '../../src/store/year-cube.js';
import { loadScopedYearCube, loadYearCube } from '../../src/store/year-cube-rows.js';
import { cubeKey, type TradeCube } from '../../src/model/trade.js';
import type { Period } from '../../src/model/period.js';
import { line, storeFingerprint, yearCubeDifferences } from '../helpers/store.js';
import { useTempStore } from '../helpers/temp-store.js';

const temp = useTempStore();
let files = 0;
const year = (y: number, quarters = [1, 2, 3, 4]): Period => ({
  year: y,
  quarters: quarters.map((quarter) => ({ year: y, quarter })),
});

function tradeFile(y: number, flow: 'E' | 'I', quarters: number[], base: number): string {
  const lines = quarters.flatMap((q) =>
    ['01', '42', '69', '20'].flatMap((dept, d) =>
      ['DE', 'IT', 'NA'].map((country, c) =>
        line({
          flow,
          year: String(y),
          quarter: String(q),
          dept,
          region: dept === '20' ? '22' : '18', // DGDDI's codes (Corse: 20)
          country,
          a129: c ? 'C29A' : 'C20B',
          cpf4: c ? '2910' : '2011',
          value: String(base + 100 * d + 10 * c + q),
        }),
      ),
    ),
  );
  return temp.write(`Region_${y}_${flow === 'E' ? 'Export' : 'Import'}-${files++}.txt`, `${lines.join('\n')}\n`);
}

async function importYears(...years: number[]): Promise<void> {
  for (const y of years)
    await importFiles(temp.store, [tradeFile(y, 'E', [1, 2, 3, 4], y), tradeFile(y, 'I', [1, 2, 3, 4], 7)]);
}

/** Each period's rows as sorted 'dept|flow|a129|country|value' strings (rows may come in any order). */
function rowsByPeriod(cube: TradeCube): string[][] {
  return cube.values.map((values) =>
    [...cube.exports.keys()]
      .flatMap((i) => {
        const { flow, dept, a129, country } = cubeKey(cube, i);
        return Number.isNaN(values[i]!) ? [] : [`${dept}|${flow}|${a129}|${country}|${values[i]}`];
      })
      .sort(),
  );
}

describe('year_cube after imports', () => {
  it('holds every flow × year of trade, summed', async () => {
    await importYears(2023, 2024);
    expect(await yearCubeDifferences(temp.store)).toBe(0);
    const [row] = await temp.store.all('SELECT count(*) AS n FROM year_cube');
    expect(Number(row!['n'])).toBe(2 * 2 * 4 * 3);
  });

  it('is rebuilt for a year whose quarters a later publication revises', async () => {
    await importYears(2024);
    const before = await temp.store.all("SELECT sum(value_eur) AS v FROM year_cube WHERE flow = 'E'");
    const latest = temp.write(
      'REGIONAL_CPF4PAYSE.txt',
      `${[3, 4].map((q) => line({ flow: 'E', quarter: String(q), dept: '42', country: 'US', value: '5000' })).join('\n')}\n`,
    );
    await importFiles(temp.store, [latest]);
    expect(await yearCubeDifferences(temp.store)).toBe(0);
    const after = await temp.store.all("SELECT sum(value_eur) AS v FROM year_cube WHERE flow = 'E'");
    expect(after[0]!['v']).not.toEqual(before[0]!['v']);
    // The new partner got a code; the old ones kept theirs.
    const codes = await temp.store.all("SELECT code, id FROM cube_codes WHERE kind = 'country' ORDER BY id");
    expect(codes.map((r) => [r['code'], r['id']])).toEqual([
      ['DE', 1],
      ['IT', 2],
      ['NA', 3],
      ['US', 4],
    ]);
  });

  it('stays as it was when an import is refused', async () => {
    await importYears(2024);
    const before = await storeFingerprint(temp.store);
    const bad = temp.write('Region_2024_Import-bad.txt', `${line({ flow: 'I', quarter: '9' })}\n`);
    await temp.refused([tradeFile(2024, 'E', [1], 1), bad]);
    expect(await storeFingerprint(temp.store)).toBe(before);
  });
});

// Each line may hold up to 15 digits: 9 600 of them in one département × A129 × partner × year
// sum beyond BIGINT (9,2 × 10^18 €). Absurd figures, but each line is valid: the import must say
// so in French, not crash on DuckDB's conversion error (found by audit12).
const HUGE = '999999999999999';
function hugeFile(): string {
  const lines = [1, 2, 3, 4].flatMap((q) =>
    Array.from({ length: 2400 }, (_, c) =>
      line({ quarter: String(q), a129: 'C24A', cpf4: String(c).padStart(4, '0'), country: 'CN', value: HUGE }),
    ),
  );
  return temp.write('Region_2024_Export-huge.txt', `${lines.join('\n')}\n`);
}

describe('sums beyond what year_cube holds', () => {
  it('make the import refused in French, naming the file and the cell, the store unchanged', async () => {
    await importYears(2023);
    const message = await temp.refused([hugeFile()]);
    expect(message).toMatch(/^import refusé ; rien n'a été importé, la base est inchangée\./);
    expect(message).toContain('Region_2024_Export-huge.txt');
    expect(message).toMatch(/exportations 2024 du département 42 .*C24A.*CN/);
    expect(message).toMatch(/9\s599\s999\s999\s999\s990\s400\s€/);
  });

  it('make a schema-4 store that holds one refuse the upgrade in French, the file untouched', async () => {
    await importYears(2024);
    const file = path.join(temp.dir, 'store.duckdb');
    await temp.store.run(
      `ALTER TABLE year_cube ALTER value_eur SET DATA TYPE HUGEINT;
       UPDATE year_cube SET value_eur = 9599999999999990400 WHERE rowid = (SELECT min(rowid) FROM year_cube);
       UPDATE meta SET value = '4' WHERE key = 'schema_version'; CHECKPOINT`,
    );
    temp.store.close();
    const bytes = fs.readFileSync(file);
    const error = await Store.open(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /ne peut pas passer au format 5.*9\s599\s999\s999\s999\s990\s400\s€.*n'a pas été modifiée/,
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    temp.store = await Store.open(file, { readOnly: true }); // for afterEach
  });
});

describe('yearCubeYears', () => {
  it('reads whole years both flows hold, and nothing else', async () => {
    await importYears(2023);
    await importFiles(temp.store, [tradeFile(2024, 'E', [1, 2, 3], 1), tradeFile(2024, 'I', [1, 2], 1)]);
    const totals = await loadQuarterTotals(temp.store);
    expect(yearCubeYears(year(2023), totals)).toEqual([2023]);
    expect(yearCubeYears({ year: null, quarters: [...year(2023).quarters] }, totals)).toEqual([2023]);
    expect(yearCubeYears(year(2023, [2, 3, 4]), totals)).toBeNull(); // part of a year
    expect(yearCubeYears(year(2024, [1, 2]), totals)).toBeNull(); // exports hold T3 too
    expect(yearCubeYears({ year: null, quarters: [] }, totals)).toEqual([]);
  });
});

describe('the cubes read from year_cube', () => {
  const periods = [year(2024), year(2023)];

  it("give every département's rows, and each scope's, as trade does", async () => {
    await importYears(2023, 2024);
    const years = [[2024], [2023]];
    expect(rowsByPeriod(await loadYearCube(temp.store, periods, years))).toEqual(
      rowsByPeriod(await loadTradeCube(temp.store, periods)),
    );
    const scopes: NamedScope[] = [
      { name: '42', depts: ['42'] },
      { name: 'region:84', depts: ['01', '42', '69'] },
      { name: 'FR', depts: null },
      { name: '75', depts: ['75'] }, // no line at all
    ];
    expect(rowsByPeriod(await loadScopedYearCube(temp.store, periods, years, scopes))).toEqual(
      rowsByPeriod(await loadScopedCube(temp.store, periods, scopes)),
    );
    // Two years summed into one period.
    const both: Period = { year: null, quarters: [...year(2023).quarters, ...year(2024).quarters] };
    expect(rowsByPeriod(await loadYearCube(temp.store, [both], [[2023, 2024]]))).toEqual(
      rowsByPeriod(await loadTradeCube(temp.store, [both])),
    );
  });

  it('give the product space and France detail that trade gives, in the same order', async () => {
    await importYears(2024);
    expect(await loadDepartementExports(temp.store, year(2024), [2024])).toEqual(
      await loadDepartementExports(temp.store, year(2024)),
    );
    expect(await loadFranceDetail(temp.store, year(2024), [2024])).toEqual(
      await loadFranceDetail(temp.store, year(2024)),
    );
  });

  it('give the product space in the order of the codes, not of the ids, over one year or two', async () => {
    await importYears(2023);
    // '03' comes after the other départements in cube_codes (a later year), before them by code.
    const late = [1, 2, 3, 4].map((q) =>
      line({ year: '2024', quarter: String(q), dept: '03', region: '18', country: 'DE', value: '5' }),
    );
    const exports2024 = fs.readFileSync(tradeFile(2024, 'E', [1, 2, 3, 4], 2024), 'utf8') + `${late.join('\n')}\n`;
    await importFiles(temp.store, [
      temp.write('Region_2024_Export-late.txt', exports2024),
      tradeFile(2024, 'I', [1, 2, 3, 4], 7),
    ]);
    const both: Period = { year: null, quarters: [...year(2023).quarters, ...year(2024).quarters] };
    const fromCube = await loadDepartementExports(temp.store, both, [2023, 2024]);
    expect(fromCube.map((r) => r.dept)).toContain('03');
    expect(fromCube).toEqual(await loadDepartementExports(temp.store, both));
    expect(await loadDepartementExports(temp.store, year(2024), [2024])).toEqual(
      await loadDepartementExports(temp.store, year(2024)),
    );
  });
});
