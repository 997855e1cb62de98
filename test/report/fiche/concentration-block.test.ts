import { describe, expect, it } from 'vitest';
import type { FlowConcentration } from '../../../src/figures/position/position.js';
import type { TerritoryRef } from '../../../src/model/territory.js';
import { concentrationBlock, concentrationSentence } from '../../../src/report/fiche/concentration-block.js';
import { equivalentCount } from '../../../src/report/fiche/position-prose.js';

const NB = '\u00A0';
const c = (partners: number, products: number): FlowConcentration => ({
  partners_hhi: 1 / partners,
  products_hhi: 1 / products,
  equivalent_partners: partners,
  equivalent_products: products,
});
const loire: TerritoryRef = { kind: 'departement', code: '42', name: 'Loire', slug: '42-loire' };
const ara: TerritoryRef = { kind: 'region', code: '84', name: 'Auvergne-Rhône-Alpes', slug: '84-ara' };
const france: TerritoryRef = { kind: 'france', code: 'FR', name: 'France', slug: 'france' };
const benchmarks = [
  { territory: ara, concentration: { exports: c(17.2, 21), imports: c(15, 19) } },
  { territory: france, concentration: { exports: c(19.6, 30), imports: c(18, 28) } },
];

describe('concentration in words', () => {
  it('speaks of an equivalent number of equal partners and activities', () => {
    expect(concentrationSentence('exports', c(8.3, 12.5))).toBe(
      'Les exportations dépendent autant de leurs partenaires que si elles étaient réparties également entre 8 pays, et autant de leurs produits que si elles étaient partagées également entre 13 activités.',
    );
    expect(concentrationSentence('imports', c(1, 1.2))).toBe(
      'Les importations dépendent de leurs partenaires comme si elles allaient toutes à un seul pays, et de leurs produits comme si elles ne portaient que sur une seule activité.',
    );
    expect(concentrationSentence('exports', c(1234, 2))).toContain(`entre 1${NB}234 pays`);
  });

  it('gives the région’s and France’s values beside the territory’s (issue 21)', () => {
    expect(concentrationSentence('exports', c(13.4, 7.2), benchmarks)).toBe(
      `Les exportations dépendent autant de leurs partenaires que si elles étaient réparties également entre 13 pays (région${NB}: 17, France${NB}: 20), ` +
        `et autant de leurs produits que si elles étaient partagées également entre 7 activités (région${NB}: 21, France${NB}: 30).`,
    );
    const html = concentrationBlock(loire, { exports: c(13.4, 7.2), imports: c(12.6, 9) }, benchmarks).join('\n');
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th>((?:<td[^>]*>[^<]*<\/td>)+)<\/tr>/g)].map((m) => [
      m[1],
      ...[...m[2]!.matchAll(/>([^<]*)<\/td>/g)].map((x) => x[1]),
    ]);
    expect(rows).toEqual([
      ['Ce territoire', '13', '7', '13', '9'],
      ['Région Auvergne-Rhône-Alpes', '17', '21', '15', '19'],
      ['France', '20', '30', '18', '28'],
    ]);
  });

  it('has no table without a benchmark (France’s own fiche)', () => {
    expect(concentrationBlock(france, { exports: c(20, 30), imports: c(18, 28) }, []).join('')).not.toContain('<table');
  });

  it('says when there is nothing to measure', () => {
    expect(
      concentrationSentence('imports', {
        partners_hhi: null,
        products_hhi: null,
        equivalent_partners: null,
        equivalent_products: null,
      }),
    ).toBe(`Les importations sont nulles${NB}: il n’y a pas de concentration à mesurer.`);
    expect(equivalentCount(0.5)).toBe(1);
    expect(equivalentCount(2.5)).toBe(3);
  });
});
