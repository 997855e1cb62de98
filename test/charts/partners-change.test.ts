// The partners chart's optional change columns and the activities table's (issue 9): shown only when the fiche has a
// previous period, in the data table as change rates, '–' where none can be computed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderActivitiesTreemap, renderPartnersChart, type PartnersInput } from '../../src/charts/index.js';
import { loadFixture } from './fixtures.js';
import { figuresArb } from './arbitrary.js';
import { assertGolden } from './golden.js';
import { byClass, parseSvg, expectLabelsLaidOut } from './svg-tree.js';

/** The Loire fixture with change rates: rises, falls, a new partner (null). */
function withChanges(input: PartnersInput, since = '2023'): PartnersInput {
  return {
    ...input,
    changeSince: since,
    partners: input.partners.map((p, i) => ({
      ...p,
      imports_change: i === 3 ? null : ((i * 37) % 11) / 50 - 0.1,
      exports_change: i === 5 ? null : ((i * 53) % 13) / 40 - 0.15,
    })),
  };
}

describe('partners chart with change columns', () => {
  const input = withChanges(loadFixture('loire').partenaires);
  const out = renderPartnersChart(input);

  it('matches its golden file', () => {
    assertGolden('partners-change-loire', out.svg);
  });

  it('writes each partner’s change with its sign, and a dash where none can be computed', () => {
    const root = parseSvg(out.svg);
    const imports = byClass(root, 'g', 'change-imports');
    const exports = byClass(root, 'g', 'change-exports');
    expect(imports).toHaveLength(input.partners.length);
    expect(exports).toHaveLength(input.partners.length);
    const text = (g: (typeof imports)[number]) => g.children.find((c) => c.tag === 'text')!.text;
    expect(text(imports[3]!)).toBe('\u2013');
    expect(imports[3]!.children[0]!.text).toContain('évolution non calculable (aucun échange en 2023)');
    expect(text(imports[1]!)).toMatch(/^[+\u2212]?\d+,\d\u00A0%$/);
    expect(exports[0]!.children[0]!.text).toMatch(/par rapport à 2023$/);
    expectLabelsLaidOut(out.svg);
  });

  it('adds two change columns to the data table, empty where none can be computed', () => {
    expect(out.table.kinds).toEqual(['text', 'code', 'euros', 'euros', 'euros', 'change', 'change']);
    expect(out.table.columns[5]).toBe('Évolution des importations par rapport à 2023');
    expect(out.table.rows[3]![5]).toBe('');
    expect(out.table.rows[1]![5]).toBe(input.partners[1]!.imports_change);
  });

  it('leaves the chart as it was without a previous period', () => {
    const plain = loadFixture('loire').partenaires;
    expect(renderPartnersChart({ ...input, changeSince: undefined, partners: plain.partners }).svg).toBe(
      renderPartnersChart(plain).svg,
    );
  });

  it('keeps text inside and apart for any partners', () => {
    const rate = fc.option(fc.double({ min: -1, max: 50, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        figuresArb,
        fc.integer({ min: 560, max: 1000 }),
        fc.array(fc.tuple(rate, rate), { minLength: 30, maxLength: 30 }),
        (figures, width, rates) => {
          const p = figures.partenaires;
          const withRates: PartnersInput = {
            ...p,
            changeSince: 'T3 2023 – T2 2024',
            partners: p.partners.map((x, i) => ({
              ...x,
              imports_change: rates[i % 30]![0],
              exports_change: rates[i % 30]![1],
            })),
          };
          const svg = renderPartnersChart(withRates, { width }).svg;
          expect(svg).not.toMatch(/NaN|Infinity/);
          expectLabelsLaidOut(svg);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('activities data table with the change', () => {
  it('adds the previous value and the change rate when given a previous period, empty where unknown', () => {
    const input = loadFixture('loire').activites;
    const plain = renderActivitiesTreemap(input);
    const exports = input.exports.map((a, i) => ({
      ...a,
      previous_value_eur: i === 0 ? 0 : i === 1 ? null : a.value_eur * 0.9,
    }));
    const out = renderActivitiesTreemap({ ...input, exports, changeSince: '2023' });
    expect(out.svg).toBe(plain.svg);
    expect(out.table.columns.slice(7)).toEqual(['Valeur en 2023 (euros)', 'Évolution par rapport à 2023']);
    expect(out.table.kinds.slice(7)).toEqual(['euros', 'change']);
    const rowOf = (code: string) => out.table.rows.find((r) => r[0] === 'Exportations' && r[3] === code)!;
    expect(rowOf(exports[0]!.code).slice(7)).toEqual([0, '']);
    expect(rowOf(exports[1]!.code).slice(7)).toEqual(['', '']);
    expect(rowOf(exports[2]!.code)[8]).toBeCloseTo(1 / 0.9 - 1, 9);
    // Imports without previous values: empty cells.
    expect(out.table.rows.find((r) => r[0] === 'Importations')!.slice(7)).toEqual(['', '']);
    expect(plain.table.columns).toHaveLength(7);
  });
});
