import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { TerritoireIndustrie } from '../../src/figures/types.js';
import { departementByDgddi, departements } from '../../src/reference/territories.js';
import {
  defaultTerritoiresIndustrie,
  isAnctTerritoiresFile,
  parseAnctTerritoiresCsv,
  shippedTerritoiresIndustrie,
  territoiresOfDepartement,
} from '../../src/reference/territoires-industrie.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));
const knownInsee = new Set(departements().flatMap((d) => d.inseeCodes));

describe('defaultTerritoiresIndustrie (the shipped list of the 183 territories)', () => {
  const list = defaultTerritoiresIndustrie();
  const of = (dgddi: string): string[] => territoiresOfDepartement(list, departementByDgddi(dgddi)!).map((t) => t.name);

  it('has the 183 territories of ANCT, each with its id and at least one known département', () => {
    expect(list).toHaveLength(183);
    expect(new Set(list.map((t) => t.id)).size).toBe(183);
    for (const t of list) {
      expect(t.id).toMatch(/^ti-\d{4}$/);
      expect(t.name).not.toBe('');
      expect(t.departements.length).toBeGreaterThan(0);
      for (const d of t.departements) expect(knownInsee.has(d), `${t.name}: ${d}`).toBe(true);
    }
  });

  it('is sorted by name in French order; 118 territories lie in one département, 55 in two, 9 in three, 1 in four', () => {
    const names = list.map((t) => t.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    const counts = [1, 2, 3, 4, 5].map((n) => list.filter((t) => t.departements.length === n).length);
    expect(counts).toEqual([118, 55, 9, 1, 0]);
  });

  it('gives the Loire exactly the three territories of the spec fiche', () => {
    expect(of('42')).toEqual([
      'Lezoux – Thiers – Ambert – Montbrison',
      'Roannais Forez',
      "Vallée du Gier, de l'Ondaine et de Loire Sud",
    ]);
    expect(list.find((t) => t.name === 'Lezoux – Thiers – Ambert – Montbrison')?.departements).toEqual(['42', '63']);
  });

  it('spreads Val de Durance over four départements, each of which lists it', () => {
    const durance = list.find((t) => t.departements.length === 4)!;
    expect(durance).toMatchObject({ id: 'ti-9307', name: 'Val de Durance', departements: ['04', '05', '26', '83'] });
    for (const dgddi of ['04', '05', '26', '83']) expect(of(dgddi)).toContain('Val de Durance');
  });

  it("folds Corse-du-Sud (2A) and Haute-Corse (2B) into DGDDI's 20", () => {
    expect(list.find((t) => t.id === 'ti-9401')?.departements).toEqual(['2B']);
    expect(list.find((t) => t.id === 'ti-9402')?.departements).toEqual(['2A']);
    expect(of('20')).toEqual(['Grand Bastia – Marana-Golo', 'Pays Ajaccien']);
  });

  it('finds the overseas territories through the DGDDI codes 9A–9E', () => {
    expect(of('9A')).toEqual(['Basse-Terre', 'Cap Excellence', 'Terres de Cannes et Industries d’Avenir']);
    expect(of('9B')).toEqual(['Martinique Centre', 'Nord Industries Martinique']);
    expect(of('9C')).toEqual(['Ouest Guyanais', 'Savanes']);
    expect(of('9D')).toEqual(['Est Réunion Industries', "Territoire de l'Ouest"]);
    expect(of('9E')).toEqual(['Mayotte']);
    expect(of('99')).toEqual([]);
  });

  it('is the full shipped list (with groupements) reduced to ids, names and départements', () => {
    expect(list).toEqual(
      shippedTerritoiresIndustrie().map(({ id, name, departements }) => ({ id, name, departements })),
    );
  });

  it('returns a fresh copy each time', () => {
    const a = defaultTerritoiresIndustrie();
    a[0]!.departements.push('XX');
    expect(defaultTerritoiresIndustrie()[0]!.departements).not.toContain('XX');
    const b = shippedTerritoiresIndustrie();
    b[0]!.groupements.length = 0;
    expect(shippedTerritoiresIndustrie()[0]!.groupements.length).toBeGreaterThan(0);
  });
});

describe('parseAnctTerritoiresCsv', () => {
  const official = [
    'insee_com;lib_com;id_ti;lib_ti',
    '42218;Saint-Étienne;TI042;Vallée du Gier, de l’Ondaine et de Loire Sud',
    '42095;Firminy;TI042;Vallée du Gier, de l’Ondaine et de Loire Sud',
    '63430;Thiers;TI063;Lezoux – Thiers – Ambert – Montbrison',
    '42147;Montbrison;TI063;Lezoux – Thiers – Ambert – Montbrison',
    '2A004;Ajaccio;TI2A;Ajaccio',
    '97101;Les Abymes;TI971;Cap Excellence',
    '',
  ].join('\r\n');

  it('groups communes by territory, sorted by name, with their départements', () => {
    expect(parseAnctTerritoiresCsv(utf8(official), 'liste-ti-com2023-20240704.csv')).toEqual([
      { id: 'TI2A', name: 'Ajaccio', departements: ['2A'] },
      { id: 'TI971', name: 'Cap Excellence', departements: ['971'] },
      { id: 'TI063', name: 'Lezoux – Thiers – Ambert – Montbrison', departements: ['42', '63'] },
      { id: 'TI042', name: 'Vallée du Gier, de l’Ondaine et de Loire Sud', departements: ['42'] },
    ]);
  });

  it('reads a comma-separated, quoted, Latin-1 file with columns in another order and more columns', () => {
    const text = [
      '"id_ti","lib_ti","reg","insee_com","lib_com"',
      '"TI1","Vallée de l\'Arve","84","74056","Cluses"',
      '"TI1","Vallée de l\'Arve","84","74280","Scionzier"',
      '"TI2","Sud Corse, Extrême-Sud","94","2A247","Porto-Vecchio"',
      '"TI2","Sud Corse, Extrême-Sud","94","2B033","Bastia"',
    ].join('\n');
    expect(parseAnctTerritoiresCsv(latin1(text), 'ti.csv')).toEqual([
      { id: 'TI2', name: 'Sud Corse, Extrême-Sud', departements: ['2A', '2B'] },
      { id: 'TI1', name: "Vallée de l'Arve", departements: ['74'] },
    ]);
  });

  it('reads a tab-separated UTF-8 file with BOM', () => {
    const text =
      '\uFEFFINSEE_COM\tLIB_COM\tID_TI\tLIB_TI\n97411\tSaint-Denis\tTI974\tNord Réunion\n97415\tSaint-Paul\tTI974\tNord Réunion\n';
    expect(parseAnctTerritoiresCsv(utf8(text), 'ti.tsv')).toEqual([
      { id: 'TI974', name: 'Nord Réunion', departements: ['974'] },
    ]);
  });

  it('puts a commune listed under several ids (« ti-1 ; ti-2 ») in each of those territories', () => {
    const text = [
      'insee_com;lib_com;id_ti;lib_ti',
      '42218;Saint-Étienne;ti-8420;Vallée du Gier',
      '63430;Thiers;ti-8408;Lezoux – Thiers',
      '42147;Montbrison;"ti-8408 ; ti-8420";"Lezoux – Thiers ; Vallée du Gier"',
      '42095;Firminy;"ti-8420 ; ti-8499";Deux territoires',
      '43157;Yssingeaux;ti-8499;Jeune Loire',
    ].join('\n');
    expect(parseAnctTerritoiresCsv(utf8(text), 'liste-ti-com2023.csv')).toEqual([
      { id: 'ti-8499', name: 'Jeune Loire', departements: ['42', '43'] },
      { id: 'ti-8408', name: 'Lezoux – Thiers', departements: ['42', '63'] },
      { id: 'ti-8420', name: 'Vallée du Gier', departements: ['42'] },
    ]);
  });

  it('sorts Corsica where 20 would be', () => {
    const text =
      'insee_com;lib_com;id_ti;lib_ti\n21231;Dijon;T;X\n2B033;Bastia;T;X\n19031;Brive;T;X\n01053;Bourg;T;X\n';
    expect(parseAnctTerritoiresCsv(utf8(text), 'x.csv')[0]?.departements).toEqual(['01', '19', '2B', '21']);
  });

  const bad: [string, string, RegExp][] = [
    ['missing column', 'insee_com;lib_com;lib_ti\n42218;Saint-Étienne;X\n', /^x\.csv:1\u00a0: colonne id_ti absente/],
    [
      'empty id',
      'insee_com;lib_com;id_ti;lib_ti\n42218;Saint-Étienne;TI1;X\n42095;Firminy;;X\n',
      /^x\.csv:3\u00a0: identifiant de territoire \(id_ti\) vide/,
    ],
    [
      'empty name',
      'insee_com;lib_com;id_ti;lib_ti\n42218;Saint-Étienne;TI1;\n',
      /^x\.csv:2\u00a0: libellé de territoire/,
    ],
    [
      'bad INSEE code',
      'insee_com;lib_com;id_ti;lib_ti\n4221;Saint-Étienne;TI1;X\n',
      /^x\.csv:2\u00a0: code commune INSEE «\u00a04221\u00a0» invalide/,
    ],
    ['code 20xxx', 'insee_com;lib_com;id_ti;lib_ti\n20004;Ajaccio;TI1;X\n', /^x\.csv:2\u00a0: code commune INSEE/],
    [
      'short line',
      'insee_com;lib_com;id_ti;lib_ti\n42218;Saint-Étienne;TI1;X\n42095;Firminy\n',
      /^x\.csv:3\u00a0: 4 champs attendus, 2 trouvé/,
    ],
    [
      'two names for one id',
      'insee_com;lib_com;id_ti;lib_ti\n42218;A;TI1;X\n42095;B;TI1;Y\n',
      /^x\.csv:3\u00a0: le territoire TI1 s'appelle «\u00a0Y\u00a0» ici mais «\u00a0X\u00a0» ligne 2/,
    ],
    [
      'several ids, one never named',
      'insee_com;lib_com;id_ti;lib_ti\n42218;A;"T1 ; T2";X\n',
      /^x\.csv:2\u00a0: aucune ligne ne donne le libellé du territoire T1/,
    ],
    ['header only', 'insee_com;lib_com;id_ti;lib_ti\n', /^x\.csv:1\u00a0: aucune commune/],
    ['empty file', '', /^x\.csv:1\u00a0: fichier vide/],
    [
      'unterminated quote',
      'insee_com;lib_com;id_ti;lib_ti\n42218;"Saint;TI1;X\n',
      /^x\.csv:2\u00a0: guillemet non refermé/,
    ],
  ];
  for (const [what, text, message] of bad) {
    it(`rejects a bad file: ${what}`, () => {
      expect(() => parseAnctTerritoiresCsv(utf8(text), 'x.csv')).toThrow(UserError);
      expect(() => parseAnctTerritoiresCsv(utf8(text), 'x.csv')).toThrow(message);
    });
  }

  it('groups any generated list correctly, whatever the separator, quoting and encoding', () => {
    const dept = fc.constantFrom('01', '09', '2A', '2B', '42', '63', '95', '971', '974', '976');
    const commune = fc
      .tuple(dept, fc.integer({ min: 1, max: 999 }))
      .map(([d, n]) => d + String(n % 10 ** (5 - d.length)).padStart(5 - d.length, '0'));
    const name = fc
      .string({ unit: fc.constantFrom(..."abcéèà ’'-,;ÉÀ"), minLength: 1, maxLength: 12 })
      .map((s) => 'T ' + s.trim());
    const territory = fc.record({
      id: fc.stringMatching(/^[A-Z0-9]{1,6}$/),
      name,
      communes: fc.array(commune, { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(territory, { selector: (t) => t.id, minLength: 1, maxLength: 6 }),
        fc.constantFrom(';', ',', '\t'),
        fc.boolean(),
        fc.boolean(),
        (territories, sep, quoteAll, useLatin1) => {
          fc.pre(!useLatin1 || territories.every((t) => !t.name.includes('’')));
          const q = (f: string): string =>
            quoteAll || f.includes(sep) || f.includes('"') ? `"${f.replace(/"/g, '""')}"` : f;
          const lines = [['lib_com', 'insee_com', 'lib_ti', 'id_ti'].map(q).join(sep)];
          for (const t of territories)
            for (const c of t.communes) lines.push(['Commune', c, t.name, t.id].map(q).join(sep));
          const text = lines.join('\n') + '\n';
          const parsed = parseAnctTerritoiresCsv(useLatin1 ? latin1(text) : utf8(text), 'g.csv');
          const expected: TerritoireIndustrie[] = territories.map((t) => ({
            id: t.id,
            name: t.name.replace(/\s+/g, ' ').trim(),
            departements: [...new Set(t.communes.map((c) => (c.startsWith('97') ? c.slice(0, 3) : c.slice(0, 2))))],
          }));
          const byId = (a: TerritoireIndustrie, b: TerritoireIndustrie): number => (a.id! < b.id! ? -1 : 1);
          expect(parsed.map((t) => ({ ...t, departements: [...t.departements].sort() })).sort(byId)).toEqual(
            expected.map((t) => ({ ...t, departements: t.departements.sort() })).sort(byId),
          );
          const names = parsed.map((t) => t.name);
          expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
        },
      ),
    );
  });
});

describe('isAnctTerritoiresFile', () => {
  it('recognises the official file by name or by header', () => {
    expect(isAnctTerritoiresFile('liste-ti-com2023-20240704.csv', '')).toBe(true);
    expect(isAnctTerritoiresFile('dl/LISTE-TI-COM2023.CSV', 'whatever')).toBe(true);
    expect(isAnctTerritoiresFile('ti.csv', 'insee_com;lib_com;id_ti;lib_ti\n42218;Saint-Étienne;TI1;X')).toBe(true);
    expect(isAnctTerritoiresFile('ti.csv', '\uFEFF"ID_TI","LIB_TI","INSEE_COM"\r\n')).toBe(true);
    expect(isAnctTerritoiresFile('ti.txt', 'lib_com\tinsee_com\tid_ti\tlib_ti')).toBe(true);
  });

  it('rejects other files', () => {
    expect(isAnctTerritoiresFile('liste-ti-grpt2023-20240704.csv', 'siren_epci;lib_epci;id_ti;lib_ti')).toBe(false);
    expect(isAnctTerritoiresFile('REGIONAL_CPF4PAYSE.txt', 'E;3;2018;01;18;A01Z;0111;BE;406473;1210935')).toBe(false);
    expect(isAnctTerritoiresFile('x.csv', 'insee_commune;id_tix;lib_ti')).toBe(false);
  });
});

describe('territoiresOfDepartement', () => {
  const list: TerritoireIndustrie[] = [
    { id: 'b', name: 'Zeta', departements: ['2A'] },
    { id: 'a', name: 'Éole', departements: ['42', '63'] },
    { id: 'c', name: 'Alpha', departements: ['42'] },
  ];

  it('matches any INSEE code of the département and sorts by name', () => {
    expect(territoiresOfDepartement(list, departementByDgddi('42')!).map((t) => t.name)).toEqual(['Alpha', 'Éole']);
    expect(territoiresOfDepartement(list, departementByDgddi('20')!).map((t) => t.id)).toEqual(['b']);
    expect(territoiresOfDepartement(list, departementByDgddi('01')!)).toEqual([]);
  });
});
