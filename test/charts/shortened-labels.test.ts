// Labels are never lost (issue 20.3): every chart text shortened with « … », in the screen, narrow
// and paper forms, has its full label in the chart's <desc> and in the chart's data table, and on
// screen a tooltip (<title>) with it. Inputs: the demo fixtures (test/charts/demo-fixtures.test.ts
// checks that they are the demo store's chart inputs) and the other chart fixtures.
import { describe, expect, it } from 'vitest';
import { renderSpecialisationChart } from '../../src/charts/specialisation.js';
import type { ChartOutput } from '../../src/charts/types.js';
import { renderCharts } from '../../src/report/fiche/charts.js';
import { fixtureNames, loadFixture } from './fixtures.js';
import { SPECIALISATION_FIXTURES } from './specialisation-fixtures.js';
import { all, parseSvg, type Node } from './svg-tree.js';

/** Letters only: line breaks, hyphenation and no-break spaces do not count. */
const letters = (s: string) =>
  s
    .replace(/[\s\u00a0\u202f\-‐‑…]/gu, '')
    .replace(/’/gu, "'")
    .toLowerCase();

const LIST = /Textes abrégés sur le graphique, en entier\u00a0: (.*)\.$/u;

/** The full labels the chart's <desc> lists. */
function describedLabels(root: Node): string[] {
  const desc = all(root, (n) => n.tag === 'desc')[0]?.text ?? '';
  const list = LIST.exec(desc)?.[1] ?? '';
  // « A », « B »: a label may hold guillemets of its own, never followed by a comma and another «.
  return list === '' ? [] : list.slice(2, -2).split('\u00a0», «\u00a0');
}

/** The strings of the chart's table: caption, headers and text cells. */
function tableStrings(chart: ChartOutput): string[] {
  const t = chart.table;
  return [t.caption, ...t.columns, ...t.rows.flat().filter((c): c is string => typeof c === 'string')];
}

interface Lost {
  form: string;
  text: string;
  problem: string;
}

/** The shortened texts of one SVG form whose full label cannot be found. */
function lostLabels(form: string, svg: string, chart: ChartOutput): Lost[] {
  const root = parseSvg(svg);
  const described = describedLabels(root);
  const table = tableStrings(chart).map(letters);
  const lost: Lost[] = [];
  for (const t of all(root, (n) => n.tag === 'text' && n.text.endsWith('…'))) {
    const part = letters(t.text);
    // Several names may start alike ("Produits…"): on screen the tooltip says which one it is.
    const tip = t.parent?.attrs.class === 'shortened' ? all(t.parent, (n) => n.tag === 'title')[0]?.text : undefined;
    const candidates = described.filter((d) => letters(d).includes(part) && (form === 'paper' || d === tip));
    if (form !== 'paper' && tip === undefined) lost.push({ form, text: t.text, problem: 'no tooltip' });
    else if (candidates.length === 0) lost.push({ form, text: t.text, problem: 'not in <desc>' });
    else if (!candidates.some((full) => table.some((cell) => cell.includes(letters(full)))))
      lost.push({ form, text: t.text, problem: `« ${candidates.join(' | ')} » not in the table` });
  }
  return lost;
}

function forms(chart: ChartOutput): [string, string][] {
  const out: [string, string][] = [
    ['screen', chart.svg],
    ['paper', chart.print],
  ];
  if (chart.narrow) out.push(['narrow', chart.narrow]);
  return out;
}

describe('shortened labels', () => {
  it.each(fixtureNames())('%s: every label cut with « … » is given whole in <desc>, tooltip and table', (name) => {
    let shortened = 0;
    for (const [key, chart] of Object.entries(renderCharts(loadFixture(name)))) {
      for (const [form, svg] of forms(chart)) {
        shortened += (svg.match(/…<\/text>/g) ?? []).length;
        expect(lostLabels(form, svg, chart), `${key} ${form}`).toEqual([]);
      }
    }
    if (name === 'demo-42') expect(shortened).toBeGreaterThan(0); // the check is exercised
  });

  it.each(Object.keys(SPECIALISATION_FIXTURES))('specialisation %s: the same, wide and narrow', (name) => {
    const input = SPECIALISATION_FIXTURES[name]!;
    for (const chart of [renderSpecialisationChart(input), renderSpecialisationChart(input, { width: 340 })])
      for (const [form, svg] of forms(chart)) expect(lostLabels(form, svg, chart), `${form}`).toEqual([]);
  });

  it('names the full label of a cut text in the paper <desc> (a treemap sector header)', () => {
    const chart = renderCharts(loadFixture('demo-42')).activites;
    const root = parseSvg(chart.print);
    const cut = all(root, (n) => n.tag === 'text' && n.text.endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    expect(describedLabels(root).length).toBeGreaterThan(0);
  });
});
