import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakPoints,
  fitCellLabel,
  measureText,
  renderActivitiesTreemap,
  wrapHyphenated,
} from '../../src/charts/index.js';
import { renderCharts } from '../../src/report/fiche/charts.js';
import { fixtureNames, loadFixture } from './fixtures.js';
import { all, byClass, hasClass, parseSvg } from './svg-tree.js';

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
