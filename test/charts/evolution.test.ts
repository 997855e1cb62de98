import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderEvolutionChart, type EvolutionInput } from '../../src/charts/evolution.js';
import { millionsTickFormat, quarterSpan, yearLabel } from '../../src/charts/evolution-labels.js';
import { EXPORTS, IMPORTS } from '../../src/model/direction.js';
import { assertGolden } from './golden.js';
import { EMEBI_BREAK, EVOLUTION_FIXTURES, evolutionInput, year } from './evolution-fixtures.js';
import { all, byClass, parseSvg, type Node, expectLabelsLaidOut, expectLabelledImage } from './svg-tree.js';

const n = (node: Node, attr: string) => Number(node.attrs[attr]);

function checkLayout(svg: string): void {
  const { root, width, height } = expectLabelsLaidOut(svg);
  const bars = byClass(root, 'rect', 'bar');
  for (const r of bars) {
    expect(n(r, 'x')).toBeGreaterThanOrEqual(-0.01);
    expect(n(r, 'x') + n(r, 'width')).toBeLessThanOrEqual(width + 0.01);
    expect(n(r, 'y') + n(r, 'height')).toBeLessThanOrEqual(height + 0.01);
  }
  // The two bars of a year and the bars of neighbouring years never overlap.
  const spans = bars.map((r) => [n(r, 'x'), n(r, 'x') + n(r, 'width')] as const).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1] - 0.01);
}

/** Larger values, taller bars: heights are one increasing function of the values. */
function checkMonotone(svg: string): void {
  const root = parseSvg(svg);
  const bars = byClass(root, 'rect', 'bar').map((r) => ({ h: n(r, 'height'), v: n(r, 'data-value') }));
  for (const a of bars) for (const b of bars) if (a.v < b.v) expect(a.h).toBeLessThanOrEqual(b.h + 0.01);
  const ref = bars.reduce((best, b) => (b.v > best.v ? b : best), { h: 0, v: 0 });
  if (ref.v > 0) for (const b of bars) expect(Math.abs(b.h - (ref.h * b.v) / ref.v)).toBeLessThanOrEqual(0.02);
  // Balance markers: a larger balance sits higher.
  const marks = byClass(root, 'g', 'balance').map((g) => {
    const ys = g.children
      .find((c) => c.tag === 'path')!
      .attrs.d!.match(/-?\d+(\.\d+)?/g)!
      .map(Number)
      .filter((_, k) => k % 2 === 1);
    return { v: n(g, 'data-value'), y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  });
  for (const a of marks) for (const b of marks) if (a.v < b.v) expect(a.y).toBeGreaterThanOrEqual(b.y - 0.2);
}

describe('evolution chart labels', () => {
  it('writes partial years with their quarters', () => {
    expect(quarterSpan([1, 2])).toBe('T1–T2');
    expect(quarterSpan([3])).toBe('T3');
    expect(quarterSpan([1, 3])).toBe('T1, T3');
    expect(yearLabel(2025, [1, 2])).toBe('2025 (T1–T2)');
    expect(yearLabel(2024, [1, 2, 3, 4])).toBe('2024');
  });

  it('gives tick labels as many decimals as the step needs', () => {
    expect(millionsTickFormat(1e9)(2e9)).toBe('2\u00A0000');
    expect(millionsTickFormat(5e5)(1.5e6)).toBe('1,5');
    expect(millionsTickFormat(2e4)(6e4)).toBe('0,06');
  });
});

describe.each(Object.entries(EVOLUTION_FIXTURES))('evolution chart, %s', (name, input) => {
  const out = renderEvolutionChart(input);

  it('matches its golden file', () => {
    assertGolden(`evolution-${name}`, out.svg);
  });

  it('is accessible: role, title and desc, a tooltip on every bar and balance', () => {
    const root = expectLabelledImage(out);
    const bars = byClass(root, 'rect', 'bar');
    expect(bars).toHaveLength(2 * input.years.length);
    for (const b of [...bars, ...byClass(root, 'g', 'balance')])
      expect(b.children.find((c) => c.tag === 'title')?.text).toMatch(/^\d{4}( \(T[^)]+\))? – .+\u00A0: /);
  });

  it('keeps text and bars inside the viewBox, without overlaps, heights monotone in the values', () => {
    checkLayout(out.svg);
    checkMonotone(out.svg);
  });

  it('writes French typography: no plain space before a colon or a percent sign', () => {
    for (const text of [out.svg, out.description, out.title]) expect(text).not.toMatch(/ [:%;]/);
  });

  it('returns one table row per year, with declared column kinds', () => {
    // Two more columns, the same quarters a year earlier, only when a partial year has them.
    const before = input.years.some((y) => y.before);
    expect(out.table.kinds).toEqual(['text', 'text', 'euros', 'euros', 'euros', ...(before ? ['euros', 'euros'] : [])]);
    expect(out.table.rows).toEqual(
      input.years.map((y) => [
        String(y.year),
        quarterSpan(y.quarters),
        y.exports_eur,
        y.imports_eur,
        y.exports_eur - y.imports_eur,
        ...(before ? [y.before?.exports_eur ?? '', y.before?.imports_eur ?? ''] : []),
      ]),
    );
  });
});

describe('evolution chart marks', () => {
  it('draws exports and imports in the directions’ colours, a partial year lighter, dashed and labelled', () => {
    const root = parseSvg(renderEvolutionChart(EVOLUTION_FIXTURES.loire!).svg);
    expect(byClass(root, 'rect', 'bar-export').every((r) => r.attrs.fill === EXPORTS.colour)).toBe(true);
    expect(byClass(root, 'rect', 'bar-import').every((r) => r.attrs.fill === IMPORTS.colour)).toBe(true);
    const partial = byClass(root, 'rect', 'partial');
    expect(partial).toHaveLength(2);
    expect(partial.every((r) => r.attrs['stroke-dasharray'] && Number(r.attrs['fill-opacity']) < 1)).toBe(true);
    expect(byClass(root, 'rect', 'bar').filter((r) => r.attrs['fill-opacity'] === undefined)).toHaveLength(12);
    const texts = all(root, (x) => x.tag === 'text').map((t) => t.text);
    expect(texts).toContain('(T1–T2)');
    expect(texts.join(' ')).toContain('2025 (T1–T2), année incomplète, non comparable à une année entière');
    expect(partial[0]!.children[0]!.text).toBe(
      '2025 (T1–T2) – exportations\u00A0: 2\u00A0130,4\u00A0M€ (année incomplète)',
    );
  });

  it('puts a deficit below the zero line and a surplus above it', () => {
    const root = parseSvg(renderEvolutionChart(EVOLUTION_FIXTURES.loire!).svg);
    const zero = all(root, (x) => x.tag === 'line' && x.attrs.stroke === '#6e7781')[0]!;
    const balances = byClass(root, 'g', 'balance');
    expect(balances.every((g) => g.attrs.class!.includes('deficit'))).toBe(true);
    const surplus = byClass(parseSvg(renderEvolutionChart(EVOLUTION_FIXTURES.surplus!).svg), 'g', 'balance');
    expect(surplus.every((g) => g.attrs.class!.includes('surplus'))).toBe(true);
    expect(Number(zero.attrs.y1)).toBeGreaterThan(0);
  });

  it('labels one year in two when there are too many, always the latest', () => {
    const root = parseSvg(renderEvolutionChart(EVOLUTION_FIXTURES['many-years']!, { width: 560 }).svg);
    const labels = byClass(root, 'g', 'year-label').map((g) => g.children[0]!.text);
    expect(labels[labels.length - 1]).toBe('2025');
    expect(labels.length).toBeLessThan(13);
  });

  it('keeps a missing year’s place in time, says so, and joins only consecutive whole years', () => {
    const root = parseSvg(renderEvolutionChart(EVOLUTION_FIXTURES.tiny!).svg);
    const centreOf = (yr: string) => {
      const bars = byClass(root, 'g', 'year')
        .find((g) => g.attrs['data-year'] === yr)!
        .children.filter((c) => c.tag === 'rect');
      return (n(bars[0]!, 'x') + n(bars[1]!, 'x') + n(bars[1]!, 'width')) / 2;
    };
    // 2020, 2021, (2022), 2023, 2024: equal steps, two of them between 2021 and 2023.
    expect(centreOf('2023') - centreOf('2021')).toBeCloseTo(2 * (centreOf('2021') - centreOf('2020')), 1);
    expect(byClass(root, 'g', 'missing').map((g) => g.children[0]!.text)).toEqual(['2022']);
    expect(
      all(root, (x) => x.tag === 'text')
        .map((t) => t.text)
        .join(' '),
    ).toContain('Aucune donnée pour 2022.');
    // 2020 is partial, 2022 missing: the only run of whole years is 2023–2024.
    const lines = byClass(root, 'polyline', 'balance-line');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.attrs.points!.split(' ')).toHaveLength(2);
    // Loire: 2019–2024 joined, 2025 (T1–T2) apart.
    const loire = byClass(parseSvg(renderEvolutionChart(EVOLUTION_FIXTURES.loire!).svg), 'polyline', 'balance-line');
    expect(loire.map((l) => l.attrs.points!.split(' ').length)).toEqual([6]);
  });

  it('marks a break between the years around it, only when both sides are shown (issue 20 point 5)', () => {
    const withBreak = parseSvg(renderEvolutionChart(EVOLUTION_FIXTURES['break-and-partial']!).svg);
    const [rule] = all(withBreak, (x) => x.tag === 'g' && x.attrs.class === 'break');
    const line = rule!.children.find((c) => c.tag === 'line')!;
    const slot = (y: number) =>
      Number(
        byClass(withBreak, 'g', 'year')
          .find((g) => g.attrs['data-year'] === String(y))!
          .children.find((c) => c.tag === 'rect')!.attrs.x,
      );
    expect(n(line, 'x1')).toBeGreaterThan(slot(2021));
    expect(n(line, 'x1')).toBeLessThan(slot(2022));
    expect(rule!.children.map((c) => c.text).join(' ')).toContain('EMEBI');
    const later = {
      ...EVOLUTION_FIXTURES['break-and-partial']!,
      years: EVOLUTION_FIXTURES['break-and-partial']!.years.slice(3),
    };
    expect(renderEvolutionChart(later).svg).not.toContain('class="break"');
  });

  it("draws a partial year's same quarters a year earlier on its bars, and says the change under the chart", () => {
    const out = renderEvolutionChart(EVOLUTION_FIXTURES['break-and-partial']!);
    const root = parseSvg(out.svg);
    const marks = all(root, (x) => x.tag === 'g' && (x.attrs.class ?? '').startsWith('before '));
    expect(marks.map((m) => n(m, 'data-value'))).toEqual([2052.3e6, 2401.2e6]);
    // Each stroke sits at the height its value has on the axis of the bars.
    const bar = byClass(root, 'rect', 'bar-export').find((r) => n(r, 'data-value') === 4192.1e6)!;
    const zero = n(bar, 'y') + n(bar, 'height');
    const y = n(
      marks[0]!.children.find((c) => c.tag === 'line')!,
      'y1',
    );
    expect((zero - y) / n(bar, 'height')).toBeCloseTo(2052.3 / 4192.1, 2);
    const text = out.svg.replace(/\u00a0/g, ' ');
    expect(text).toContain('T1–T2 2024 (exportations 2 052,3 M€, importations 2 401,2 M€)');
    expect(text).toContain('+3,8 % à l’export, −4,0 % à l’import');
    expect(out.table.columns).toContain('Exportations des mêmes trimestres un an plus tôt (euros)');
    expect(out.table.rows.at(-1)!.slice(-2)).toEqual([2052.3e6, 2401.2e6]);
    expect(renderEvolutionChart(EVOLUTION_FIXTURES.loire!).table.columns).toHaveLength(5);
  });

  it('says so when there is no year', () => {
    expect(renderEvolutionChart(EVOLUTION_FIXTURES.empty!).svg).toContain(
      'Aucune année enregistrée pour ce territoire.',
    );
  });

  it('survives any history: inside the viewBox, no overlap, heights monotone, finite coordinates', () => {
    const amount = fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 900_000, noNaN: true }));
    const yearsArb = fc
      .record({
        start: fc.integer({ min: 2005, max: 2024 }),
        values: fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 16 }),
        partialFirst: fc.boolean(),
        partialLast: fc.boolean(),
        gap: fc.boolean(),
      })
      .map(({ start, values, partialFirst, partialLast, gap }) =>
        values.map(([e, i], k) => {
          const q =
            k === values.length - 1 && partialLast ? [1, 2] : k === 0 && partialFirst ? [2, 3, 4] : [1, 2, 3, 4];
          return year(start + k + (gap && k > values.length / 2 ? 1 : 0), e, i, q);
        }),
      );
    fc.assert(
      fc.property(yearsArb, fc.integer({ min: 560, max: 1000 }), (years, width) => {
        const last = years[years.length - 1]!;
        const withBefore = years.map((y) =>
          y === last && y.quarters.length < 4
            ? { ...y, before: { exports_eur: y.exports_eur * 1.5, imports_eur: y.imports_eur / 2 } }
            : y,
        );
        const input: EvolutionInput = { ...evolutionInput('Territoire', 0, 'x', withBefore), breaks: [EMEBI_BREAK] };
        const svg = renderEvolutionChart(input, { width }).svg;
        expect(svg).not.toMatch(/NaN|Infinity/);
        checkLayout(svg);
        checkMonotone(svg);
      }),
      { numRuns: 80 },
    );
  });
});
