import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readReferenceFile } from '../../src/reference/files.js';
import { currentLabels, detectLabelFile, parseLabelFile, type LabelRow } from '../../src/reference/labels.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('detectLabelFile', () => {
  it('recognises the four DGDDI label files, any case, any directory', () => {
    expect(detectLabelFile('Libelle_A129.txt')).toBe('a129');
    expect(detectLabelFile('data/2024/LIBELLE_CPF4_rev2.1.TXT')).toBe('cpf4');
    expect(detectLabelFile('C:\\douane\\libelle_pays_2024.txt')).toBe('pays');
    expect(detectLabelFile('Departement_region.txt')).toBe('departement_region');
  });

  it('rejects other files', () => {
    expect(detectLabelFile('REGIONAL_CPF4PAYSE.txt')).toBeNull();
    expect(detectLabelFile('Libelle_A129.csv')).toBeNull();
    expect(detectLabelFile('Libelle_NC8_2024.txt')).toBeNull();
    expect(detectLabelFile('LISEZ-MOI.txt')).toBeNull();
  });
});

describe('parseLabelFile', () => {
  it('parses the shipped A129 file (BOM, CRLF, quoted labels with ;)', () => {
    const rows = parseLabelFile(readReferenceFile('Libelle_A129.txt'), 'Libelle_A129.txt', 'a129');
    expect(rows).toHaveLength(76);
    expect(rows[0]).toEqual({
      code: 'A01Z',
      label: 'Produits de la culture et de l’élevage',
      validFrom: '200901',
      validTo: '999912',
    });
    expect(rows.find((r) => r.code === 'C26E')?.label).toBe(
      "Appareils de mesure, d'essai et de navigation ; articles d'horlogerie",
    );
  });

  it('parses the shipped Latin-1 CPF4 file with its accents', () => {
    const rows = parseLabelFile(readReferenceFile('Libelle_CPF4_rev2.1.txt'), 'Libelle_CPF4_rev2.1.txt', 'cpf4');
    expect(rows).toHaveLength(576);
    expect(rows[0]).toEqual({
      code: '0111',
      label: "Céréales (à l'exclusion du riz), légumineuses et oléagineux",
      validFrom: '201501',
      validTo: '999912',
    });
  });

  it('parses the shipped country file (289 rows, codes repeated over time)', () => {
    const rows = parseLabelFile(readReferenceFile('Libelle_PAYS.txt'), 'Libelle_PAYS.txt', 'pays');
    expect(rows).toHaveLength(289);
    expect(rows.filter((r) => r.code === 'XS').map((r) => r.label)).toEqual(['Saba', 'Serbie']);
  });

  it('accepts LF line breaks and skips blank lines', () => {
    const rows = parseLabelFile(
      utf8(
        'C29A;Produits de la construction automobile;200901;999912\n\nC29B;Équipements pour automobiles;200901;999912\n',
      ),
      'x.txt',
      'a129',
    );
    expect(rows.map((r) => r.code)).toEqual(['C29A', 'C29B']);
  });

  const bad: [string, string, 'a129' | 'cpf4' | 'pays', RegExp][] = [
    [
      'too few fields',
      'A01Z;ok;200901;999912\r\nA02Z;Produits sylvicoles;200901\r\n',
      'a129',
      /^f\.txt:2\u00a0: 4 champs attendus/,
    ],
    ['bad A129 code', 'a01z;x;200901;999912\n', 'a129', /^f\.txt:1\u00a0: «\u00a0a01z\u00a0» n'est pas un code A129/],
    ['CPF4 without leading zero', '111;Céréales;201501;999912\n', 'cpf4', /f\.txt:1.*code CPF4/],
    ['country of 3 letters', 'DEU;Allemagne;190001;999912\n', 'pays', /f\.txt:1.*code pays/],
    ['empty label', 'DE;;190001;999912\n', 'pays', /libellé vide/],
    ['bad start date', 'DE;Allemagne;19001;999912\n', 'pays', /date de début/],
    ['bad month', 'DE;Allemagne;190013;999912\n', 'pays', /date de début/],
    ['bad end date', 'DE;Allemagne;190001;9999\n', 'pays', /date de fin/],
    ['start after end', 'DE;Allemagne;202001;201912\n', 'pays', /postérieure/],
  ];
  for (const [what, text, kind, message] of bad) {
    it(`rejects a malformed line: ${what}`, () => {
      expect(() => parseLabelFile(utf8(text), 'f.txt', kind)).toThrow(UserError);
      expect(() => parseLabelFile(utf8(text), 'f.txt', kind)).toThrow(message);
    });
  }
});

describe('currentLabels', () => {
  const rows: LabelRow[] = [
    { code: 'XS', label: 'Saba', validFrom: '190001', validTo: '200505' },
    { code: 'XS', label: 'Serbie', validFrom: '200506', validTo: '999912' },
    { code: 'QT', label: 'Avitaillement', validFrom: '199701', validTo: '200012' },
  ];

  it('keeps the currently valid label by default', () => {
    expect([...currentLabels(rows)]).toEqual([['XS', 'Serbie']]);
  });

  it('keeps the label valid at a given month, bounds included', () => {
    expect(currentLabels(rows, '200505').get('XS')).toBe('Saba');
    expect(currentLabels(rows, '200506').get('XS')).toBe('Serbie');
    expect(currentLabels(rows, '199701').get('QT')).toBe('Avitaillement');
    expect(currentLabels(rows, '200101').has('QT')).toBe(false);
  });

  it('gives the current country labels of the shipped file', () => {
    const labels = currentLabels(parseLabelFile(readReferenceFile('Libelle_PAYS.txt'), 'Libelle_PAYS.txt', 'pays'));
    expect(labels.get('XS')).toBe('Serbie');
    expect(labels.get('QU')).toBe('Pays et territoires non déterminés');
    expect(labels.has('QT')).toBe(false);
  });
});
