// The page's search (src/browser/search.ts): the module the page's script is bundled from, so what
// is tested is what the page runs.
import { describe, expect, it } from 'vitest';
import { departements } from '../../../src/reference/territories.js';
import { communeItems, search } from '../../../src/browser/search.js';
import { packedCommunes, searchItems } from '../../../src/report/site/search-index.js';
import type { SiteEntry } from '../../../src/report/site/types.js';
import { coreIndicators, PACA, smallEntries } from './fixtures.js';

/** An entry for each of the 101 départements, with the Loire's three Territoires d'industrie. */
function allDepartements(): SiteEntry[] {
  return departements().map((d) => ({
    territory: { kind: 'departement', code: d.code, name: d.name, slug: d.slug },
    href: `departements/${d.slug}.html`,
    region: { kind: 'region', code: d.region, name: `Région ${d.region}`, slug: d.region },
    indicators: coreIndicators(1, 1, null),
    specialisation: [],
    territoires_industrie:
      d.code === '42'
        ? ['Lezoux – Thiers – Ambert – Montbrison', 'Roannais Forez', 'Vallée du Gier, de l’Ondaine et de Loire Sud']
        : d.code === '63'
          ? ['Lezoux – Thiers – Ambert – Montbrison']
          : [],
  }));
}

const items = searchItems([...allDepartements(), ...smallEntries().filter((e) => e.territory.kind !== 'departement')]);
const find = (q: string) => search(items, q, 12);

describe('normalisation', () => {
  it('reads the query as the server keyed the items: accents, case and punctuation ignored', () => {
    expect(find('  CÔTE-D’OR ')[0]?.l).toBe(find('cote d or')[0]?.l);
    expect(find('ARDÈCHE')[0]?.h).toBe('departements/07-ardeche.html');
  });
});

describe('search', () => {
  it('finds a département by name, whatever the accents and case', () => {
    expect(find('loire')[0]?.h).toBe('departements/42-loire.html');
    expect(find('LOIRE').map((r) => r.l)).toContain('Haute-Loire (43)');
    expect(find('ardeche')[0]?.l).toBe('Ardèche (07)');
    expect(find('Ardèche')[0]?.l).toBe('Ardèche (07)');
    expect(find('cote d or')[0]?.l).toBe('Côte-d’Or (21)');
  });

  it('finds a département by code, the exact code first', () => {
    expect(find('42')[0]?.l).toBe('Loire (42)');
    expect(find('2a')[0]?.h).toBe('departements/20-corse.html');
    expect(find('2B')[0]?.h).toBe('departements/20-corse.html');
    expect(find('971')[0]?.l).toBe('Guadeloupe (971)');
    expect(find('99')[0]?.l).toBe('Monaco (99)');
  });

  it('finds a Territoire d’industrie and links to each of its départements', () => {
    const roannais = find('Roannais');
    expect(roannais).toHaveLength(1);
    expect(roannais[0]).toMatchObject({ l: 'Roannais Forez', h: 'departements/42-loire.html' });
    expect(roannais[0]!.d).toContain('Loire (42)');
    const lezoux = find('thiers').map((r) => r.h);
    expect(lezoux).toEqual(['departements/42-loire.html', 'departements/63-puy-de-dome.html']);
  });

  it('finds régions and France after the départements', () => {
    const rhone = find('rhone').map((r) => r.l);
    expect(rhone[0]).toBe('Rhône (69)');
    expect(rhone).toContain('Auvergne-Rhône-Alpes');
    expect(rhone.indexOf('Auvergne-Rhône-Alpes')).toBeGreaterThan(rhone.indexOf('Bouches-du-Rhône (13)'));
    expect(find('france')[0]).toMatchObject({ l: 'France', h: 'france.html' });
  });

  it('tolerates small typos, with the closest first', () => {
    expect(find('lorie')[0]?.l).toBe('Loire (42)');
    expect(find('ardeshe')[0]?.l).toBe('Ardèche (07)');
    expect(find('finistere')[0]?.l).toBe('Finistère (29)');
    expect(find('finistrre')[0]?.l).toBe('Finistère (29)');
    expect(find('bouches du rohne')[0]?.l).toBe('Bouches-du-Rhône (13)');
    // Words under four letters must be exact: 'lit' finds nothing, not Lot.
    expect(find('lit')).toEqual([]);
    expect(find('xyzw')).toEqual([]);
  });

  it('spells out abbreviations and knows the régions’ short and former names', () => {
    expect(find('seine st denis')[0]?.l).toBe('Seine-Saint-Denis (93)');
    expect(find('st etienne')).toEqual([]); // no commune in these items
    const paca = { ...smallEntries()[7]!, territory: PACA, href: 'regions/93-provence-alpes-cote-d-azur.html' };
    expect(search(searchItems([paca]), 'paca', 12)[0]?.l).toBe('Provence-Alpes-Côte d’Azur');
    expect(search(searchItems([paca]), 'region sud', 12)[0]?.l).toBe('Provence-Alpes-Côte d’Azur');
    expect(find('ara')[0]?.l).toBe('Auvergne-Rhône-Alpes');
    expect(find('haute corse')[0]?.h).toBe('departements/20-corse.html');
  });

  it('finds the DROM by the start of their code, and as a group', () => {
    expect(find('97').map((r) => r.l)).toEqual([
      'Guadeloupe (971)',
      'Martinique (972)',
      'Guyane (973)',
      'La Réunion (974)',
      'Mayotte (976)',
    ]);
    expect(
      find('drom')
        .slice(0, 5)
        .map((r) => r.h.slice(13, 15)),
    ).toEqual(['97', '97', '97', '97', '97']);
    expect(find('drom')[5]?.l).toBe('Drôme (26)'); // one typo away, after
    expect(find('outre mer')).toHaveLength(5);
  });

  it('finds a commune of the reference data and leads to its département, after the territories', () => {
    const packed = packedCommunes(allDepartements());
    expect(packed.length).toBeLessThan(40_000);
    const withCommunes = [...items, ...communeItems(packed, items)];
    const roanne = search(withCommunes, 'Roanne', 12);
    expect(roanne[0]).toMatchObject({
      l: 'Roanne',
      h: 'departements/42-loire.html',
      d: 'Commune — fiche du département Loire (42)',
    });
    expect(search(withCommunes, 'st etienne', 12)[0]).toMatchObject({
      l: 'Saint-Étienne',
      h: 'departements/42-loire.html',
    });
    // Homonyms: both Saint-Denis.
    const stDenis = search(withCommunes, 'saint denis', 12)
      .filter((r) => r.l === 'Saint-Denis')
      .map((r) => r.h);
    expect(stDenis).toEqual(
      expect.arrayContaining(['departements/93-seine-saint-denis.html', 'departements/974-la-reunion.html']),
    );
    // A département still comes before a commune that starts like the query.
    expect(search(withCommunes, 'lorie', 12)[0]?.l).toBe('Loire (42)');
    expect(search(withCommunes, 'lorient', 12)[0]?.l).toBe('Lorient');
    // Small communes are left out of the page.
    expect(search(withCommunes, 'Abergement-Clémenciat', 12)).toEqual([]);
  });

  it('returns nothing for an empty or unknown query, and at most the limit', () => {
    expect(find('')).toEqual([]);
    expect(find('  -- ')).toEqual([]);
    expect(find('zzzz')).toEqual([]);
    expect(search(items, 'e', 5)).toHaveLength(5);
  });
});
