import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/format/fr.js';
import { readingKey, renderSpecialisationChart, type SpecialisationInput } from '../../src/charts/specialisation.js';
import { assertGolden } from './golden.js';
import { nameArb, tnccArb } from './arbitrary.js';
import { SPECIALISATION_FIXTURES } from './specialisation-fixtures.js';
import { all, byClass, hasClass, parseSvg, type Node, expectLabelsLaidOut, expectLabelledImage } from './svg-tree.js';

function checkLayout(svg: string): void {
  const { root, width } = expectLabelsLaidOut(svg);
  for (const c of all(root, (n) => n.tag === 'circle')) {
    const [cx, r] = [Number(c.attrs.cx), Number(c.attrs.r)];
    expect(cx - r).toBeGreaterThanOrEqual(0);
    expect(cx + r).toBeLessThanOrEqual(width);
  }
}

const cx = (n: Node) => Number(n.attrs.cx);

describe.each(Object.entries(SPECIALISATION_FIXTURES))('specialisation chart, %s', (name, input) => {
  const out = renderSpecialisationChart(input);

  it('matches its golden file', () => {
    assertGolden(`specialisation-${name}`, out.svg);
  });

  it('is accessible: role, title and desc, a tooltip on every mark', () => {
    const root = expectLabelledImage(out);
    const marks = byClass(root, 'g', 'mark');
    expect(marks).toHaveLength(input.rows.length);
    marks.forEach((m, i) =>
      expect(m.children.find((c) => c.tag === 'title')?.text).toContain(
        `${frenchTypography(input.rows[i]!.name)}\u00A0:`,
      ),
    );
  });

  it('keeps text and dots inside the viewBox, without overlapping labels', () => {
    checkLayout(out.svg);
  });

  it('writes French typography: no plain space before a colon or a percent sign', () => {
    for (const text of [out.svg, out.description, out.title]) expect(text).not.toMatch(/ [:%]/);
  });

  it('returns one table row per activity with the shares and the index', () => {
    expect(out.table.rows).toEqual(input.rows.map((r) => [r.name, r.code, r.share, r.france_share, r.index]));
    expect(out.table.columns.filter((c) => c.startsWith('Part'))).toHaveLength(2);
  });
});

describe('specialisation chart geometry', () => {
  it('places both dots of a row on one share scale, the territory dot in the flow colour', () => {
    const input = SPECIALISATION_FIXTURES.loire!;
    const root = parseSvg(renderSpecialisationChart(input).svg);
    const territory = byClass(root, 'circle', 'territory').filter((c) => hasClass(c, 'dot'));
    const france = byClass(root, 'circle', 'france').filter((c) => hasClass(c, 'dot'));
    expect(territory).toHaveLength(input.rows.length);
    expect(territory.every((c) => c.attrs.fill === '#7b4fa8')).toBe(true);
    // x is affine in the share: the same scale for both dots of every row.
    const [x0, x1] = [cx(france[0]!), cx(territory[0]!)];
    const slope = (x1 - x0) / (input.rows[0]!.share - input.rows[0]!.france_share);
    input.rows.forEach((r, i) => {
      expect(cx(territory[i]!) - x0).toBeCloseTo((r.share - input.rows[0]!.france_share) * slope, 0);
      expect(cx(france[i]!) - x0).toBeCloseTo((r.france_share - input.rows[0]!.france_share) * slope, 0);
    });
  });

  it('says so when no activity is over-represented, and has a reading key otherwise', () => {
    const empty = renderSpecialisationChart(SPECIALISATION_FIXTURES.empty!);
    expect(empty.svg).toContain('Aucune activité ne pèse plus dans les exportations de la Loire');
    expect(empty.svg).not.toContain('reading-key');
    const loire = renderSpecialisationChart(SPECIALISATION_FIXTURES.loire!);
    expect(loire.svg).toMatch(/Lecture\u00A0: «\u00A0Produits sidérurgiques/);
    expect(readingKey(SPECIALISATION_FIXTURES.loire!)).toContain(
      "27,0\u00A0% des exportations de la Loire en 2024, contre 3,0\u00A0% de celles de la France\u00A0: l'indice de spécialisation vaut 9,0.",
    );
  });

  it('survives any rows: inside the viewBox, no overlap, finite coordinates', () => {
    const rowArb = fc
      .record({
        code: fc.constantFrom('C10A', 'C24A', 'C29A'),
        name: nameArb,
        share: fc.double({ min: 1e-6, max: 1, noNaN: true }),
        ratio: fc.double({ min: 1.01, max: 500, noNaN: true }),
      })
      .map(({ code, name, share, ratio }) => ({ code, name, share, france_share: share / ratio, index: ratio }));
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 10 }),
        nameArb,
        tnccArb,
        fc.constantFrom('exports' as const, 'imports' as const),
        (rows, territory, tncc, flow) => {
          const input: SpecialisationInput = {
            subject: {
              name: territory,
              tncc,
              year: 2024,
              slug: 'x',
              source: 'Source\u00A0: DGDDI, 2024\u00A0; traitement territrade',
            },
            flow,
            rows,
          };
          const svg = renderSpecialisationChart(input).svg;
          expect(svg).not.toMatch(/NaN|Infinity/);
          checkLayout(svg);
        },
      ),
      { numRuns: 60 },
    );
  });
});
