import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakPoints,
  fitCellLabel,
  measureText,
  renderActivitiesTreemap,
  wrapHyphenated,
} from '../../src/charts/index.js';
import { groupBand, wordsOf } from '../../src/charts/group-band.js';
import { renderCharts } from '../../src/report/fiche/charts.js';
import { fixtureNames, loadFixture } from './fixtures.js';
import { all, byClass, hasClass, parseSvg, type Node } from './svg-tree.js';

const heads = (word: string) => breakPoints(word).map((b) => word.slice(0, b.at) + (b.hyphen ? '-' : ''));

describe('French word breaks', () => {
  it('breaks between syllables only, two letters before and three after', () => {
    expect(heads('pharmaceutiques')).toEqual(['phar-', 'pharma-', 'pharmaceu-', 'pharmaceuti-']);
    expect(heads('Boissons')).toEqual(['Bois-']);
    // ch, ph, th, gn and consonant + r/l stay together.
    expect(heads('machines')).toEqual(['ma-', 'machi-']);
    expect(heads('secrets')).toEqual(['se-']);
    expect(heads('électroniques')).toEqual(['élec-', 'électro-', 'électroni-']);
    expect(heads('Trinité-et-Tobago')).toContain('Trinité-');
    expect(heads('ou')).toEqual([]);
  });

  it('wraps a long word on several hyphenated lines that fit, and gives up when a piece cannot fit', () => {
    const lines = wrapHyphenated('Produits pharmaceutiques', 61, 11, 600)!;
    expect(lines).toEqual(['Produits', 'pharmaceu-', 'tiques']);
    for (const l of lines) expect(measureText(l, 11, 600)).toBeLessThanOrEqual(61);
    expect(wrapHyphenated('Produits', 20, 11, 600)).toBeNull();
  });

  it('loses no letter: joining the lines gives back the text (property)', () => {
    const word = fc.stringMatching(/^[a-zéèàç]{1,18}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.integer({ min: 40, max: 200 }), (words, width) => {
        const lines = wrapHyphenated(words.join(' '), width, 11, 600);
        if (!lines) return;
        for (const l of lines) expect(measureText(l, 11, 600)).toBeLessThanOrEqual(width);
        const joined = lines.reduce((s, l) => (s.endsWith('-') ? s.slice(0, -1) + l : s ? `${s} ${l}` : l), '');
        expect(joined).toBe(words.join(' '));
      }),
    );
  });
});

describe('treemap cell labels', () => {
  it('labels a tall narrow cell by wrapping before cutting (the 69 × 192 px pharmaceutical block)', () => {
    expect(fitCellLabel('Produits pharmaceutiques', '8,6\u00a0%', 69, 192)).toEqual({
      lines: ['Produits', 'pharmaceu-', 'tiques'],
      share: '8,6\u00a0%',
    });
  });

  it('cuts a name only after whole words, keeping two of them', () => {
    const label = fitCellLabel(
      'Produits sidérurgiques et de première transformation de l’acier',
      '1,0\u00a0%',
      150,
      46,
    )!;
    expect(label.lines).toHaveLength(1);
    expect(label.lines[0]).toMatch(/^Produits sidérurgiques.*…$/);
    expect(fitCellLabel('Boissons', '1,1\u00a0%', 46, 38)).toBeNull();
  });

  it('names the A17 groups of every part large enough, and labels more of the demo Loire than before (75 % of the area)', () => {
    const root = parseSvg(renderActivitiesTreemap(loadFixture('demo-42').activites).svg);
    const names = byClass(root, 'g', 'group-name').map((g) => all(g, (n) => n.tag === 'text')[0]!.text);
    expect(names).toContain('Autres produits industriels');
    expect(names).toContain('Matériels de transport');
    let total = 0;
    let labelled = 0;
    for (const cell of byClass(root, 'g', 'activity')) {
      const r = cell.children.find((c) => c.tag === 'rect')!;
      const area = Number(r.attrs.width) * Number(r.attrs.height);
      total += area;
      if (cell.children.some((c) => c.tag === 'g' && hasClass(c, 'label'))) labelled += area;
    }
    expect(labelled / total).toBeGreaterThan(0.8);
  });
});

/** The lines of a drawn label, joined back (a line ending with a hyphen joins the next one). */
const joinLines = (lines: string[]) =>
  lines.reduce((s, l) => (s.endsWith('-') ? s.slice(0, -1) + l : s ? `${s} ${l}` : l), '');

/** Whether `shown` (a label cut with « … ») is the first whole words of `full`, in order. */
const cutAtWords = (shown: string, full: string) => {
  const [a, b] = [wordsOf(shown), wordsOf(full)];
  return a.length > 0 && a.every((w, i) => w === b[i]);
};

/** Each cut label of a treemap (sector band or cell): its lines joined, and the full name it shortens. */
function cutTreemapLabels(svg: string): { shown: string; full: string }[] {
  const out: { shown: string; full: string }[] = [];
  const blocks = all(parseSvg(svg), (n) => n.tag === 'g' && (hasClass(n, 'group-name') || hasClass(n, 'activity')));
  for (const block of blocks) {
    const texts = all(block, (n) => n.tag === 'text' && !hasClass(n, 'cell-share'));
    const last = texts[texts.length - 1];
    if (!last?.text.endsWith('…')) continue;
    const tip: Node | undefined = last.parent ? all(last.parent, (n) => n.tag === 'title')[0] : undefined;
    out.push({ shown: joinLines(texts.map((t) => t.text)), full: tip?.text ?? '' });
  }
  return out;
}

describe('treemap names cut only after whole words', () => {
  const name = 'Fabrication de denrées alimentaires, de boissons et de produits à base de tabac';

  it('never cuts or doubles a word in a sector band (« Fabrication de de… »), at any width', () => {
    let cut = 0;
    for (let w = 70; w <= 520; w++)
      for (const h of [60, 120]) {
        const band = groupBand(name, 0, 0, w, h);
        if (!band) continue;
        const shown = joinLines(band.texts.map((t) => t.text ?? ''));
        if (shown.endsWith('…')) cut++;
        expect(cutAtWords(shown, name) || shown === name, `${w} × ${h} px: ${shown}`).toBe(true);
      }
    expect(cut).toBeGreaterThan(100);
  });

  it('gives a sector band a second line before cutting it, when the block is tall enough', () => {
    const band = groupBand('Équipements électriques, électroniques, machines', 0, 0, 180, 120)!;
    expect(band.texts.map((t) => t.text)).toEqual(['Équipements électriques,', 'électroniques, machines']);
    expect(band.rect.height).toBeGreaterThan(groupBand('Boissons et tabac', 0, 0, 180, 120)!.rect.height);
  });

  it.each(fixtureNames())('%s: every cut band or cell label is the first whole words of its name', (name) => {
    const chart = renderCharts(loadFixture(name)).activites;
    for (const svg of [chart.svg, chart.narrow ?? '']) {
      for (const { shown, full } of cutTreemapLabels(svg))
        expect(cutAtWords(shown, full), `${shown} / ${full}`).toBe(true);
    }
  });
});

describe('source line', () => {
  it.each(fixtureNames())('%s: every chart ends with its source line', (name) => {
    const inputs = loadFixture(name);
    for (const chart of Object.values(renderCharts(inputs))) {
      const source = byClass(parseSvg(chart.svg), 'g', 'source');
      expect(source).toHaveLength(1);
      const text = all(source[0]!, (n) => n.tag === 'text')
        .map((t) => t.text)
        .join(' ');
      expect(text).toBe(inputs.partenaires.subject.source);
      expect(text).toMatch(
        name.startsWith('demo-')
          ? /^Source\u00a0: données fictives de démonstration, 2024\u00a0; traitement territrade$/
          : /^Source\u00a0: DGDDI, statistiques régionales et départementales du commerce extérieur, 2024\u00a0; traitement territrade$/,
      );
    }
  });
});
