// A chart block on paper (issue 20.3): nothing ends in « … » on paper without the full name on
// the same page. The print block has no tooltip nor data table, so it names, under the chart,
// every label its drawing shortens.
import { describe, expect, it } from 'vitest';
import { renderCharts } from '../../../src/report/fiche/charts.js';
import { renderChartBlock } from '../../../src/report/fiche/chart-block.js';
import { fixtureNames, loadFixture } from '../../charts/fixtures.js';
import { all, parseSvg } from '../../charts/svg-tree.js';

/** Letters only: line breaks, hyphenation and no-break spaces do not count. */
const letters = (s: string) =>
  s
    .replace(/[\s\u00a0\u202f\-‐‑…]/gu, '')
    .replace(/&#39;|&rsquo;|’/gu, "'")
    .toLowerCase();

/** The text of the print block's note on shortened names ('' when it has none). */
function note(block: string): string {
  return /<p class="note shortened-names">(.*?)<\/p>/su.exec(block)?.[1] ?? '';
}

describe('chart block on paper', () => {
  it.each(fixtureNames())('%s: every label cut with « … » on paper is named whole under the chart', (name) => {
    let cut = 0;
    for (const [key, chart] of Object.entries(renderCharts(loadFixture(name)))) {
      const block = renderChartBlock(chart, { id: key, csvHref: `${key}.csv`, print: true });
      const named = letters(note(block));
      for (const t of all(parseSvg(chart.print), (n) => n.tag === 'text' && n.text.endsWith('…'))) {
        cut++;
        // The note names a full label that the cut text begins.
        const full = chart.shortened.filter((s) => letters(s).includes(letters(t.text)));
        expect(full, `${key}: ${t.text}`).not.toEqual([]);
        expect(
          full.some((s) => named.includes(letters(s))),
          `${key}: ${t.text}`,
        ).toBe(true);
      }
    }
    if (name === 'demo-42') expect(cut).toBeGreaterThan(0); // the check is exercised
  });

  it('adds no note when nothing is cut, and none on screen (the tooltip and the data table name it there)', () => {
    const charts = renderCharts(loadFixture('demo-42'));
    const whole = Object.values(charts).find((c) => c.shortened.length === 0)!;
    expect(note(renderChartBlock(whole, { id: 'a', csvHref: 'a.csv', print: true }))).toBe('');
    const cut = charts.activites;
    expect(cut.shortened.length).toBeGreaterThan(0);
    expect(note(renderChartBlock(cut, { id: 'b', csvHref: 'b.csv' }))).toBe('');
    expect(note(renderChartBlock(cut, { id: 'b', csvHref: 'b.csv', print: true }))).toContain(
      `«\u00a0${cut.shortened[0]!}\u00a0»`,
    );
  });
});
