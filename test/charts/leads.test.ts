import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NARROW_WIDTH } from '../../src/charts/index.js';
import { renderLeadsChart, type LeadsInput } from '../../src/charts/leads.js';
import { frenchTypography } from '../../src/format/fr.js';
import { departements, regions } from '../../src/reference/territories.js';
import { assertGolden } from './golden.js';
import { nameArb, tnccArb } from './arbitrary.js';
import { LEADS_FIXTURES } from './leads-fixtures.js';
import { all, byClass, hasClass, parseSvg, expectLabelsLaidOut, type Node, expectLabelledImage } from './svg-tree.js';

function checkLayout(svg: string): Node {
  const { root, width } = expectLabelsLaidOut(svg);
  for (const c of all(root, (n) => n.tag === 'circle')) {
    const [cx, r] = [Number(c.attrs.cx), Number(c.attrs.r)];
    expect(cx - r).toBeGreaterThanOrEqual(0);
    expect(cx + r).toBeLessThanOrEqual(width);
  }
  for (const b of all(root, (n) => n.tag === 'rect')) {
    expect(Number(b.attrs.x)).toBeGreaterThanOrEqual(0);
    expect(Number(b.attrs.x) + Number(b.attrs.width)).toBeLessThanOrEqual(width);
  }
  return root;
}

const cx = (n: Node) => Number(n.attrs.cx);

describe.each(Object.entries(LEADS_FIXTURES))('« Pistes d’action » chart, %s', (name, input) => {
  const out = renderLeadsChart(input);

  it('matches its golden files (screen, narrow)', () => {
    assertGolden(`pistes-${name}`, out.svg);
    assertGolden(`narrow/pistes-${name}`, renderLeadsChart(input, { width: NARROW_WIDTH }).svg);
  });

  it('is accessible: role, title and desc, a tooltip naming the activity on every mark', () => {
    const root = expectLabelledImage(out);
    const marks = byClass(root, 'g', 'mark');
    expect(marks).toHaveLength(input.rows.length);
    marks.forEach((m, i) =>
      expect(m.children.find((c) => c.tag === 'title')?.text).toContain(frenchTypography(input.rows[i]!.name)),
    );
  });

  it('keeps text and marks inside the viewBox without overlapping labels, wide and narrow (text ≥ 11 px)', () => {
    checkLayout(out.svg);
    const root = checkLayout(renderLeadsChart(input, { width: NARROW_WIDTH }).svg);
    for (const t of all(root, (n) => n.tag === 'text'))
      expect(Number(t.attrs['font-size'] ?? root.attrs['font-size'])).toBeGreaterThanOrEqual(11);
  });

  it('writes French typography and one table row per drawn row, with the codes', () => {
    for (const text of [out.svg, out.description, out.title]) expect(text).not.toMatch(/ [:%;]/);
    expect(out.table.rows).toHaveLength(input.rows.length);
    expect(out.table.rows.map((r) => r[1])).toEqual(input.rows.map((r) => r.code));
    expect(out.table.kinds).toHaveLength(out.table.columns.length);
    if (input.rows.length === 0) expect(out.svg).toContain('class="label empty"');
  });
});

describe('« Pistes d’action » chart geometry', () => {
  it('markets: sales and expected sales on one euro scale, the gap written as their difference', () => {
    const input = LEADS_FIXTURES['debouches-loire']!;
    const root = parseSvg(renderLeadsChart(input).svg);
    const values = byClass(root, 'circle', 'value').filter((c) => hasClass(c, 'dot'));
    const refs = byClass(root, 'circle', 'reference').filter((c) => hasClass(c, 'dot'));
    expect(values).toHaveLength(3);
    const rows = input.kind === 'debouches' ? input.rows : [];
    const slope = (cx(refs[0]!) - cx(values[0]!)) / (rows[0]!.expected_eur - rows[0]!.exports_eur);
    rows.forEach((r, i) => {
      expect(cx(refs[i]!) - cx(values[i]!)).toBeCloseTo((r.expected_eur - r.exports_eur) * slope, 0);
    });
    const out = renderLeadsChart(input);
    expect(out.table.rows[0]).toEqual([
      "Produits sidérurgiques et de première transformation de l'acier",
      'C24A',
      'Espagne',
      'ES',
      12_300_000,
      48_900_000,
      36_600_000,
    ]);
    expect(out.svg).toContain('36,6\u00A0M€');
  });

  it('suppliers: both shares on a 0–100 % scale; related: bars from 0 in proportion to the density', () => {
    const s = parseSvg(renderLeadsChart(LEADS_FIXTURES['approvisionnements-region']!).svg);
    const ticks = all(s, (n) => n.tag === 'text' && n.parent?.attrs.class === 'grid').map((t) => t.text);
    expect(ticks.at(-1)).toBe('100\u00A0%');
    const r = parseSvg(renderLeadsChart(LEADS_FIXTURES['activites-loire']!).svg);
    const bars = byClass(r, 'rect', 'bar');
    const widths = bars.map((b) => Number(b.attrs.width));
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.55 / 0.62, 2);
    expect(new Set(bars.map((b) => b.attrs.x)).size).toBe(1);
  });

  it('prints each grid value once when every amount is below the printed precision', () => {
    // fast-check's counterexample (seed 1360790589): sales of 0 and expected sales of 5.000000000000001e-55 €
    // gave several grid values all printed « 0,000 M€ », overlapping.
    const input: LeadsInput = {
      subject: { name: 'Loire', tncc: 0, year: 2024, slug: 'x', source: 'Source\u00A0: DGDDI, 2024' },
      kind: 'debouches',
      rows: [
        {
          code: 'C10A',
          name: 'Produits',
          country: 'ES',
          country_name: 'Espagne',
          exports_eur: 0,
          expected_eur: 5.000000000000001e-55,
        },
      ],
    };
    for (const options of [{}, { width: NARROW_WIDTH }]) checkLayout(renderLeadsChart(input, options).svg);
  });

  it('sets every territory name as a column header whole, on lines broken at spaces, hyphens or syllables (« Auvergne-Rhône-A… » before)', () => {
    const base = LEADS_FIXTURES['approvisionnements-region']!;
    for (const t of [...regions(), ...departements()]) {
      const input: LeadsInput = { ...base, subject: { ...base.subject, name: t.name, slug: 'x' } };
      for (const options of [{}, { width: NARROW_WIDTH }]) {
        const root = parseSvg(renderLeadsChart(input, options).svg);
        const lines = byClass(root, 'g', 'headers')[0]!
          .children.map((n) => n.text)
          .slice(1, -1);
        expect(lines.join('\n'), t.name).not.toContain('…');
        // No letter lost: the lines hold the name's letters, in order (hyphens may be added at syllables).
        const letters = (s: string) => s.replace(/[\s-]/g, '');
        expect(letters(lines.join('')), t.name).toBe(letters(frenchTypography(t.name)));
      }
    }
  });

  it('survives any rows: inside the viewBox, no overlap, finite coordinates', () => {
    const value = fc.double({ min: 0, max: 5e9, noNaN: true });
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    const subject = fc.record({ name: nameArb, tncc: tnccArb }).map(({ name, tncc }) => ({
      name,
      tncc,
      year: 2024,
      slug: 'x',
      source: 'Source\u00A0: DGDDI, 2024\u00A0; traitement territrade',
    }));
    const inputArb: fc.Arbitrary<LeadsInput> = fc.oneof(
      fc.record({
        subject,
        kind: fc.constant('debouches' as const),
        rows: fc.array(
          fc.record({
            code: fc.constant('C10A'),
            name: nameArb,
            country: fc.constant('ES'),
            country_name: nameArb,
            exports_eur: value,
            expected_eur: value,
          }),
          { maxLength: 5 },
        ),
      }),
      fc.record({
        subject,
        kind: fc.constant('approvisionnements' as const),
        rows: fc.array(
          fc.record({
            code: fc.constant('C10A'),
            name: nameArb,
            country: fc.constant('CN'),
            country_name: nameArb,
            share,
            france_share: share,
          }),
          { maxLength: 5 },
        ),
      }),
      fc.record({
        subject,
        kind: fc.constant('activites' as const),
        rows: fc.array(fc.record({ code: fc.constant('C10A'), name: nameArb, density: share, rca: share }), {
          maxLength: 8,
        }),
      }),
    );
    fc.assert(
      fc.property(inputArb, fc.constantFrom(undefined, NARROW_WIDTH), (input, width) => {
        const svg = renderLeadsChart(input, width === undefined ? {} : { width }).svg;
        expect(svg).not.toMatch(/NaN|Infinity/);
        checkLayout(svg);
      }),
      { numRuns: 60 },
    );
  });
});
