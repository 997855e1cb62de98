import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { plainSpaces } from '../../src/format/fr.js';
import { shippedTerritoiresIndustrie } from '../../src/reference/territoires-industrie.js';
import { findTerritoireIndustrie, inseeDepartement, tiTerritoryOf } from '../../src/reference/ti-query.js';
import { territoireText, territoiresListText, tiRecord } from '../../src/report/text/territoires-list.js';

const list = shippedTerritoiresIndustrie();
const find = (q: string): string => findTerritoireIndustrie(list, q).id;
const message = (q: string): string => {
  try {
    findTerritoireIndustrie(list, q);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return plainSpaces((err as Error).message);
  }
  throw new Error(`no error for ${q}`);
};

describe('findTerritoireIndustrie', () => {
  it('finds by id (any case), by name (accents, case, punctuation ignored), or by the only name containing the query', () => {
    expect(find('ti-8417')).toBe('ti-8417');
    expect(find('TI-8417')).toBe('ti-8417');
    expect(find('Roannais Forez')).toBe('ti-8417');
    expect(find('VALLEE DU GIER DE L ONDAINE ET DE LOIRE SUD')).toBe('ti-8424');
    expect(find('roannais')).toBe('ti-8417');
    expect(find('  Marana  ')).toBe('ti-9401');
  });

  it('refuses a query matching several names, listing them', () => {
    expect(message('Vallée')).toMatch(
      /^Plusieurs Territoires d'industrie correspondent à « Vallée » : .*Vallée de la Maurienne \(ti-8423\)/,
    );
  });

  it('suggests the closest names for a misspelt word, or says where the list is', () => {
    expect(message('Roanais')).toBe(
      "Territoire d'industrie inconnu : « Roanais ». Vouliez-vous dire : Roannais Forez (ti-8417) ?",
    );
    expect(message('Mauriene')).toBe(
      "Territoire d'industrie inconnu : « Mauriene ». Vouliez-vous dire : Vallée de la Maurienne (ti-8423) ?",
    );
    expect(message('zzzz qqqq')).toBe(
      "Territoire d'industrie inconnu : « zzzz qqqq ». Lancez « territrade territoires » pour la liste des territoires.",
    );
    expect(message(' ')).toMatch(/^Territoire d'industrie manquant/);
  });
});

describe('territories of an imported list and their records', () => {
  it('takes the région from the ANCT id, else from the first département', () => {
    expect(tiTerritoryOf({ id: 'ti-8424', name: 'X', departements: ['42'] })).toEqual({
      id: 'ti-8424',
      name: 'X',
      region: '84',
      departements: ['42'],
      groupements: [],
    });
    expect(tiTerritoryOf({ id: 'T9', name: 'Y', departements: ['2B'] }).region).toBe('94');
    expect(tiTerritoryOf({ id: 'ti-9901', name: 'Z', departements: ['971'] }).region).toBe('01');
  });

  it("names INSEE départements as INSEE does and links them to DGDDI's codes", () => {
    expect(inseeDepartement('2A')).toEqual({ code: '2A', name: 'Corse-du-Sud', dgddi: '20' });
    expect(inseeDepartement('976')).toEqual({ code: '976', name: 'Mayotte', dgddi: '9E' });
    expect(tiRecord(list.find((t) => t.id === 'ti-0101')!).region).toEqual({ code: '01', name: 'Guadeloupe' });
  });

  it('prints every territory once, under its région, and one territory in full', () => {
    const text = territoiresListText(list, 'default');
    for (const t of list) expect(text.split(`  ${t.name} (${t.id}) : `)).toHaveLength(2);
    expect(text.match(/^\S.* — \d+ territoires?$/gm)).toHaveLength(18);
    const durance = territoireText(
      list.find((t) => t.id === 'ti-9307')!,
      'default',
    );
    expect(durance.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(8);
    expect(durance).toContain(
      'CC du Sisteronais-Buëch — communauté de communes, SIREN 200068765 — Alpes-de-Haute-Provence (04), Hautes-Alpes (05), Drôme (26), 60 communes',
    );
  });
});
