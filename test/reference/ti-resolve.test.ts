// The shipped list of Territoires d'industrie is exactly what scripts/territoires-industrie.mjs
// writes from ANCT's list by groupement and the installed @etalab/decoupage-administratif.
import { describe, expect, it } from 'vitest';
import { decoupageCommunes, decoupageEpci, decoupageEpt } from '../../src/reference/decoupage.js';
import { readReferenceFile } from '../../src/reference/files.js';
import {
  formatShippedTi,
  parseShippedTi,
  parseShippedTiDepartements,
  parseTiGroupements,
  resolveTerritoiresIndustrie,
  type Decoupage,
} from '../../src/reference/ti-resolve.js';

const text = (name: string): string => new TextDecoder().decode(readReferenceFile(name));
const decoupage: Decoupage = { communes: decoupageCommunes(), epci: decoupageEpci(), ept: decoupageEpt() };
const rows = parseTiGroupements(text('ti-groupements-2024.csv'), 'ti-groupements-2024.csv');

describe('the shipped territoires-industrie-2024.csv', () => {
  const resolved = resolveTerritoiresIndustrie(rows, decoupage, 'ti-groupements-2024.csv');

  it('equals what the script produces from ti-groupements-2024.csv and the découpage', () => {
    expect(rows).toHaveLength(641);
    expect(formatShippedTi(resolved)).toBe(text('territoires-industrie-2024.csv'));
  });

  it('reads back to the same territories', () => {
    expect(parseShippedTi(formatShippedTi(resolved), 'x.csv')).toEqual(resolved);
  });

  it('reads back, without the communes, to the same territories and départements in the same order', () => {
    const shipped = text('territoires-industrie-2024.csv');
    const full = parseShippedTi(shipped, 'x.csv').map(({ id, name, departements }) => ({ id, name, departements }));
    expect(full).toHaveLength(183);
    expect(parseShippedTiDepartements(shipped, 'x.csv')).toEqual(full);
    expect(() => parseShippedTiDepartements('id_ti;lib_ti\n', 'x.csv')).toThrow(/x\.csv: header/);
  });

  it('resolves EPCI, EPT and communes given by SIREN', () => {
    const natures = new Set(resolved.flatMap((t) => t.groupements.map((g) => g.nature)));
    expect([...natures].sort()).toEqual(['CA', 'CC', 'COM', 'CU', 'EPT', 'METRO']);
    const roannais = resolved.find((t) => t.name === 'Roannais Forez')!;
    expect(roannais).toMatchObject({ id: 'ti-8417', region: '84', departements: ['42'] });
    expect(roannais.groupements.find((g) => g.siren === '200035731')).toMatchObject({
      name: 'CA Roannais Agglomération',
      nature: 'CA',
    });
    expect(roannais.groupements.flatMap((g) => g.communes)).toContain('42187'); // Roanne
    // Nevers Val de Loire lists Cercy-la-Tour (58) by its commune SIREN, next to groupements in 58 and 18.
    const nevers = resolved.find((t) => t.id === 'ti-2707')!;
    expect(nevers.groupements.find((g) => g.siren === '215800467')).toMatchObject({
      nature: 'COM',
      communes: ['58046'],
      departements: ['58'],
    });
  });
});

describe('resolveTerritoiresIndustrie', () => {
  const commune = (code: string, departement: string, siren?: string) => ({
    code,
    nom: code,
    departement,
    region: 'xx',
    type: 'commune-actuelle',
    siren,
  });
  const small: Decoupage = {
    communes: [
      commune('2A004', '2A', '212000046'),
      commune('2B033', '2B'),
      commune('97101', '971'),
      { ...commune('2A004', '2A'), type: 'commune-deleguee' },
    ],
    epci: [
      {
        code: '200000001',
        nom: 'CA X',
        type: 'CA',
        membres: [
          { code: '2B033', nom: 'Bastia' },
          { code: '97101', nom: 'Les Abymes' },
        ],
      },
    ],
    ept: [],
  };
  const row = (line: number, siren: string) => ({ line, id: 'ti-9401', name: 'T', siren, groupementName: `G${line}` });

  it('takes a commune SIREN as that commune and sorts départements with Corsica at 20', () => {
    const [t] = resolveTerritoiresIndustrie([row(2, '200000001'), row(3, '212000046')], small, 'x.csv');
    expect(t).toMatchObject({ id: 'ti-9401', region: '94', departements: ['2A', '2B', '971'] });
    expect(t!.groupements.map((g) => [g.siren, g.nature, g.communes.join(',')])).toEqual([
      ['200000001', 'CA', '2B033,97101'],
      ['212000046', 'COM', '2A004'],
    ]);
  });

  it('names the line of a SIREN it cannot resolve', () => {
    expect(() => resolveTerritoiresIndustrie([row(7, '999999999')], small, 'x.csv')).toThrow(
      /^x\.csv:7: SIREN 999999999/,
    );
  });

  it('refuses a malformed input row', () => {
    expect(() => parseTiGroupements('id_ti;lib_ti;siren_groupement;lib_groupement\nti-01;X;1;Y\n', 'x.csv')).toThrow(
      /^x\.csv:2: malformed row/,
    );
  });
});
