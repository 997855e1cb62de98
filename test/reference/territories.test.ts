import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readReferenceFile } from '../../src/reference/files.js';
import { decodeText, splitLines } from '../../src/reference/text.js';
import {
  departementByDgddi,
  departements,
  expectedDgddiRegion,
  isKnownDgddiDepartement,
  regionByCode,
  regionOfDepartement,
  regions,
  toTerritoryRef,
  type ResolvedTerritory,
} from '../../src/reference/territories.js';
import { resolveTerritory } from '../../src/reference/resolve-territory.js';

/** The rows of DGDDI's own file: dept;name;region;regionName. */
const dgddiRows = splitLines(decodeText(readReferenceFile('Departement_region.txt')).text).map((l) => l.split(';'));

const deptCode = (t: ResolvedTerritory): string =>
  t.kind === 'departement' ? t.departement.dgddi : `not a département: ${t.kind}`;
const regionCode = (t: ResolvedTerritory): string => (t.kind === 'region' ? t.region.code : `not a région: ${t.kind}`);

describe('départements', () => {
  it('has the 101 DGDDI départements, one per line of Departement_region.txt', () => {
    expect(dgddiRows).toHaveLength(101);
    expect(departements()).toHaveLength(101);
    expect(
      departements()
        .map((d) => d.dgddi)
        .sort(),
    ).toEqual(dgddiRows.map((r) => r[0]).sort());
  });

  it('is sorted by INSEE code: Corse at 20, DROM after 95, Monaco last', () => {
    const codes = departements().map((d) => d.code);
    expect(codes.slice(0, 3)).toEqual(['01', '02', '03']);
    expect(codes.slice(18, 22)).toEqual(['19', '20', '21', '22']);
    expect(codes.slice(-7)).toEqual(['95', '971', '972', '973', '974', '976', '99']);
  });

  it('carries the DGDDI région of Departement_region.txt for every département', () => {
    for (const [dept, , region] of dgddiRows) {
      expect(departementByDgddi(dept!)?.dgddiRegion).toBe(region);
      expect(expectedDgddiRegion(dept!)).toBe(region);
    }
    expect(expectedDgddiRegion('42')).toBe('18');
    expect(expectedDgddiRegion('9A')).toBe('24');
    expect(expectedDgddiRegion('99')).toBe('21');
    expect(expectedDgddiRegion('2A')).toBeUndefined();
  });

  it('maps the special DGDDI codes to INSEE codes and current names', () => {
    expect(departementByDgddi('42')).toEqual({
      dgddi: '42',
      code: '42',
      inseeCodes: ['42'],
      name: 'Loire',
      region: '84',
      dgddiRegion: '18',
      slug: '42-loire',
    });
    expect(departementByDgddi('20')).toEqual({
      dgddi: '20',
      code: '20',
      inseeCodes: ['2A', '2B'],
      name: 'Corse (2A, 2B)',
      region: '94',
      dgddiRegion: '22',
      slug: '20-corse',
    });
    const drom = ['9A', '9B', '9C', '9D', '9E'].map((c) => departementByDgddi(c)!);
    expect(drom.map((d) => [d.code, d.name, d.region, d.slug])).toEqual([
      ['971', 'Guadeloupe', '01', '971-guadeloupe'],
      ['972', 'Martinique', '02', '972-martinique'],
      ['973', 'Guyane', '03', '973-guyane'],
      ['974', 'La Réunion', '04', '974-la-reunion'],
      ['976', 'Mayotte', '06', '976-mayotte'],
    ]);
    expect(departementByDgddi('99')).toMatchObject({
      code: '99',
      inseeCodes: ['99'],
      name: 'Monaco',
      region: '93',
      slug: '99-monaco',
    });
    expect(departementByDgddi('21')?.name).toBe("Côte-d'Or");
    expect(departementByDgddi('21')?.slug).toBe('21-cote-d-or');
  });

  it('has unique lowercase ASCII slugs', () => {
    const slugs = departements().map((d) => d.slug);
    expect(new Set(slugs).size).toBe(101);
    for (const s of slugs) expect(s).toMatch(/^[0-9]{2,3}-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('knows DGDDI codes only', () => {
    expect(isKnownDgddiDepartement('42')).toBe(true);
    expect(isKnownDgddiDepartement('9E')).toBe(true);
    expect(isKnownDgddiDepartement('2A')).toBe(false);
    expect(isKnownDgddiDepartement('971')).toBe(false);
    expect(isKnownDgddiDepartement('00')).toBe(false);
  });
});

describe('régions', () => {
  it('has the 18 INSEE régions with their current names', () => {
    expect(regions().map((r) => [r.code, r.name])).toEqual([
      ['01', 'Guadeloupe'],
      ['02', 'Martinique'],
      ['03', 'Guyane'],
      ['04', 'La Réunion'],
      ['06', 'Mayotte'],
      ['11', 'Île-de-France'],
      ['24', 'Centre-Val de Loire'],
      ['27', 'Bourgogne-Franche-Comté'],
      ['28', 'Normandie'],
      ['32', 'Hauts-de-France'],
      ['44', 'Grand Est'],
      ['52', 'Pays de la Loire'],
      ['53', 'Bretagne'],
      ['75', 'Nouvelle-Aquitaine'],
      ['76', 'Occitanie'],
      ['84', 'Auvergne-Rhône-Alpes'],
      ['93', "Provence-Alpes-Côte d'Azur"],
      ['94', 'Corse'],
    ]);
  });

  it('partitions the 101 départements, each région within one DGDDI région', () => {
    const all = regions().flatMap((r) => r.departements);
    expect(all.sort()).toEqual(
      departements()
        .map((d) => d.dgddi)
        .sort(),
    );
    for (const r of regions()) {
      for (const d of r.departements) expect(departementByDgddi(d)?.dgddiRegion).toBe(r.dgddiRegion);
    }
  });

  it('maps DGDDI régions to INSEE régions (DOM split in five)', () => {
    const pairs = new Map(regions().map((r) => [r.code, r.dgddiRegion]));
    expect(Object.fromEntries(pairs)).toEqual({
      '01': '24',
      '02': '24',
      '03': '24',
      '04': '24',
      '06': '24',
      '11': '03',
      '24': '04',
      '27': '16',
      '28': '05',
      '32': '01',
      '44': '13',
      '52': '08',
      '53': '07',
      '75': '09',
      '76': '12',
      '84': '18',
      '93': '21',
      '94': '22',
    });
  });

  it('counts the départements of each région, Monaco in Provence-Alpes-Côte d’Azur', () => {
    expect(regionByCode('84')?.departements).toEqual([
      '01',
      '03',
      '07',
      '15',
      '26',
      '38',
      '42',
      '43',
      '63',
      '69',
      '73',
      '74',
    ]);
    expect(regionByCode('93')?.departements).toEqual(['04', '05', '06', '13', '83', '84', '99']);
    expect(regionByCode('11')?.departements).toHaveLength(8);
    expect(regionByCode('76')?.departements).toHaveLength(13);
    expect(regionByCode('01')?.departements).toEqual(['9A']);
    expect(regionByCode('84')?.slug).toBe('84-auvergne-rhone-alpes');
    expect(regionByCode('93')?.slug).toBe('93-provence-alpes-cote-d-azur');
    expect(regionByCode('99')).toBeUndefined();
  });

  it('gives the région of a département', () => {
    expect(regionOfDepartement('42').name).toBe('Auvergne-Rhône-Alpes');
    expect(regionOfDepartement('20').code).toBe('94');
    expect(regionOfDepartement('9D').code).toBe('04');
    expect(regionOfDepartement('99').code).toBe('93');
    expect(() => regionOfDepartement('2A')).toThrow();
  });
});

describe('resolveTerritory', () => {
  it('finds départements by code, INSEE code, DGDDI code and name', () => {
    for (const q of ['42', 'Loire', 'loire', ' LOIRE ', '42-loire', '42 Loire'])
      expect(deptCode(resolveTerritory(q))).toBe('42');
    for (const q of ['2A', '2a', '2B', '20', 'Corse', 'corse', 'Corse (2A, 2B)'])
      expect(deptCode(resolveTerritory(q))).toBe('20');
    for (const q of ['971', '9A', '9a', 'Guadeloupe', 'guadeloupe']) expect(deptCode(resolveTerritory(q))).toBe('9A');
    expect(deptCode(resolveTerritory('974'))).toBe('9D');
    expect(deptCode(resolveTerritory('Réunion'))).toBe('9D');
    expect(deptCode(resolveTerritory('la reunion'))).toBe('9D');
    expect(deptCode(resolveTerritory('976'))).toBe('9E');
    expect(deptCode(resolveTerritory('99'))).toBe('99');
    expect(deptCode(resolveTerritory('Monaco'))).toBe('99');
    expect(deptCode(resolveTerritory('Principauté de Monaco'))).toBe('99');
    expect(deptCode(resolveTerritory('1'))).toBe('01');
    expect(deptCode(resolveTerritory('cote d or'))).toBe('21');
    expect(deptCode(resolveTerritory("Côte-d'or"))).toBe('21');
    expect(deptCode(resolveTerritory('84'))).toBe('84');
  });

  it('finds régions by region:/région: code or name, and by unambiguous name', () => {
    for (const q of ['region:84', 'région:84', 'Région : 84', 'REGION:84', 'region:auvergne-rhone-alpes']) {
      expect(regionCode(resolveTerritory(q))).toBe('84');
    }
    for (const q of [
      'Auvergne-Rhône-Alpes',
      'auvergne rhone alpes',
      'AUVERGNE - RHÔNE-ALPES',
      '84-auvergne-rhone-alpes',
    ]) {
      expect(regionCode(resolveTerritory(q))).toBe('84');
    }
    expect(regionCode(resolveTerritory('region:94'))).toBe('94');
    expect(regionCode(resolveTerritory('region:01'))).toBe('01');
    expect(regionCode(resolveTerritory('region:1'))).toBe('01');
    expect(regionCode(resolveTerritory('région:Guadeloupe'))).toBe('01');
    expect(regionCode(resolveTerritory("provence alpes cote d'azur"))).toBe('93');
    expect(regionCode(resolveTerritory('ile de france'))).toBe('11');
  });

  it('prefers the département when a name is both, unless region: is given', () => {
    for (const [name, dept, region] of [
      ['Corse', '20', '94'],
      ['Guadeloupe', '9A', '01'],
      ['Martinique', '9B', '02'],
      ['Guyane', '9C', '03'],
      ['La Réunion', '9D', '04'],
      ['Mayotte', '9E', '06'],
    ]) {
      expect(deptCode(resolveTerritory(name!))).toBe(dept);
      expect(regionCode(resolveTerritory(`region:${name}`))).toBe(region);
    }
  });

  it('finds France', () => {
    for (const q of ['france', 'France', 'FR', 'fr', 'France entière'])
      expect(resolveTerritory(q)).toEqual({ kind: 'france' });
  });

  it('rejects unknown territories in French with close suggestions', () => {
    expect(() => resolveTerritory('Loir')).toThrow(UserError);
    expect(() => resolveTerritory('Loir')).toThrow(
      'Territoire inconnu\u00a0: «\u00a0Loir\u00a0». Vouliez-vous dire\u00a0: Loire (42), Loiret (45) ou Loir-et-Cher (41)\u00a0?',
    );
    expect(() => resolveTerritory('bretagn')).toThrow(/Vouliez-vous dire\u00a0: Bretagne \(region:53\)\u00a0\?$/);
    expect(() => resolveTerritory('Finistere du nord')).toThrow(UserError);
    expect(() => resolveTerritory('Gironed')).toThrow(/Gironde \(33\)/);
  });

  it('offers only the closest names, and the département of a commune (issue 22)', () => {
    // One swap away from the Loire; Corse, two edits away, is no longer offered.
    expect(() => resolveTerritory('lorie')).toThrow(/Vouliez-vous dire\u00a0: Loire \(42\)\u00a0\?$/);
    expect(() => resolveTerritory('Roanne')).toThrow(
      'Territoire inconnu\u00a0: «\u00a0Roanne\u00a0». Les données des douanes s’arrêtent au département. Vouliez-vous dire\u00a0: Loire (42)\u00a0? (Roanne est une commune de ce département.)',
    );
    expect(() => resolveTerritory('bastia')).toThrow(/Vouliez-vous dire\u00a0: Corse \(2A, 2B\)\u00a0\?/);
  });

  it('limits suggestions to three', () => {
    try {
      resolveTerritory('haute');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      const suggestions = (err as Error).message.split(':').pop()!;
      expect(suggestions.split(/, | ou /)).toHaveLength(3);
    }
  });

  it('explains the accepted forms when nothing is close', () => {
    expect(() => resolveTerritory('xyz')).toThrow(
      /^Territoire inconnu\u00a0: «\u00a0xyz\u00a0»\. Indiquez un département/,
    );
    expect(() => resolveTerritory(' ')).toThrow(/^Territoire manquant\. Indiquez/);
    expect(() => resolveTerritory('2C')).toThrow(UserError);
    expect(() => resolveTerritory('975')).toThrow(UserError);
  });

  it('rejects unknown régions, with suggestions among régions', () => {
    expect(() => resolveTerritory('region:99')).toThrow(
      /^Région inconnue\u00a0: «\u00a0region:99\u00a0»\. Indiquez un code INSEE/,
    );
    expect(() => resolveTerritory('region:42')).toThrow(UserError);
    expect(() => resolveTerritory('region:Normandi')).toThrow(/Normandie \(region:28\)/);
    expect(() => resolveTerritory('region:Loire')).toThrow(UserError);
  });
});

describe('toTerritoryRef', () => {
  it('gives code, name and slug for each kind', () => {
    expect(toTerritoryRef(resolveTerritory('42'))).toEqual({
      kind: 'departement',
      code: '42',
      name: 'Loire',
      slug: '42-loire',
    });
    expect(toTerritoryRef(resolveTerritory('2B'))).toEqual({
      kind: 'departement',
      code: '20',
      name: 'Corse (2A, 2B)',
      slug: '20-corse',
    });
    expect(toTerritoryRef(resolveTerritory('9A'))).toEqual({
      kind: 'departement',
      code: '971',
      name: 'Guadeloupe',
      slug: '971-guadeloupe',
    });
    expect(toTerritoryRef(resolveTerritory('region:84'))).toEqual({
      kind: 'region',
      code: '84',
      name: 'Auvergne-Rhône-Alpes',
      slug: '84-auvergne-rhone-alpes',
    });
    expect(toTerritoryRef(resolveTerritory('FR'))).toEqual({
      kind: 'france',
      code: 'FR',
      name: 'France',
      slug: 'france',
    });
  });
});

describe('shared objects', () => {
  it('are frozen so that one consumer cannot change them for another', () => {
    const loire = departementByDgddi('42')!;
    expect(Object.isFrozen(loire)).toBe(true);
    expect(Object.isFrozen(loire.inseeCodes)).toBe(true);
    expect(Object.isFrozen(departements())).toBe(true);
    expect(Object.isFrozen(regionByCode('84')!.departements)).toBe(true);
  });
});
