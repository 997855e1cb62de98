import { describe, expect, it } from 'vitest';
import { ofName, theName } from '../../src/format/article.js';
import { territoryTncc } from '../../src/reference/territory-article.js';
import { departements, regions, toTerritoryRef } from '../../src/reference/territories.js';
import type { TerritoryRef } from '../../src/model/territory.js';

const dept = (code: string): TerritoryRef => {
  const d = departements().find((x) => x.code === code)!;
  return toTerritoryRef({ kind: 'departement', departement: d });
};
const region = (code: string): TerritoryRef =>
  toTerritoryRef({ kind: 'region', region: regions().find((r) => r.code === code)! });
const of = (t: TerritoryRef) => ofName({ name: t.name, tncc: territoryTncc(t) });

describe('the article of a territory’s name, from the COG’s TNCC (usage for régions)', () => {
  it('départements', () => {
    expect(of(dept('42'))).toBe('de la Loire');
    expect(of(dept('69'))).toBe('du Rhône');
    expect(of(dept('13'))).toBe('des Bouches-du-Rhône');
    expect(of(dept('01'))).toBe('de l’Ain');
    expect(of(dept('28'))).toBe('d’Eure-et-Loir');
    expect(of(dept('75'))).toBe('de Paris');
    expect(of(dept('974'))).toBe('de La Réunion');
  });

  it('régions and France', () => {
    expect(of(region('84'))).toBe('de l’Auvergne-Rhône-Alpes');
    expect(of(region('11'))).toBe('de l’Île-de-France');
    expect(of(region('32'))).toBe('des Hauts-de-France');
    expect(of(region('44'))).toBe('du Grand Est');
    expect(of(region('53'))).toBe('de la Bretagne');
    const france = toTerritoryRef({ kind: 'france' });
    expect(of(france)).toBe('de la France');
    expect(theName({ name: france.name, tncc: territoryTncc(france) })).toBe('la France');
  });

  it('the DGDDI-only départements, outside the COG, take no article', () => {
    expect(of(dept('20'))).toBe('de Corse (2A, 2B)');
    expect(of(dept('99'))).toBe('de Monaco');
    expect(territoryTncc({ kind: 'departement', code: 'XX', name: 'Essai', slug: 'x' })).toBe(1);
  });

  it('never « de » before a vowel for any territory', () => {
    const all = [...departements().map((d) => dept(d.code)), ...regions().map((r) => region(r.code))];
    expect(all).toHaveLength(101 + 18);
    for (const t of all) expect(of(t)).not.toMatch(/^de [AEIOUYÉÈÊÎÔ]/);
  });
});
