// The quarterly chart of the « Évolution » section (issue 22 point 4): exports and imports per
// quarter and over rolling four-quarter windows, on hand-made series of eight quarters.
import { describe, expect, it } from 'vitest';
import { quarterRows, renderQuartersChart, type QuartersInput } from '../../src/charts/quarters.js';
import { EXPORTS, IMPORTS } from '../../src/model/direction.js';
import { assertGolden } from './golden.js';
import { byClass, expectLabelledImage, expectLabelsLaidOut, parseSvg } from './svg-tree.js';

const periods = ['2023-T1', '2023-T2', '2023-T3', '2023-T4', '2024-T1', '2024-T2', '2024-T3', '2024-T4'];
const exportsM = [1000, 1100, 900, 1200, 1050, 1150, 950, 1300];
const importsM = [1300, 1250, 1100, 1400, 1200, 1280, 1150, 1350];

function input(): QuartersInput {
  const quarters = periods.map((period, i) => ({
    period,
    exports_eur: exportsM[i]! * 1e6,
    imports_eur: importsM[i]! * 1e6,
  }));
  const sum = (xs: number[], i: number) => xs.slice(i - 3, i + 1).reduce((s, v) => s + v * 1e6, 0);
  const rolling = periods.slice(3).map((period, k) => ({
    period,
    from: periods[k]!,
    exports_eur: sum(exportsM, k + 3),
    imports_eur: sum(importsM, k + 3),
  }));
  return {
    subject: { name: 'Loire', tncc: 3, slug: '42-loire', source: 'Source : DGDDI ; traitement territrade' },
    quarters,
    rolling,
  };
}

describe('quarterly chart', () => {
  const out = renderQuartersChart(input());

  it('matches its golden files: screen, narrow (phone) and paper', () => {
    assertGolden('trimestres-loire', out.svg);
    assertGolden('narrow/trimestres-loire', renderQuartersChart(input(), { width: 340 }).svg);
    assertGolden('trimestres-loire-papier', out.print);
  });

  it('is accessible: role, title and desc naming the last quarter and the last four-quarter sum', () => {
    expectLabelledImage(out);
    expect(out.title).toBe(
      'Exportations et importations par trimestre et sur quatre trimestres glissants, Loire (T1\u00a02023 – T4\u00a02024)',
    );
    expect(out.description).toContain('Dernier trimestre, T4\u00a02024\u00a0: exportations 1\u00a0300,0\u00a0M€');
    expect(out.description).toContain('T1\u00a02024 à T4\u00a02024\u00a0: exportations 4\u00a0450,0\u00a0M€');
    const points = byClass(parseSvg(out.svg), 'g', 'point');
    expect(points).toHaveLength(2 * (8 + 5));
    for (const p of points)
      expect(p.children.find((c) => c.tag === 'title')?.text).toMatch(/^T\d\u00a0\d{4}.* – .+\u00a0: /);
  });

  it('keeps its labels inside the viewBox without overlaps, wide and narrow', () => {
    expectLabelsLaidOut(out.svg);
    expectLabelsLaidOut(renderQuartersChart(input(), { width: 340 }).svg);
  });

  it('draws one line per flow and panel, imports dashed, higher values higher', () => {
    const root = parseSvg(out.svg);
    const lines = byClass(root, 'g', 'series').map((g) => g.children.find((c) => c.tag === 'polyline')!);
    expect(lines.map((l) => l.attrs.stroke)).toEqual([EXPORTS.colour, IMPORTS.colour, EXPORTS.colour, IMPORTS.colour]);
    expect(lines.map((l) => l.attrs['stroke-dasharray'] ?? null)).toEqual([null, '5 3', null, '5 3']);
    const top = byClass(root, 'g', 'series-export')[0]!;
    const ys = top.children
      .filter((c) => c.tag === 'g')
      .map((g) => Number(g.children.find((c) => c.tag === 'circle')!.attrs.cy));
    for (let i = 0; i < 8; i++)
      for (let j = 0; j < 8; j++) if (exportsM[i]! < exportsM[j]!) expect(ys[i]!).toBeGreaterThan(ys[j]!);
  });

  it('has the rows of the series CSV: one per quarter, rolling sums from the fourth', () => {
    expect(out.table.kinds).toEqual(['text', 'euros', 'euros', 'euros', 'euros']);
    expect(out.table.rows).toEqual(quarterRows(input()));
    expect(out.table.rows[2]).toEqual(['2023-T3', 900e6, 1100e6, '', '']);
    expect(out.table.rows[3]).toEqual(['2023-T4', 1200e6, 1400e6, 4200e6, 5050e6]);
  });

  it('says so when no quarter is held', () => {
    const empty = renderQuartersChart({ ...input(), quarters: [], rolling: [] });
    expect(empty.svg).toContain('Aucun trimestre enregistré');
    expect(empty.description).toBe('Aucun trimestre enregistré pour Loire.');
  });
});
