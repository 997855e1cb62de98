import { describe, expect, it } from 'vitest';
import { ofName, theName, type Tncc } from '../../src/format/article.js';

describe('names with their article (INSEE TNCC)', () => {
  const cases: [name: string, tncc: Tncc, the: string, of: string][] = [
    ['Paris', 0, 'Paris', 'de Paris'],
    ['Auvergne-Rhône-Alpes', 1, 'Auvergne-Rhône-Alpes', 'd’Auvergne-Rhône-Alpes'],
    ['Île-de-France', 1, 'Île-de-France', 'd’Île-de-France'],
    ['Rhône', 2, 'le Rhône', 'du Rhône'],
    ['Loire', 3, 'la Loire', 'de la Loire'],
    ['France', 3, 'la France', 'de la France'],
    ['Bouches-du-Rhône', 4, 'les Bouches-du-Rhône', 'des Bouches-du-Rhône'],
    ['Ain', 5, 'l’Ain', 'de l’Ain'],
    ['Marais', 6, 'aux Marais', 'des Marais'],
  ];
  it.each(cases)('%s (TNCC %i): « %s », « %s »', (name, tncc, the, of) => {
    expect(theName({ name, tncc })).toBe(the);
    expect(ofName({ name, tncc })).toBe(of);
  });

  it('writes the typographic apostrophe', () => {
    expect(ofName({ name: 'Occitanie', tncc: 1 })).not.toContain("'");
    expect(ofName({ name: 'Ain', tncc: 5 })).not.toContain("'");
  });
});
