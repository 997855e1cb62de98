// Figures over several years from a real store: hand-made DGDDI lines for 2020, 2022–2024 and
// 2025 T1–T2 (2021 missing), imported, then read back through the pipeline. Checks the change on
// the previous period, the history, the latest four quarters, the labels valid in each year, and
// that totals reconcile (départements → région → France) for every year and for the window.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/store/import/import-files.js';
import type { Store } from '../../src/store/store.js';
import type { Figures } from '../../src/figures/types.js';
import { figuresFor, StoreFigures, type FiguresSelection } from '../../src/pipeline/figures.js';
import { allTerritories } from '../../src/pipeline/only.js';
import { resolveTerritory } from '../../src/reference/resolve-territory.js';
import { line, openTempStore } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

const YEARS: [number, number[]][] = [
  [2020, [1, 2, 3, 4]],
  [2022, [1, 2, 3, 4]],
  [2023, [1, 2, 3, 4]],
  [2024, [1, 2, 3, 4]],
  [2025, [1, 2]],
];
const REGION = { '42': '18', '69': '18', '75': '03' } as const;

/** Every line: [flow, dept, a129, country, value] for one quarter. */
function linesOf(year: number, quarter: number): [string, keyof typeof REGION, string, string, number][] {
  const v = (year - 2019) * 100 + quarter * 10;
  const list: [string, keyof typeof REGION, string, string, number][] = [
    ['E', '42', 'C29A', 'DE', v],
    ['I', '42', 'C29A', 'CN', 300],
    ['E', '69', 'C29A', 'US', 200],
    ['I', '75', 'C29A', 'DE', 1000],
    ['E', '75', 'C29A', 'DE', 50],
  ];
  // Viet Nam appears in 2024; the Rhône imports from 2024 only (zero the year before).
  if (year >= 2024) list.push(['E', '42', 'C10A', 'VN', 500], ['I', '69', 'C20A', 'CN', 40]);
  // A code whose label changes on 1 January 2024.
  if (year === 2023 || year === 2024) list.push(['E', '42', 'C29A', 'ZY', 70]);
  return list;
}

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = tempDir();
  store = await openTempStore(dir);
  const text = (flow: string) =>
    YEARS.flatMap(([year, quarters]) =>
      quarters.flatMap((q) =>
        linesOf(year, q)
          .filter(([f]) => f === flow)
          .map(([f, dept, a129, country, value]) =>
            line({
              flow: f,
              quarter: String(q),
              year: String(year),
              dept,
              region: REGION[dept],
              a129,
              country,
              value: String(value),
            }),
          ),
      ),
    ).join('\r\n') + '\r\n';
  const e = path.join(dir, 'REGIONAL_CPF4PAYSE.txt');
  const i = path.join(dir, 'REGIONAL_CPF4PAYSI.txt');
  const labels = path.join(dir, 'Libelle_PAYS_ZY.txt');
  fs.writeFileSync(e, text('E'));
  fs.writeFileSync(i, text('I'));
  fs.writeFileSync(labels, 'ZY;Ancien nom;201501;202312\r\nZY;Nouveau nom;202401;999912\r\n');
  await importFiles(store, [labels, e, i]);
});
afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What the lines say a territory traded over some quarters, summed by hand. */
function expected(depts: string[], flow: string, quarters: [number, number][]): number {
  return quarters.reduce(
    (s, [y, q]) =>
      s +
      linesOf(y, q)
        .filter(([f, d]) => f === flow && depts.includes(d))
        .reduce((t, l) => t + l[4], 0),
    0,
  );
}
const year = (y: number): [number, number][] => YEARS.find(([x]) => x === y)![1].map((q) => [y, q]);
const WINDOW: [number, number][] = [
  [2024, 3],
  [2024, 4],
  [2025, 1],
  [2025, 2],
];
const BEFORE_WINDOW: [number, number][] = [
  [2023, 3],
  [2023, 4],
  [2024, 1],
  [2024, 2],
];

describe('a year compared with the one before', () => {
  it('gives the period, the previous period and the change of each total', async () => {
    const f = await figuresFor(store, '42', 2024);
    expect(f.period).toEqual({ from: '2024-T1', to: '2024-T4', quarters: 4 });
    expect(f.previous_period).toEqual({ from: '2023-T1', to: '2023-T4' });
    const [now, before] = [expected(['42'], 'E', year(2024)), expected(['42'], 'E', year(2023))];
    expect(f.exports).toMatchObject({ total_eur: now, previous_eur: before });
    expect(f.exports.change_rate).toBeCloseTo((now - before) / before, 12);
    expect(f.imports).toMatchObject({ previous_eur: 1200, change_rate: 0 });
  });

  it('lists every year in the store, the partial last one with its quarters', async () => {
    const f = await figuresFor(store, '42', 2024);
    expect(f.history).toEqual(
      YEARS.map(([y, quarters]) => ({
        year: y,
        exports_eur: expected(['42'], 'E', year(y)),
        imports_eur: expected(['42'], 'I', year(y)),
        quarters: quarters.length,
      })),
    );
  });

  it('counts a partner absent the year before at zero, and shows it among the rises', async () => {
    const f = await figuresFor(store, '42', 2024);
    expect(f.partners.find((p) => p.country === 'VN')).toMatchObject({
      exports_eur: 2000,
      previous: { exports_eur: 0, imports_eur: 0 },
    });
    expect(f.movers.exports.partners.gains[0]).toMatchObject({
      code: 'VN',
      value_eur: 2000,
      previous_eur: 0,
      change_eur: 2000,
    });
    expect(f.activities.exports.find((a) => a.code === 'C10A')).toMatchObject({
      value_eur: 2000,
      previous: { value_eur: 0 },
    });
  });

  it('gives a null change rate when the previous value is zero', async () => {
    const f = await figuresFor(store, '69', 2024);
    expect(f.imports).toMatchObject({ total_eur: 160, previous_eur: 0, change_rate: null });
  });

  it('has no previous period after a missing year: every previous value is null', async () => {
    const f = await figuresFor(store, '42', 2022);
    expect(f.previous_period).toBeNull();
    expect(f.exports).toMatchObject({ previous_eur: null, change_rate: null });
    expect(f.partners.every((p) => p.previous === null)).toBe(true);
    expect(f.activities.exports.every((a) => a.previous === null)).toBe(true);
    expect(f.movers.exports).toEqual({ partners: { gains: [], losses: [] }, activities: { gains: [], losses: [] } });
  });

  it('compares a partial last year with the same quarters a year earlier', async () => {
    const f = await figuresFor(store, '42', 2025);
    expect(f.partial_year).toBe(true);
    expect(f.period).toEqual({ from: '2025-T1', to: '2025-T2', quarters: 2 });
    expect(f.previous_period).toEqual({ from: '2024-T1', to: '2024-T2' });
    expect(f.exports.previous_eur).toBe(
      expected(['42'], 'E', [
        [2024, 1],
        [2024, 2],
      ]),
    );
  });

  it('names a code with the label valid in each year', async () => {
    const name = async (y: number) => (await figuresFor(store, '42', y)).partners.find((p) => p.country === 'ZY')!.name;
    expect(await name(2023)).toMatch(/^Ancien nom$/i);
    expect(await name(2024)).toMatch(/^Nouveau nom$/i);
  });
});

describe('the latest four quarters', () => {
  it('cover 2024-T3 to 2025-T2, compared with 2023-T3 to 2024-T2', async () => {
    const f = await figuresFor(store, '42', { lastQuarters: 4 });
    expect(f.year).toBeNull();
    expect(f.partial_year).toBe(false);
    expect(f.quarters).toEqual([3, 4, 1, 2]);
    expect(f.period).toEqual({ from: '2024-T3', to: '2025-T2', quarters: 4 });
    expect(f.previous_period).toEqual({ from: '2023-T3', to: '2024-T2' });
    expect(f.exports).toMatchObject({
      total_eur: expected(['42'], 'E', WINDOW),
      previous_eur: expected(['42'], 'E', BEFORE_WINDOW),
    });
    expect(f.exports.share_of_france).toBeCloseTo(
      expected(['42'], 'E', WINDOW) / expected(['42', '69', '75'], 'E', WINDOW),
      12,
    );
    expect(f.flows.exports.total_eur).toBe(f.exports.total_eur);
  });

  it('refuse --year together with --last-quarters', async () => {
    await expect(figuresFor(store, '42', { year: 2024, lastQuarters: 4 })).rejects.toThrow(/--last-quarters/);
  });
});

describe('reconciliation', () => {
  const selections: [string, FiguresSelection, [number, number][]][] = [
    ...YEARS.map(([y]) => [String(y), { year: y }, year(y)] as [string, FiguresSelection, [number, number][]]),
    ['the latest four quarters', { lastQuarters: 4 }, WINDOW],
  ];
  const sum = (xs: { value_eur: number }[]) => xs.reduce((s, x) => s + x.value_eur, 0);

  it.each(selections)(
    'holds for %s: départements → région → France, every view, one territory alone',
    async (_, selection, quarters) => {
      const all = await StoreFigures.load(store, selection);
      const figures = new Map<string, Figures>(allTerritories().map((t) => [JSON.stringify(t), all.figures(t)]));
      const get = (q: string) => figures.get(JSON.stringify(resolveTerritory(q)))!;
      for (const flow of ['exports', 'imports'] as const) {
        const code = flow === 'exports' ? 'E' : 'I';
        expect(get('42')[flow].total_eur).toBe(expected(['42'], code, quarters));
        expect(get('region:84')[flow].total_eur).toBe(get('42')[flow].total_eur + get('69')[flow].total_eur);
        expect(get('france')[flow].total_eur).toBe(expected(['42', '69', '75'], code, quarters));
        const depts = [...figures.values()].filter((f) => f.territory.kind === 'departement');
        expect(depts.reduce((s, f) => s + f[flow].total_eur, 0)).toBe(get('france')[flow].total_eur);
        for (const f of figures.values()) {
          expect(sum(f.activities[flow])).toBe(f[flow].total_eur);
          expect(sum(f.flows[flow].links)).toBe(f[flow].total_eur);
        }
      }
      // One territory read alone (its rows only) gives exactly what the one-pass load gives.
      for (const q of ['42', 'region:84', 'france']) expect(await figuresFor(store, q, selection)).toEqual(get(q));
    },
  );
});
