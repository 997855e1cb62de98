import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvNumber, csvText, EXCEL_FR } from '../../src/format/csv.js';
import { tableToCsv } from '../../src/report/csv.js';

/** A minimal RFC 4180 reader with ';', to check that what we write reads back. */
function parseCsvLine(text: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ';') field += text[i++];
    }
    fields.push(field);
    if (i >= text.length) return fields;
    i++; // ';'
  }
}

describe('CSV des graphiques', () => {
  it('commence par un BOM, sépare par « ; », finit les lignes par CRLF', () => {
    const csv = tableToCsv({
      caption: 'x',
      columns: ['Pays', 'Importations (euros)', 'Part du flux'],
      kinds: ['text', 'euros', 'share'],
      rows: [['Allemagne', 622538528, 0.125]],
    });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Pays;Importations (euros);Part du flux (%)\r\nAllemagne;622538528;12,5\r\n');
  });

  it('écrit les évolutions en pourcentage, une évolution non calculable en cellule vide', () => {
    const csv = tableToCsv({
      caption: 'x',
      columns: ['Pays', 'Évolution des exportations'],
      kinds: ['text', 'change'],
      rows: [
        ['Allemagne', -0.0325],
        ['Chine', ''],
      ],
    });
    expect(csv.slice(1)).toBe('Pays;Évolution des exportations (%)\r\nAllemagne;-3,25\r\nChine;\r\n');
  });

  it('écrit les nombres pour un tableur français : virgule décimale, sans espace, signe moins ASCII', () => {
    expect(csvNumber(-34268502, EXCEL_FR, 6)).toBe('-34268502');
    expect(csvNumber(1234567.25, EXCEL_FR, 6)).toBe('1234567,25');
    expect(csvNumber(5.878904743540301, EXCEL_FR, 6)).toBe('5,878905');
    expect(csvNumber(0, EXCEL_FR, 6)).toBe('0');
    expect(csvNumber(-0.0000001, EXCEL_FR, 6)).toBe('0');
    expect(csvNumber(Number.NaN, EXCEL_FR, 6)).toBe('');
  });

  it('protège les champs contenant « ; », des guillemets ou un retour à la ligne', () => {
    expect(csvField('Produits; autres')).toBe('"Produits; autres"');
    expect(csvField('le "grand" export')).toBe('"le ""grand"" export"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField("Côte d'Ivoire")).toBe("Côte d'Ivoire");
  });

  it('neutralise les formules dans les cellules de texte (injection CSV), pas les nombres', () => {
    const csv = tableToCsv({
      caption: 'x',
      columns: ['Pays', 'Exportations (euros)'],
      kinds: ['text', 'euros'],
      rows: [
        ["=cmd|' /C calc'!A0", -1200],
        ['+33 Fr', 5],
        ['-Reste', 6],
        ['@SUM(A1)', 7],
        ['\tTab', 8],
        ['\rCR', 9],
        ['Allemagne', -0.5],
      ],
    });
    expect(csv.slice(1).split('\r\n').slice(1, -1)).toEqual([
      `"'=cmd|' /C calc'!A0";-1200`,
      `"'+33 Fr";5`,
      `"'-Reste";6`,
      `"'@SUM(A1)";7`,
      `"'\tTab";8`,
      `"'\rCR";9`,
      'Allemagne;-0,5',
    ]);
    expect(tableToCsv({ caption: 'x', columns: ['=HYPERLINK("x")'], kinds: ['text'], rows: [] }).slice(1)).toBe(
      `"'=HYPERLINK(""x"")"\r\n`,
    );
  });

  it('ne laisse aucune cellule de texte commencer par un caractère de formule (propriété)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'a', ';', '"', "'") }), (text) => {
        const [field] = parseCsvLine(csvText(text));
        expect(field).not.toMatch(/^[=+\-@\t\r]/);
        expect(field === text || field === `'${text}`).toBe(true);
      }),
    );
  });

  it('relit exactement chaque champ écrit (propriété)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'é', ';', '"', ' ', ',', "'", '\u00a0') }), {
          minLength: 1,
          maxLength: 6,
        }),
        (fields) => {
          expect(parseCsvLine(fields.map(csvField).join(';'))).toEqual(fields);
        },
      ),
    );
  });

  it('relit chaque nombre à sa valeur (propriété)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (v) => {
        const text = csvNumber(v, EXCEL_FR, 6);
        expect(text).toMatch(/^-?\d+(,\d+)?$/);
        expect(Math.abs(Number(text.replace(',', '.')) - v)).toBeLessThanOrEqual(5e-7 + Math.abs(v) * 1e-15);
      }),
    );
  });

  it('suit le type déclaré des colonnes, pas leur en-tête', () => {
    // A share column whose header does not start with "Part", a text column that does.
    const csv = tableToCsv({
      caption: 'x',
      columns: ['Partenaire', 'Poids'],
      kinds: ['text', 'share'],
      rows: [['Partenaire 1', 0.5]],
    });
    expect(csv.slice(1)).toBe('Partenaire;Poids (%)\r\nPartenaire 1;50\r\n');
  });
});
