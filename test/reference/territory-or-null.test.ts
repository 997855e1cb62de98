// territoryOrNull and chooseTerritory answer without reading the 8,6 Mo file of communes, which
// only resolveTerritory's error needs (« Roanne est une commune de ce département »): compare and
// figures with a Territoire d'industrie took ≈ 0,25 s more for it. The file is made unreadable here;
// the real one is read only for the error.
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { shippedTerritoiresIndustrie } from '../../src/reference/territoires-industrie.js';

let communesAllowed = false;
vi.mock('../../src/reference/decoupage.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/reference/decoupage.js')>();
  return {
    ...original,
    decoupageCommunes: () => {
      if (!communesAllowed) throw new Error('communes read');
      return original.decoupageCommunes();
    },
  };
});

const { territoryOrNull, resolveTerritory } = await import('../../src/reference/resolve-territory.js');
const { chooseTerritory } = await import('../../src/reference/territory-choice.js');

describe('territoryOrNull', () => {
  it('finds départements, régions and France, and gives null for anything else, without the communes', () => {
    expect(territoryOrNull(' 42 ')).toMatchObject({ kind: 'departement', departement: { dgddi: '42' } });
    expect(territoryOrNull('région:84')).toMatchObject({ kind: 'region', region: { code: '84' } });
    expect(territoryOrNull('Bretagne')).toMatchObject({ kind: 'region', region: { code: '53' } });
    expect(territoryOrNull('france')).toEqual({ kind: 'france' });
    for (const q of ['Roannais Forez', 'Roanne', 'region:xx', 'region:', '', '  '])
      expect(territoryOrNull(q)).toBeNull();
  });
});

describe('chooseTerritory', () => {
  const list = shippedTerritoiresIndustrie();

  it('reads a Territoire d’industrie as its départements without the communes', () => {
    const choice = chooseTerritory('Roannais Forez', list);
    expect(choice.ti?.name).toBe('Roannais Forez');
    expect(choice.territories.map((t) => (t.kind === 'departement' ? t.departement.dgddi : t.kind))).toEqual(['42']);
  });

  it('gives resolveTerritory’s error, communes included, when nothing matches', () => {
    communesAllowed = true;
    expect(() => chooseTerritory('Roanne', list)).toThrow(UserError);
    expect(() => chooseTerritory('Roanne', list)).toThrow(/Roanne est une commune/);
    let expected = '';
    try {
      resolveTerritory('lorie');
    } catch (e) {
      expected = (e as Error).message;
    }
    expect(expected).not.toBe('');
    expect(() => chooseTerritory('lorie', list)).toThrow(expected);
  });
});
