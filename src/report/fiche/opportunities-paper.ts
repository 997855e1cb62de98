// The « Pistes d'action » on paper: each block's sentence (the web page's) and a small table of
// what its chart draws, then one paragraph for the reading key and the limits. The charts, every
// lead (CSV) and the method stay on the web version, which the paragraph names.
import type { Figures } from '../../figures/types.js';
import { formatNumber, formatShare, NBSP } from '../../format/fr.js';
import { tag } from '../html.js';
import { p } from './html.js';
import { SUPPLIERS_SHOWN } from './opportunity-charts.js';
import { supplierCountryName } from './opportunity-tables.js';
import {
  complexitySentence,
  largestGap,
  M,
  marketsSentence,
  printedGap,
  relatedSentence,
  suppliersSentence,
} from './opportunity-sentences.js';
import { visibleTable } from './visible-table.js';
import { COLON, yearOrWindow } from './wording.js';

type Subject = Pick<Figures, 'territory' | 'opportunities' | 'complexity' | 'dependencies' | 'year' | 'period'>;

/** Rows per table on paper: the page budget (test/cli/page-budget.e2e.test.ts). */
export const PAPER_MARKETS = 5;
export const PAPER_SUPPLIERS = Math.min(3, SUPPLIERS_SHOWN);
export const PAPER_RELATED = 5;

function markets(f: Subject): string[] {
  const leads = f.opportunities?.markets;
  if (!leads) return [];
  const head = tag('h3', {}, 'Diversifier ses débouchés');
  const best = largestGap(leads);
  if (!best)
    return [head, p('Aucun pays n’achète moins que la moyenne française des principales activités exportées.')];
  const rows = leads.slice(0, PAPER_MARKETS).flatMap((lead) =>
    lead.countries
      .filter((c) => c.gap_eur > 0)
      .slice(0, 1)
      .map((c) => [lead.name, c.country_name, M(c.exports_eur), M(c.expected_eur), M(printedGap(c))]),
  );
  return [
    head,
    p(marketsSentence(f, best.lead, best.country)),
    visibleTable(
      `Pays au plus grand écart pour chaque grande activité exportée, ${yearOrWindow(f)}`,
      ['Activité', 'Pays', 'Ventes', 'À la part moyenne', 'Écart'],
      rows,
      [false, false, true, true, true],
    ),
  ];
}

function suppliers(f: Subject): string[] {
  const leads = f.opportunities?.suppliers ?? [];
  const head = tag('h3', {}, 'Sécuriser ses approvisionnements');
  if (leads.length === 0)
    return [head, p('Aucune activité ne tire la moitié ou plus de ses importations d’un seul pays.')];
  const france = f.territory.kind === 'france';
  const shown = leads.slice(0, PAPER_SUPPLIERS);
  const others = (alternatives: (typeof leads)[number]['alternatives']) =>
    alternatives.map((a) => `${a.country_name} (${formatShare(a.share_of_france_imports)})`).join(', ');
  return [
    head,
    p(suppliersSentence(f, shown[0]!)),
    visibleTable(
      `${france ? 'Dépendances' : 'Premières dépendances'} et autres fournisseurs de la France, ${yearOrWindow(f)}`,
      ['Activité', 'Pays', 'Part', ...(france ? [] : ['Part (France)']), 'Autres fournisseurs de la France'],
      shown.map((s) => [
        s.name,
        supplierCountryName(f, s.product, s.country),
        formatShare(s.share),
        ...(france ? [] : [formatShare(s.france_share_from_country)]),
        others(s.alternatives),
      ]),
      [false, false, true, ...(france ? [] : [true]), false],
    ),
  ];
}

function related(f: Subject): string[] {
  const leads = f.opportunities?.related;
  if (!leads) return [];
  const head = tag('h3', {}, 'Saisir de nouvelles opportunités');
  if (leads.length === 0) return [head, p(`Aucune activité proche n’a pu être mesurée.${complexitySentence(f)}`)];
  return [
    head,
    p(relatedSentence(f, leads[0]!)),
    visibleTable(
      `Activités proches non encore avantagées, ${yearOrWindow(f)}`,
      ['Activité', 'Densité (0 à 1)', 'Avantage actuel'],
      leads.slice(0, PAPER_RELATED).map((r) => [r.name, formatNumber(r.density, 2), formatNumber(r.rca, 2)]),
      [false, true, true],
    ),
  ];
}

/** The reading key and limits in one paragraph, naming only the blocks printed. */
function keyAndLimits(f: Subject): string {
  const o = f.opportunities!;
  const keys = [
    o.markets
      ? 'l’écart est ce que le territoire vendrait en plus au pays s’il y plaçait sa part moyenne des exportations françaises de l’activité'
      : '',
    o.suppliers.length > 0
      ? 'les autres fournisseurs sont ceux de la France entière, avec leur part de ses importations de l’activité'
      : '',
    o.related && o.related.length > 0
      ? 'la densité dit quelle part des activités voisines le territoire exporte déjà avec avantage (indice d’au moins 1), l’avantage actuel étant cet indice pour l’activité elle-même'
      : '',
  ].filter((k) => k !== '');
  return p(
    (keys.length > 0 ? `<strong>Clé de lecture${COLON}</strong> ${keys.join(`${NBSP}; `)}. ` : '') +
      `<strong>Limites${COLON}</strong> ce sont des pistes statistiques, non un plan d’affaires${NBSP}; un échange est rattaché au département de l’entreprise qui le déclare, et ni les prix, ni les normes, ni les droits de douane, ni les capacités des entreprises n’y entrent. ` +
      // France's web page draws no chart of its leads (its dependency is its own).
      (f.territory.kind === 'france'
        ? 'Toutes les pistes calculées (CSV) et leur méthode sont dans la version web de cette fiche.'
        : 'Les graphiques de ces pistes, toutes les pistes calculées (CSV) et leur méthode sont dans la version web de cette fiche.'),
    'key',
  );
}

/** The blocks printed on paper, in the web page's order. */
export function renderPaperLeads(f: Subject): string[] {
  if (!f.opportunities) return [];
  return [...markets(f), ...suppliers(f), ...related(f), keyAndLimits(f)];
}
