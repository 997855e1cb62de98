import { describe, expect, it } from 'vitest';
import { parseOnly } from '../../src/pipeline/only.js';
import { csvPath, ficheHtmlPath, fichePdfPath, jsonPath, relativeHref } from '../../src/pipeline/out-paths.js';
import { comparisonsOf, linksFrom } from '../../src/pipeline/links.js';
import { UserError } from '../../src/errors.js';
import { toTerritoryRef } from '../../src/reference/territories.js';

const loire = { kind: 'departement' as const, code: '42', name: 'Loire', slug: '42-loire' };
const ara = { kind: 'region' as const, code: '84', name: 'Auvergne-Rhône-Alpes', slug: '84-auvergne-rhone-alpes' };
const france = { kind: 'france' as const, code: 'FR', name: 'France', slug: 'france' };

describe('chemins des sorties', () => {
  it('range fiches et données comme annoncé', () => {
    expect(ficheHtmlPath(loire)).toBe('departements/42-loire.html');
    expect(fichePdfPath(ara)).toBe('regions/84-auvergne-rhone-alpes.pdf');
    expect(ficheHtmlPath(france)).toBe('france.html');
    expect(jsonPath(loire)).toBe('donnees/42-loire.json');
    expect(csvPath(loire, 'partenaires')).toBe('donnees/42-loire-partenaires.csv');
  });

  it('relie les pages par des chemins relatifs', () => {
    expect(relativeHref('departements/42-loire.html', 'regions/84-auvergne-rhone-alpes.html')).toBe(
      '../regions/84-auvergne-rhone-alpes.html',
    );
    expect(relativeHref('france.html', 'donnees/france-activites.csv')).toBe('donnees/france-activites.csv');
    const links = linksFrom('departements/42-loire.html', new Set(['departement:42', 'france:FR']));
    expect(links.index).toBe('../index.html');
    expect(links.fiche(france)).toBe('../france.html');
    // A fiche this build does not write gets no link.
    expect(links.fiche(ara)).toBeNull();
    expect(links.csv(ara, 'flux-exportations')).toBe('../donnees/84-auvergne-rhone-alpes-flux-exportations.csv');
  });
});

describe('--only', () => {
  it('lit départements, régions et France, dans l’ordre canonique et sans doublon', () => {
    const list = parseOnly('france, region:84,42,Loire,971,2A').territories.map((t) => toTerritoryRef(t).slug);
    expect(list).toEqual(['20-corse', '42-loire', '971-guadeloupe', '84-auvergne-rhone-alpes', 'france']);
  });

  it('refuse un territoire inconnu ou une liste vide avec un message en français', () => {
    expect(() => parseOnly('42,Lore')).toThrow(UserError);
    expect(() => parseOnly('42,Lore')).toThrow(/--only : Territoire inconnu.*Loire/);
    expect(() => parseOnly(' , ')).toThrow(/--only : liste vide/);
  });
});

describe('comparaisons', () => {
  it('compare un département à sa région (si elle en compte plusieurs) et à la France', () => {
    const slugs = (q: string) => comparisonsOf(parseOnly(q).territories[0]!).map((t) => toTerritoryRef(t).slug);
    expect(slugs('42')).toEqual(['84-auvergne-rhone-alpes', 'france']);
    expect(slugs('971')).toEqual(['france']);
    expect(slugs('20')).toEqual(['france']);
    expect(slugs('region:84')).toEqual(['france']);
    expect(slugs('france')).toEqual([]);
  });
});
