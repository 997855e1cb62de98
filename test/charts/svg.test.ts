import { screenSvg } from '../../src/charts/write-screen.js';
import { describe, expect, it } from 'vitest';
import { attrs, el, escapeXml, num, safeIdPrefix, svgRoot } from '../../src/charts/svg.js';
import { parseSvg } from './svg-tree.js';

describe('svg helpers', () => {
  it('escapes XML', () => {
    expect(escapeXml(`'y' & <Îles> "x"`)).toBe('&apos;y&apos; &amp; &lt;Îles&gt; &quot;x&quot;');
  });

  it('gives displayed text French typography: curly apostrophes, no-break spaces before « : ; ! ? »', () => {
    expect(escapeXml(`Côte d'Ivoire : « x » ; y ?`)).toBe('Côte d\u2019Ivoire\u00a0: «\u00a0x\u00a0»\u00a0; y\u00a0?');
  });

  it('rounds numbers to fixed decimals without -0', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(num(2.5, 0)).toBe('3');
    expect(num(10)).toBe('10');
    expect(() => num(NaN)).toThrow();
  });

  it('skips empty attributes and keeps their order', () => {
    expect(attrs({ b: 1, a: 'x', c: undefined, d: false, e: 0.333 })).toBe(' b="1" a="x" e="0.33"');
    expect(screenSvg(el('g', { class: 'a' }, el('rect', { x: 1 })))).toBe('<g class="a">\n<rect x="1"/>\n</g>\n');
  });

  it('makes safe id prefixes', () => {
    expect(safeIdPrefix('42 loire')).toBe('42-loire'.replace(/^/, 'c-'));
    expect(safeIdPrefix('fiche_1')).toBe('fiche_1');
  });

  it('builds an accessible root', () => {
    const svg = svgRoot(
      { width: 100, height: 50, idPrefix: 'x', className: 'chart', title: 'Titre', description: 'Résumé' },
      [],
    );
    const root = parseSvg(screenSvg(svg));
    expect(root.attrs.role).toBe('img');
    expect(root.attrs.viewBox).toBe('0 0 100 50');
    expect(root.attrs['aria-labelledby']).toBe('x-title x-desc');
  });
});
