import { describe, expect, it } from 'vitest';
import { indicatorLabel, INDICATORS } from '../../../src/figures/indicators/registry.js';
import { methodDefinitions } from '../../../src/report/fiche/definitions.js';
import { renderContext, renderDefinitions } from '../../../src/report/fiche/sections.js';

describe("the methodology's definitions", () => {
  it('give one item per registry indicator, in its order, then the specialisation and dependency blocks', () => {
    const items = methodDefinitions('departement');
    const listed = INDICATORS.filter((d) => d.definedIn === undefined);
    expect(items).toHaveLength(listed.length + 2);
    listed.forEach((d, i) =>
      expect(items[i]).toMatch(new RegExp(`^<strong>${indicatorLabel(d, ['departement'])}\\.</strong> `)),
    );
    expect(items.at(-2)).toMatch(/^<strong>Indice de spécialisation\.<\/strong>/);
    expect(items.at(-1)).toMatch(/^<strong>Dépendances à l'import\.<\/strong>/);
  });

  it('are printed in their own section after the charts, escaped', () => {
    const html = renderDefinitions('departement');
    expect(html).toContain('<h2 id="definitions-titre">Définitions des indicateurs</h2>');
    expect(renderContext()).not.toContain('Définitions des indicateurs');
    for (const d of INDICATORS)
      if (d.definedIn === undefined) expect(html).toContain(`<strong>${indicatorLabel(d, ['departement'])}.</strong>`);
      else expect(html).not.toContain(d.label);
    expect(methodDefinitions('departement').join('')).not.toMatch(/<(?!\/?strong>)/);
  });

  it('name the peers of a rank as the fiche’s territory is ranked: départements, or régions', () => {
    expect(methodDefinitions('departement').join('')).toContain(
      '<strong>Rang des exportations parmi les départements.</strong>',
    );
    const region = methodDefinitions('region').join('');
    expect(region).toContain('<strong>Rang des exportations parmi les régions.</strong>');
    expect(region).not.toContain('parmi les départements.</strong>');
  });
});
