// The « Pistes d'action » tables written as CSV beside the fiche: every lead the figures hold.
import type { ChartTable } from '../../charts/types.js';
import type { Opportunities } from '../../figures/opportunities/opportunities.js';
import type { Figures } from '../../figures/types.js';
import type { PositionTableKey } from './position.js';

export function marketsTable(o: Opportunities): ChartTable | null {
  if (!o.markets) return null;
  return {
    caption: 'Diversifier ses débouchés : pays où les ventes sont en deçà de la moyenne française, en euros',
    columns: [
      'Activité',
      'Code A129',
      'Pays',
      'Code pays',
      'Exportations françaises vers ce pays (euros)',
      'Exportations du territoire vers ce pays (euros)',
      'Exportations attendues (euros)',
      'Écart (euros)',
    ],
    kinds: ['text', 'code', 'text', 'code', 'euros', 'euros', 'euros', 'euros'],
    rows: o.markets.flatMap((m) =>
      m.countries.map((c) => [
        m.name,
        m.product,
        c.country_name,
        c.country,
        c.france_exports_eur,
        c.exports_eur,
        c.expected_eur,
        c.gap_eur,
      ]),
    ),
  };
}

/** The name of a dependency's country, from the position's dependencies (the lead keeps its code). */
export function supplierCountryName(f: Pick<Figures, 'dependencies'>, product: string, country: string): string {
  return f.dependencies.imports.find((d) => d.product === product && d.country === country)?.country_name ?? country;
}

export function suppliersTable(o: Opportunities, f: Pick<Figures, 'dependencies'>): ChartTable {
  return {
    caption: 'Sécuriser ses approvisionnements : la dépendance, celle de la France et ses autres fournisseurs',
    columns: [
      'Activité',
      'Code A129',
      'Pays dont dépend le territoire',
      'Part du pays (territoire)',
      'Part du pays (France)',
      'Autre fournisseur de la France',
      'Importations françaises depuis ce fournisseur (euros)',
      'Part de ce fournisseur (France)',
    ],
    kinds: ['text', 'code', 'text', 'share', 'share', 'text', 'euros', 'share'],
    rows: o.suppliers.flatMap((s) => {
      const lead = [
        s.name,
        s.product,
        supplierCountryName(f, s.product, s.country),
        s.share,
        s.france_share_from_country,
      ];
      if (s.alternatives.length === 0) return [[...lead, '', '', '']];
      return s.alternatives.map((a) => [...lead, a.country_name, a.france_imports_eur, a.share_of_france_imports]);
    }),
  };
}

export function relatedTable(o: Opportunities): ChartTable | null {
  if (!o.related) return null;
  return {
    caption: 'Saisir de nouvelles opportunités : activités proches de celles déjà exportées avec avantage',
    columns: [
      'Activité',
      'Code A129',
      'Densité (0 à 1)',
      'Avantage comparatif révélé',
      'Complexité du produit (PCI)',
      'Exportations françaises (euros)',
    ],
    kinds: ['text', 'code', 'number', 'number', 'number', 'euros'],
    rows: o.related.map((r) => [r.name, r.product, r.density, r.rca, r.pci ?? '', r.france_exports_eur]),
  };
}

/** The section's CSV tables, by key (none when the figures carry no opportunities). */
export function opportunityTables(
  f: Pick<Figures, 'opportunities' | 'dependencies'>,
): Partial<Record<PositionTableKey, ChartTable>> {
  const o = f.opportunities;
  if (!o) return {};
  const markets = marketsTable(o);
  const related = relatedTable(o);
  return {
    ...(markets ? { 'pistes-debouches': markets } : {}),
    'pistes-approvisionnements': suppliersTable(o, f),
    ...(related ? { 'pistes-activites': related } : {}),
  };
}
