// The « Pistes d'action » section: its three blocks by kind of territory, sentences true to the
// amounts printed with them, CSV tables of every lead.
import { describe, expect, it } from 'vitest';
import type { Opportunities } from '../../../src/figures/opportunities/opportunities.js';
import { renderOpportunitiesSection } from '../../../src/report/fiche/opportunities.js';
import { opportunityTables } from '../../../src/report/fiche/opportunity-tables.js';
import { ficheContradictions, opportunityClaims, visibleLines } from '../../helpers/fiche-claims.js';
import { makeFigures } from '../../helpers/figures.js';

const leads: Opportunities = {
  markets: [
    {
      product: 'C24A',
      name: 'Produits sidérurgiques',
      exports_eur: 500e6,
      share_of_france: 0.06,
      countries: [
        // Printed 110,1 and 19,5 M€: the sentence must say 90,6, not the raw gap's 90,5.
        {
          country: 'IT',
          country_name: 'Italie',
          france_exports_eur: 1834e6,
          exports_eur: 19.54e6,
          expected_eur: 110.06e6,
          gap_eur: 90.52e6,
        },
        {
          country: 'JP',
          country_name: 'Japon',
          france_exports_eur: 300e6,
          exports_eur: 3e6,
          expected_eur: 18e6,
          gap_eur: 15e6,
        },
      ],
    },
  ],
  suppliers: [
    {
      product: 'C28B',
      name: 'Machines agricoles',
      country: 'DE',
      share: 0.877,
      france_share_from_country: 0.163,
      alternatives: [
        { country: 'ES', country_name: 'Espagne', france_imports_eur: 90e6, share_of_france_imports: 0.111 },
      ],
    },
  ],
  related: [
    { product: 'C24C', name: 'Produits de fonderie', density: 0.43, rca: 0.06, pci: 0.5, france_exports_eur: 1086.7e6 },
  ],
};
const dependencies = {
  imports: [
    {
      product: 'C28B',
      name: 'Machines agricoles',
      country: 'DE',
      country_name: 'Allemagne',
      share: 0.877,
      value_eur: 5e6,
    },
  ],
};
const complexity = { eci: -1.06, rank_in_france: 84, of_france: 101, diversity: 11 };
const href = (key: string) => `42-loire-${key}.csv`;

function section(kind: 'departement' | 'region' | 'france', o: Opportunities = leads, print = false): string {
  const territory =
    kind === 'departement'
      ? { kind, code: '42', name: 'Loire', slug: '42-loire' }
      : kind === 'region'
        ? { kind, code: '84', name: 'Auvergne-Rhône-Alpes', slug: '84-auvergne-rhone-alpes' }
        : { kind, code: 'FR', name: 'France', slug: 'france' };
  const f = makeFigures({
    territory,
    opportunities: o,
    complexity: kind === 'departement' ? complexity : null,
    dependencies: { ...makeFigures().dependencies, ...dependencies },
  } as Parameters<typeof makeFigures>[0]);
  return renderOpportunitiesSection(f, href, print);
}

describe('section « Pistes d’action »', () => {
  it('un département a les trois blocs, des phrases fidèles aux montants imprimés et ses limites', () => {
    const html = section('departement');
    for (const h of [
      'Diversifier ses débouchés',
      'Sécuriser ses approvisionnements',
      'Saisir de nouvelles opportunités',
    ])
      expect(html).toContain(`<h3>${h}</h3>`);
    const text = visibleLines(html).join('\n');
    expect(text).toContain('90,6 M€ de plus (110,1 M€ au lieu de 19,5 M€)');
    // Not « Si Elle y vendait » (a capitalised pronoun with no antecedent).
    expect(text).toContain(
      'Si la Loire (42) y vendait sa part des exportations françaises de cette activité (6,0 %), elle y vendrait',
    );
    expect(text).toContain('(Allemagne)');
    expect(text).toContain('84e des 101 départements');
    expect(text).toMatch(/Lieu de dédouanement[\s\S]*piste statistique[\s\S]*ne mesure ni la richesse/);
    expect(ficheContradictions(html, true)).toEqual([]);
    for (const key of ['pistes-debouches', 'pistes-approvisionnements', 'pistes-activites']) {
      expect(html).toContain(href(key));
      // Each block's chart: its figure, wide and narrow SVGs, data table.
      expect(html).toContain(`<figure class="chart-block" id="graphique-${key}"`);
    }
    expect(html.match(/class="chart chart-leads /g)).toHaveLength(6);
    expect(html).toContain('Voir les données du graphique');
  });

  it('sur papier, chaque bloc a sa phrase et un petit tableau, sans graphique ; la version web est nommée', () => {
    const html = section('departement', leads, true);
    expect(html).not.toContain('<svg');
    for (const h of [
      'Diversifier ses débouchés',
      'Sécuriser ses approvisionnements',
      'Saisir de nouvelles opportunités',
    ])
      expect(html).toContain(`<h3>${h}</h3>`);
    const text = visibleLines(html).join('\n');
    // The table's gap is the difference of its two printed amounts, as in the sentence.
    expect(text).toContain('Produits sidérurgiques | Italie | 19,5 M€ | 110,1 M€ | 90,6 M€ |');
    expect(text).toContain('Machines agricoles | Allemagne | 87,7 % | 16,3 % | Espagne (11,1 %) |');
    expect(text).toContain('Produits de fonderie | 0,43 | 0,06 |');
    expect(text).toContain('84e des 101 départements');
    expect(text).toMatch(/Clé de lecture[\s\S]*Limites[\s\S]*version web de cette fiche/);
    expect(ficheContradictions(html, true)).toEqual([]);
  });

  it('sur papier, une région n’a pas d’activités proches, la France ni débouchés ni part « France » à côté de la sienne', () => {
    const region = section('region', { ...leads, related: null }, true);
    expect(region).toContain('Diversifier ses débouchés');
    expect(region).not.toContain('Saisir de nouvelles opportunités');
    expect(region).not.toContain('densité');
    const france = section('france', { ...leads, markets: null, related: null }, true);
    expect(france).not.toContain('Diversifier ses débouchés');
    expect(france).not.toContain('l’écart est');
    expect(france).toContain('Sécuriser ses approvisionnements');
    expect(france).not.toContain('Part (France)');
    expect(visibleLines(france).join('\n')).toContain('Machines agricoles | Allemagne | 87,7 % | Espagne (11,1 %) |');
  });

  it('une région n’a pas d’activités proches, la France ni débouchés ni activités proches', () => {
    const region = section('region', { ...leads, related: null });
    expect(region).toContain('Diversifier ses débouchés');
    expect(region).not.toContain('Saisir de nouvelles opportunités');
    const france = section('france', { ...leads, markets: null, related: null });
    expect(france).not.toContain('Diversifier ses débouchés');
    expect(france).toContain('Sécuriser ses approvisionnements');
    expect(france).not.toContain('pour la France entière');
    // France's dependency is its own: a table, no chart set beside itself.
    expect(france).not.toContain('graphique-pistes-approvisionnements');
    expect(france).toContain('Part (France)');
  });

  it('sans pistes calculées, pas de section', () => {
    expect(renderOpportunitiesSection(makeFigures(), href)).toBe('');
  });

  it('les vérifications relèvent un écart, une densité ou un rang faux', () => {
    expect(opportunityClaims('elle y vendrait 90,5 M€ de plus (110,1 M€ au lieu de 19,5 M€).')).toHaveLength(1);
    expect(opportunityClaims('elle y vendrait 90,6 M€ de plus (110,1 M€ au lieu de 19,5 M€).')).toEqual([]);
    expect(opportunityClaims('(densité 1,20 sur 1)')).toHaveLength(1);
    expect(opportunityClaims(': 102e des 101 départements')).toHaveLength(1);
    const dependency = (x: string, own: string, others: string) =>
      `La Loire (42) achète ${x} % de ses importations de « Machines » à un seul pays (Allemagne), contre ${own} % pour la France entière auprès du même pays. Les autres fournisseurs de la France pour cette activité : ${others}.`;
    expect(opportunityClaims(dependency('87,7', '16,3', 'Espagne (11,1 %), Italie (9,0 %)'))).toEqual([]);
    expect(opportunityClaims(dependency('47,7', '16,3', 'Espagne (11,1 %)'))).toHaveLength(1);
    expect(opportunityClaims(dependency('87,7', '16,3', 'Espagne (11,1 %), Italie (19,0 %)'))).toHaveLength(1);
    expect(opportunityClaims(dependency('87,7', '56,3', 'Espagne (31,1 %), Italie (19,0 %)'))).toHaveLength(1);
  });

  it('les CSV gardent toutes les paires activité × pays', () => {
    const f = makeFigures({
      opportunities: leads,
      dependencies: { ...makeFigures().dependencies, ...dependencies },
    } as Parameters<typeof makeFigures>[0]);
    const tables = opportunityTables(f);
    expect(tables['pistes-debouches']!.rows).toHaveLength(2);
    expect(tables['pistes-approvisionnements']!.rows[0]!.slice(2, 4)).toEqual(['Allemagne', 0.877]);
    expect(tables['pistes-activites']!.rows[0]![0]).toBe('Produits de fonderie');
  });
});
