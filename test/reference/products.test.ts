import { describe, expect, it } from 'vitest';
import { a129Products, a17Groups, cpf4Products } from '../../src/reference/products.js';

describe('a129Products', () => {
  const products = a129Products();

  it('maps all 76 DGDDI A129 goods codes to an A38 and an A17 group', () => {
    expect(products.size).toBe(76);
    const groups = a17Groups();
    for (const p of products.values()) {
      expect(p.a38).toMatch(/^[A-Z]{2}$/);
      expect(groups.get(p.a17)?.label).toBe(p.a17Label);
      expect(groups.get(p.a17)?.shortLabel).toBe(p.a17ShortLabel);
    }
  });

  it('matches known mappings', () => {
    expect(products.get('C29A')).toEqual({
      code: 'C29A',
      label: 'Produits de la construction automobile',
      a38: 'CL',
      a17: 'C4',
      a17Label: 'Fabrication de matériels de transport',
      a17ShortLabel: 'Matériels de transport',
    });
    const pick = (code: string): string[] => [products.get(code)!.a38, products.get(code)!.a17];
    expect(pick('C10A')).toEqual(['CA', 'C1']);
    expect(pick('C12Z')).toEqual(['CA', 'C1']);
    expect(pick('C19Z')).toEqual(['CD', 'C2']);
    expect(pick('C26A')).toEqual(['CI', 'C3']);
    expect(pick('C27B')).toEqual(['CJ', 'C3']);
    expect(pick('C28D')).toEqual(['CK', 'C3']);
    expect(pick('C30C')).toEqual(['CL', 'C4']);
    expect(pick('C21Z')).toEqual(['CF', 'C5']);
    expect(pick('C32C')).toEqual(['CM', 'C5']);
    expect(pick('A01Z')).toEqual(['AZ', 'AZ']);
    expect(pick('B06Z')).toEqual(['BZ', 'DE']);
    expect(pick('D35A')).toEqual(['DZ', 'DE']);
    expect(pick('E38Z')).toEqual(['EZ', 'DE']);
    expect(pick('J58Z')).toEqual(['JA', 'JZ']);
    expect(pick('M71Z')).toEqual(['MA', 'MN']);
    expect(pick('R91Z')).toEqual(['RZ', 'RU']);
    expect(pick('S96Z')).toEqual(['SZ', 'RU']);
  });

  it('keeps DGDDI’s current labels, in file order', () => {
    expect([...products.keys()].slice(0, 3)).toEqual(['A01Z', 'A02Z', 'A03Z']);
    expect(products.get('C26G')?.label).toBe('Matériels optique et photographique ; supports magnétiques et optiques');
    expect(products.get('D35A')?.label).toBe('Électricité');
  });

  it('uses the groups AZ, DE, C1…C5, JZ, MN and RU', () => {
    expect(new Set([...products.values()].map((p) => p.a17))).toEqual(
      new Set(['AZ', 'DE', 'C1', 'C2', 'C3', 'C4', 'C5', 'JZ', 'MN', 'RU']),
    );
  });
});

describe('a17Groups', () => {
  it('has the 17 INSEE groups with official and short French labels', () => {
    const groups = a17Groups();
    expect([...groups.keys()]).toEqual([
      'AZ',
      'DE',
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
      'FZ',
      'GZ',
      'HZ',
      'IZ',
      'JZ',
      'KZ',
      'LZ',
      'MN',
      'OQ',
      'RU',
    ]);
    expect(groups.get('C3')?.label).toBe(
      "Fabrication d'équipements électriques, électroniques, informatiques ; fabrication de machines",
    );
    expect(groups.get('DE')?.label).toBe('Industries extractives, énergie, eau, gestion des déchets et dépollution');
    for (const g of groups.values()) {
      expect(g.shortLabel.length).toBeGreaterThan(0);
      expect(g.shortLabel.length).toBeLessThanOrEqual(50);
      expect(g.label).not.toMatch(/\s{2}|^\s|\s$/);
    }
  });
});

describe('cpf4Products', () => {
  const cpf4 = cpf4Products();
  const a129 = a129Products();

  it('has the 576 CPF4 codes with Latin-1 labels decoded', () => {
    expect(cpf4.size).toBe(576);
    expect(cpf4.get('0111')).toEqual({
      code: '0111',
      label: "Céréales (à l'exclusion du riz), légumineuses et oléagineux",
      a129: 'A01Z',
    });
    expect(cpf4.get('4633')?.label).toBe(
      'Commerce de gros de produits laitiers, œufs, huiles et matières grasses comestibles',
    );
  });

  it('maps CPF4 codes to the A129 of the same NAF class', () => {
    expect(cpf4.get('1011')?.a129).toBe('C10A');
    expect(cpf4.get('2910')?.a129).toBe('C29A');
    expect(cpf4.get('2932')?.a129).toBe('C29B');
    expect(cpf4.get('3511')?.a129).toBe('D35A');
  });

  it('maps the division-level codes ending in 00 when the division has one A129', () => {
    expect(cpf4.get('0300')?.a129).toBe('A03Z');
    expect(cpf4.get('3100')?.a129).toBe('C31Z');
    expect(cpf4.get('4700')?.a129).toBe('G47Z');
    expect(cpf4.get('7200')?.a129).toBe('M72Z');
  });

  it('reports the CPF4 codes without A129 (kept, with an empty A129)', () => {
    // 4100 "Bâtiments et travaux de construction de bâtiments": NAF division 41 splits into F41A and F41B.
    expect([...cpf4.values()].filter((c) => c.a129 === '').map((c) => c.code)).toEqual(['4100']);
  });

  it('maps every goods CPF4 code (sections A to E) into the 76 DGDDI A129 codes except the few service ones', () => {
    const outside = [...cpf4.values()]
      .filter((c) => c.a129 !== '' && !a129.has(c.a129) && c.code < '4100')
      .map((c) => `${c.code}→${c.a129}`);
    // Support services to mining (B09Z), metal forging and treatment (C25D), repair (C33Z), water and
    // remediation (E36Z, E39Z) are not among DGDDI's goods codes.
    expect(outside).toEqual([
      '0910→B09Z',
      '0990→B09Z',
      '2550→C25D',
      '2561→C25D',
      '2562→C25D',
      '3311→C33Z',
      '3312→C33Z',
      '3313→C33Z',
      '3314→C33Z',
      '3315→C33Z',
      '3316→C33Z',
      '3317→C33Z',
      '3319→C33Z',
      '3320→C33Z',
      '3600→E36Z',
      '3900→E39Z',
    ]);
  });
});
