// What `territoires QUERY` finds: one territory, an area's territories, or a commune's (issue 22).
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { shippedTerritoiresIndustrie } from '../../src/reference/territoires-industrie.js';
import { communesNamed } from '../../src/reference/communes.js';
import { searchTerritoires, type TiSearch } from '../../src/reference/ti-search.js';

const list = shippedTerritoiresIndustrie();
const ids = (l: { id: string }[]) => l.map((t) => t.id).sort();

function area(query: string): Extract<TiSearch, { kind: 'area' }> {
  const found = searchTerritoires(list, query);
  if (found.kind !== 'area') throw new Error(`${query}: ${found.kind}`);
  return found;
}

describe('searchTerritoires', () => {
  it("gives a département's territories by code or name: the specification's three for the Loire", () => {
    const spec = ['ti-8408', 'ti-8417', 'ti-8424']; // Lezoux – Thiers – Ambert – Montbrison, Roannais Forez, Vallée du Gier…
    expect(ids(area('42').territories)).toEqual(spec);
    expect(ids(area('loire').territories)).toEqual(spec);
    expect(area('42').alsoNamed).toEqual([]);
  });

  it('names, apart, the territories elsewhere whose name holds the query as a word (not Loiret)', () => {
    expect(ids(area('Loire').alsoNamed)).toEqual(['ti-2707', 'ti-5207', 'ti-5214', 'ti-8407']);
  });

  it('counts a territory in every département it spans, and by région', () => {
    expect(ids(area('63').territories)).toContain('ti-8408');
    expect(area('region:53').territories.every((t) => t.region === '53')).toBe(true);
    expect(area('region:53').territories.length).toBeGreaterThan(5);
    expect(area('france').territories).toHaveLength(183);
    expect(ids(area('2A').territories)).toEqual(['ti-9401', 'ti-9402']); // Corse is one customs département
  });

  it('prefers a territory whose exact name is also a département (Mayotte), and parts of names', () => {
    expect(searchTerritoires(list, 'Mayotte')).toMatchObject({ kind: 'one', territory: { id: 'ti-0601' } });
    expect(searchTerritoires(list, 'roannais')).toMatchObject({ kind: 'one', territory: { id: 'ti-8417' } });
  });

  it('finds the territories holding a commune: Roanne is in Roannais Forez', () => {
    const found = searchTerritoires(list, 'Roanne');
    expect(found.kind).toBe('commune');
    if (found.kind !== 'commune') return;
    expect(found.communes.map((c) => [c.code, c.departement.code])).toEqual([['42187', '42']]);
    expect(ids(found.territories)).toEqual(['ti-8417']);
  });

  it('still refuses an unknown or ambiguous name in French', () => {
    expect(() => searchTerritoires(list, 'Vallée')).toThrow(/Plusieurs Territoires d'industrie/);
    expect(() => searchTerritoires(list, 'zzzz qqqq')).toThrow(UserError);
  });
});

describe('communesNamed', () => {
  it('ignores accents, case and hyphens and keeps every homonym, with the DGDDI département', () => {
    expect(communesNamed('saint etienne').map((c) => c.code)).toEqual(['42218']);
    expect(communesNamed('AJACCIO').map((c) => c.departement.code)).toEqual(['20']);
    expect(communesNamed('Sainte-Marie').length).toBeGreaterThan(3);
    expect(communesNamed('Nulle-Part-sur-Rien')).toEqual([]);
  });
});
