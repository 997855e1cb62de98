import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/figures/indicators/registry.js';
import { methodDefinitions } from '../../../src/report/fiche/definitions.js';
import { renderContext, renderDefinitions } from '../../../src/report/fiche/sections.js';

describe("the methodology's definitions", () => {
  it('give one item per registry indicator, in its order, then the specialisation and dependency blocks', () => {
    const items = methodDefinitions();
    const listed = INDICATORS.filter((d) => d.definedIn === undefined);
    expect(items).toHaveLength(listed.length + 2);
    listed.forEach((d, i) => expect(items[i]).toMatch(new RegExp(`^<strong>${d.label}\\.</strong> `)));
    expect(items.at(-2)).toMatch(/^<strong>Indice de spécialisation\.<\/strong>/);
    expect(items.at(-1)).toMatch(/^<strong>Dépendances à l'import\.<\/strong>/);
  });

  it('are printed in their own section after the charts, escaped', () => {
    const html = renderDefinitions();
    expect(html).toContain('<h2 id="definitions-titre">Définitions des indicateurs</h2>');
    expect(renderContext()).not.toContain('Définitions des indicateurs');
    for (const d of INDICATORS)
      if (d.definedIn === undefined) expect(html).toContain(`<strong>${d.label}.</strong>`);
      else expect(html).not.toContain(d.label);
    expect(methodDefinitions().join('')).not.toMatch(/<(?!\/?strong>)/);
  });
});
