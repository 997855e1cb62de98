// The summaries of src/store/totals.ts must always equal a direct aggregate of `trade`: after
// imports, replacements and refused imports, and for stores made before they existed.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadQuarterTotals } from '../../src/store/cube.js';
import { importFiles } from '../../src/store/import/import-files.js';
import { loadNationalSums } from '../../src/store/national.js';
import { storedYears, yearInfo } from '../../src/store/queries.js';
import { Store } from '../../src/store/store.js';
import { chosenYear, yearPeriod } from '../../src/figures/period.js';
import { figuresFor } from '../../src/pipeline/figures.js';
import { line, storeFingerprint, totalsDifferences, yearCubeDifferences } from '../helpers/store.js';
import { useTempStore } from '../helpers/temp-store.js';

const temp = useTempStore();
const storePath = () => path.join(temp.dir, 'store.duckdb');
let files = 0;

/** A trade file named so that its year and flow are those of its lines. */
function tradeFile(year: number, flow: 'E' | 'I', lines: string[]): string {
  return temp.write(`Region_${year}_${flow === 'E' ? 'Export' : 'Import'}-${files++}.txt`, lines.join('\n') + '\n');
}

const quarterLines = (year: number, flow: 'E' | 'I', quarters: number[], value: number) =>
  quarters.flatMap((q) =>
    ['01', '42', '69'].flatMap((dept, d) =>
      ['DE', 'IT'].map((country, c) =>
        line({ flow, year: String(year), quarter: String(q), dept, country, value: String(value + d * 10 + c) }),
      ),
    ),
  );

describe('the summaries after imports', () => {
  it('holds the sums and row counts of every file imported', async () => {
    await importFiles(temp.store, [
      tradeFile(2024, 'E', quarterLines(2024, 'E', [1, 2, 3, 4], 100)),
      tradeFile(2024, 'I', quarterLines(2024, 'I', [1, 2], 7)),
    ]);
    await importFiles(temp.store, [tradeFile(2023, 'E', quarterLines(2023, 'E', [1, 2, 3, 4], 5))]);
    expect(await totalsDifferences(temp.store)).toBe(0);
    const [row] = await temp.store.all('SELECT count(*) AS n, sum(row_count) AS rows FROM trade_totals');
    expect(Number(row!['n'])).toBe(4 * 3 + 2 * 3 + 4 * 3);
    expect(Number(row!['rows'])).toBe((4 + 2 + 4) * 6);
    expect((await yearInfo(temp.store, 2024)).rows).toBe(6 * 6);
  });

  it('follows replacements: the same file again, then a newer publication of some quarters', async () => {
    const annual = tradeFile(2024, 'E', quarterLines(2024, 'E', [1, 2, 3, 4], 100));
    await importFiles(temp.store, [annual]);
    await importFiles(temp.store, [annual]);
    expect(await totalsDifferences(temp.store)).toBe(0);
    const latest = temp.write(
      'REGIONAL_CPF4PAYSE.txt',
      [...quarterLines(2024, 'E', [3, 4], 900), ...quarterLines(2025, 'E', [1], 1)].join('\n'),
    );
    const report = await importFiles(temp.store, [latest]);
    expect(report.replacedRows).toBe(2 * 6);
    expect(await totalsDifferences(temp.store)).toBe(0);
    const totals = await loadQuarterTotals(temp.store, [2024]);
    expect(totals.find((t) => t.dept === '42' && t.quarter === 3)!.value).toBe(910 + 911);
    expect(totals.find((t) => t.dept === '42' && t.quarter === 1)!.value).toBe(110 + 111);
    // Sources whose every row was replaced are forgotten; the summary says which remain.
    expect(
      (await temp.store.all('SELECT DISTINCT source_id FROM trade_totals ORDER BY 1')).map((r) => r['source_id']),
    ).toEqual([2, 3]);
  });

  it('stays as it was when an import is refused (rolled back)', async () => {
    await importFiles(temp.store, [tradeFile(2024, 'E', quarterLines(2024, 'E', [1, 2], 100))]);
    const good = tradeFile(2024, 'E', quarterLines(2024, 'E', [1, 2, 3], 5));
    const bad = tradeFile(2024, 'I', [...quarterLines(2024, 'I', [1], 5), line({ flow: 'I', quarter: '9' })]);
    await temp.refused([good, bad]);
    expect(await totalsDifferences(temp.store)).toBe(0);
  });
});

describe("France's sums by activity and partner", () => {
  it('leave out codes whose lines are all zero, and sum the others whole', async () => {
    await importFiles(temp.store, [
      tradeFile(2024, 'E', [
        line({ a129: 'C29A', cpf4: '2910', country: 'DE', value: '0' }),
        line({ a129: 'C29A', cpf4: '2910', country: 'IT', value: '0', dept: '69' }),
        line({ a129: 'C10A', cpf4: '1011', country: 'IT', value: '40', quarter: '2' }),
        line({ a129: 'C10A', cpf4: '1011', country: 'US', value: '0', quarter: '3' }),
      ]),
    ]);
    const sums = await loadNationalSums(
      temp.store,
      yearPeriod(
        2024,
        [1, 2, 3, 4].map((quarter) => ({ year: 2024, quarter })),
      ),
    );
    expect(sums.byActivity).toEqual([{ flow: 'E', code: 'C10A', value: 40 }]);
    expect(sums.byCountry).toEqual([{ flow: 'E', code: 'IT', value: 40 }]);
  });
});

describe('property: after any sequence of imports, accepted or refused', () => {
  const step = fc.record({
    year: fc.constantFrom(2023, 2024),
    flow: fc.constantFrom<'E' | 'I'>('E', 'I'),
    rows: fc.array(
      fc.record({
        quarter: fc.integer({ min: 1, max: 4 }),
        dept: fc.constantFrom('01', '42', '69', '20', '9A'),
        country: fc.constantFrom('DE', 'IT', 'US'),
        value: fc.nat({ max: 10 ** 12 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    bad: fc.boolean(),
  });

  it('the summaries equal the direct aggregates of trade, and the store answers from them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
        await temp.store.run(
          'DELETE FROM trade; DELETE FROM trade_totals; DELETE FROM activity_totals; DELETE FROM country_totals; DELETE FROM sources; DELETE FROM year_cube; DELETE FROM cube_codes',
        );
        for (const s of steps) {
          // One line per key (the format's rule); Corse (20) and Guadeloupe (9A) with their régions.
          const unique = new Map(s.rows.map((r) => [`${r.quarter}|${r.dept}|${r.country}`, r]));
          const region = (dept: string) => ({ '20': '22', '9A': '24' })[dept] ?? '18';
          const lines = [...unique.values()].map((r) =>
            line({
              flow: s.flow,
              year: String(s.year),
              quarter: String(r.quarter),
              dept: r.dept,
              region: region(r.dept),
              country: r.country,
              value: String(r.value),
            }),
          );
          if (s.bad) lines.push(line({ flow: s.flow, year: String(s.year), value: 'x' }));
          const before = await storeFingerprint(temp.store);
          const refused = await importFiles(temp.store, [tradeFile(s.year, s.flow, lines)]).then(
            () => false,
            () => true,
          );
          expect(refused).toBe(s.bad);
          if (refused) expect(await storeFingerprint(temp.store)).toBe(before);
          expect(await totalsDifferences(temp.store)).toBe(0);
          expect(await yearCubeDifferences(temp.store)).toBe(0);
        }
        const [count] = await temp.store.all('SELECT count(*) AS n FROM trade');
        const years = await storedYears(temp.store);
        expect((await Promise.all(years.map((y) => yearInfo(temp.store, y)))).reduce((n, i) => n + i.rows, 0)).toBe(
          Number(count!['n']),
        );
      }),
      { numRuns: 25, seed: 14 },
    );
  });
});

const HUGEINT_SUMS = 'ALTER TABLE year_cube ALTER value_eur SET DATA TYPE HUGEINT;';
const valueType = async (store: Store) =>
  (
    await store.all(
      "SELECT data_type AS t FROM duckdb_columns() WHERE table_name = 'year_cube' AND column_name = 'value_eur'",
    )
  )[0]?.['t'];

describe.each([
  ['1', 'without any summary', ['trade_totals', 'activity_totals', 'country_totals', 'year_cube', 'cube_codes'], ''],
  ['2', 'with trade_totals only', ['activity_totals', 'country_totals', 'year_cube', 'cube_codes'], ''],
  ['3', 'without year_cube', ['year_cube', 'cube_codes'], ''],
  ['4', 'with year_cube in HUGEINT', [], HUGEINT_SUMS],
])('a store made by an earlier version (schema %s, %s)', (version, _what, lacks, change) => {
  /** Turns the store into what that version wrote: the same tables but the summaries it lacks. */
  async function downgrade(): Promise<void> {
    await temp.store.run(
      `${lacks.map((t) => `DROP TABLE ${t};`).join(' ')} ${change} UPDATE meta SET value = '${version}' WHERE key = 'schema_version'; CHECKPOINT`,
    );
    temp.store.close();
  }

  beforeEach(async () => {
    await importFiles(temp.store, [
      tradeFile(2024, 'E', quarterLines(2024, 'E', [1, 2, 3, 4], 100)),
      tradeFile(2024, 'I', quarterLines(2024, 'I', [1, 2, 3, 4], 50)),
    ]);
    await importFiles(temp.store, [
      tradeFile(2023, 'E', quarterLines(2023, 'E', [1, 2, 3, 4], 80)),
      tradeFile(2023, 'I', quarterLines(2023, 'I', [1, 2, 3, 4], 20)),
    ]);
  });

  it('read-only: gives the same answers from summaries of its own connection, and the file is not modified', async () => {
    const expected = {
      figures: await figuresFor(temp.store, '42'),
      year: chosenYear(await loadQuarterTotals(temp.store)),
      info: await yearInfo(temp.store, 2024),
    };
    await downgrade();
    const bytes = fs.readFileSync(storePath());
    temp.store = await Store.open(storePath(), { readOnly: true });
    expect(await figuresFor(temp.store, '42')).toEqual(expected.figures);
    expect(chosenYear(await loadQuarterTotals(temp.store))).toBe(expected.year);
    expect(await yearInfo(temp.store, 2024)).toEqual(expected.info);
    expect(await totalsDifferences(temp.store)).toBe(0);
    // Read from `trade`, or from year_cube as that version wrote it.
    expect(temp.store.has('year_cube')).toBe(version === '4');
    temp.store.close();
    expect(fs.readFileSync(storePath()).equals(bytes)).toBe(true);
    temp.store = await Store.open(storePath(), { readOnly: true }); // for afterEach
  });

  it('opened for writing: gains the summaries it lacks, filled, and schema version 5', async () => {
    const expected = await figuresFor(temp.store, '42');
    await downgrade();
    if (change) {
      const before = await Store.open(storePath(), { readOnly: true });
      expect(await valueType(before)).toBe('HUGEINT');
      before.close();
    }
    temp.store = await Store.open(storePath());
    expect(await temp.store.metaValue('schema_version')).toBe('5');
    expect(await valueType(temp.store)).toBe('BIGINT');
    expect(temp.store.has('year_cube')).toBe(true);
    expect(await totalsDifferences(temp.store)).toBe(0);
    expect(await yearCubeDifferences(temp.store)).toBe(0);
    expect(await figuresFor(temp.store, '42')).toEqual(expected);
    // Imports keep them exact from then on.
    await importFiles(temp.store, [tradeFile(2024, 'I', quarterLines(2024, 'I', [4], 3))]);
    expect(await totalsDifferences(temp.store)).toBe(0);
    expect(await yearCubeDifferences(temp.store)).toBe(0);
  });
});
