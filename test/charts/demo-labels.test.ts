// Labels never lost (issue 20.3), on the demo Loire, a région and France: every chart of the
// fiche (the « Pistes d'action » ones too), wide, narrow and paper, shortens a text only after
// whole words of its full label, never after a word announcing the cut one (« Métaux non… »),
// and the full label is in the drawing's <desc>, in the printed note (paper) and in the chart's
// data table.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChartOutput } from '../../src/charts/types.js';
import { drawnCharts } from '../../src/report/fiche/charts.js';
import type { FicheInput } from '../../src/report/fiche/index.js';
import { demoFicheInput } from '../report/fiche/demo-fiche.js';
import { all, parseSvg } from './svg-tree.js';

const QUERIES = ['42', 'region:84', 'france'];
const inputs = new Map<string, FicheInput>();

beforeAll(async () => {
  const store = inject('demoStore');
  for (const q of QUERIES) inputs.set(q, await demoFicheInput(store, q));
});

/** Words as a label shows them: no-break spaces, typographic apostrophes and case do not count. */
const wordsOf = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/gu, ' ')
    .replace(/’/gu, "'")
    .toLowerCase()
    .split(/ +/)
    .map((w) => w.replace(/^[(«"]+|[,;:.)»"]+$/gu, ''))
    .filter((w) => w !== '');

/** Whether `shown` (a cut line without its « … ») is a run of whole words of `full`. */
function wholeWordsOf(shown: string[], full: string): boolean {
  const words = wordsOf(full);
  for (let i = 0; i + shown.length <= words.length; i++) if (shown.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/** Words that announce what follows them: a label cut after one of them reads as broken off. */
const ANNOUNCING = new Set([
  'à',
  'au',
  'aux',
  'avec',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'la',
  'le',
  'les',
  'non',
  'ou',
  'par',
  'pour',
  'sans',
  'sur',
]);

const LIST = /Textes abrégés sur le graphique, en entier\u00a0: (.*)\.$/u;

function described(svg: string): string[] {
  const desc = all(parseSvg(svg), (n) => n.tag === 'desc')[0]?.text ?? '';
  const list = LIST.exec(desc)?.[1] ?? '';
  return list === '' ? [] : list.slice(2, -2).split('\u00a0», «\u00a0');
}

const tableText = (chart: ChartOutput) =>
  [chart.table.caption, ...chart.table.columns, ...chart.table.rows.flat().filter((c) => typeof c === 'string')]
    .map((c) => wordsOf(String(c)).join(' '))
    .join('\n');

/** The problems of one drawing's cut texts. */
function problems(chart: ChartOutput, form: string, svg: string): string[] {
  const out: string[] = [];
  const fulls = form === 'paper' ? [...new Set([...chart.shortened, ...described(svg)])] : described(svg);
  for (const t of all(parseSvg(svg), (n) => n.tag === 'text' && n.text.endsWith('…'))) {
    const shown = wordsOf(t.text.slice(0, -1));
    const full = fulls.find((f) => wholeWordsOf(shown, f));
    if (full === undefined) out.push(`${form} « ${t.text} »: not whole words of a listed full label`);
    else if (!tableText(chart).includes(wordsOf(full).join(' ')))
      out.push(`${form} « ${t.text} »: « ${full} » not in the table`);
    if (ANNOUNCING.has(shown.at(-1) ?? '')) out.push(`${form} « ${t.text} »: ends on a word announcing the cut`);
  }
  const printed = chart.shortened.map((f) => wordsOf(f).join(' '));
  if (form === 'paper')
    for (const f of described(svg))
      if (!printed.includes(wordsOf(f).join(' '))) out.push(`paper: « ${f} » not printed`);
  return out;
}

describe('demo chart labels', () => {
  it.each(QUERIES)('%s: every cut label is cut after whole words and given whole', (q) => {
    const found: string[] = [];
    let cut = 0;
    for (const [key, chart] of drawnCharts(inputs.get(q)!.main)) {
      const forms: [string, string][] = [
        ['screen', chart.svg],
        ['paper', chart.print],
      ];
      if (chart.narrow) forms.push(['narrow', chart.narrow]);
      for (const [form, svg] of forms) {
        cut += (svg.match(/…<\/text>/g) ?? []).length;
        found.push(...problems(chart, form, svg).map((p) => `${key} ${p}`));
      }
    }
    expect(found).toEqual([]);
    expect(cut).toBeGreaterThan(0); // the check is exercised
  });
});
