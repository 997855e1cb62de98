import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/figures/indicators/registry.js';
import { methodDefinitions } from '../../../src/report/fiche/definitions.js';
import { renderContext } from '../../../src/report/fiche/sections.js';
import { makeFigures } from '../../helpers/figures.js';

describe("the methodology's definitions", () => {
  it('give one item per registry indicator, in its order, then the specialisation and dependency blocks', () => {
    const items = methodDefinitions();
    expect(items).toHaveLength(INDICATORS.length + 2);
    INDICATORS.forEach((d, i) => expect(items[i]).toMatch(new RegExp(`^<strong>${d.label}\\.</strong> `)));
    expect(items.at(-2)).toMatch(/^<strong>Indice de spécialisation\.<\/strong>/);
    expect(items.at(-1)).toMatch(/^<strong>Dépendances à l'import\.<\/strong>/);
  });

  it("are printed in the fiche's « Contexte et méthodologie » section, escaped", () => {
    const html = renderContext(makeFigures());
    expect(html).toContain('<h3>Définitions des indicateurs</h3>');
    for (const d of INDICATORS) expect(html).toContain(`<strong>${d.label}.</strong>`);
    expect(methodDefinitions().join('')).not.toMatch(/<(?!\/?strong>)/);
  });
});
