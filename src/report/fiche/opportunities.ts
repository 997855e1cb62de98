// The « Pistes d'action » section: the specification's three responses to the 2025 tariff tensions
// (diversifier ses débouchés, sécuriser ses approvisionnements, saisir de nouvelles opportunités),
// each a table, a sentence true to the printed numbers, a reading key; then the limits.
import type { ChartOutput } from '../../charts/types.js';
import type { Figures } from '../../figures/types.js';
import type { SupplierLead } from '../../figures/opportunities/suppliers.js';
import { formatShare, NBSP } from '../../format/fr.js';
import { joinHtml, tag } from '../html.js';
import { headedSection, p } from './html.js';
import { renderChartBlock, type CitedPage } from './chart-block.js';
import type { PositionTableKey } from './position.js';
import { csvLink, visibleTable } from './visible-table.js';
import { renderOpportunityCharts, SUPPLIERS_SHOWN, type OpportunityCharts } from './opportunity-charts.js';
import { supplierCountryName } from './opportunity-tables.js';
import { chartSource } from './prose.js';
import { COLON, yearOrWindow } from './wording.js';
import {
  complexitySentence,
  largestGap,
  marketsSentence,
  relatedSentence,
  suppliersSentence,
} from './opportunity-sentences.js';
import { renderPaperLeads } from './opportunities-paper.js';

type Subject = Pick<Figures, 'territory' | 'opportunities' | 'complexity' | 'dependencies' | 'year' | 'period'>;

/** A block's chart in the page, its data table and CSV link (the CSV holds every lead). */
function chartBlock(chart: ChartOutput, key: PositionTableKey, csvHref: string, page?: CitedPage): string {
  return renderChartBlock(chart, { id: `graphique-${key}`, csvHref, page });
}

function marketsBlock(f: Subject, chart: ChartOutput | undefined, csvHref: string, page?: CitedPage): string[] {
  const markets = f.opportunities?.markets;
  if (!markets) return [];
  const parts = [tag('h3', {}, 'Diversifier ses débouchés')];
  const best = largestGap(markets);
  if (!best)
    return [...parts, p('Aucun pays n’achète moins que la moyenne française des principales activités exportées.')];
  parts.push(p(marketsSentence(f, best.lead, best.country)));
  if (chart) parts.push(chartBlock(chart, 'pistes-debouches', csvHref, page));
  parts.push(
    p(
      `<strong>Clé de lecture${COLON}</strong> pour chacune des cinq premières activités exportées, le pays retenu est celui où l’écart est le plus grand, et l’écart est ce que le territoire vendrait en plus s’il y plaçait sa part moyenne des exportations françaises de l’activité (toutes les paires dans le CSV).`,
      'key',
    ),
  );
  return parts;
}

function suppliersTable(f: Subject, shown: readonly SupplierLead[], withChart: boolean): string {
  const others = (s: SupplierLead) =>
    s.alternatives.map((a) => `${a.country_name} (${formatShare(a.share_of_france_imports)})`).join(', ');
  const caption = `Autres fournisseurs de la France, ${yearOrWindow(f)}`;
  if (withChart)
    return visibleTable(
      caption,
      ['Activité', 'Autres fournisseurs de la France'],
      shown.map((s) => [s.name, others(s)]),
      [false, false],
    );
  return visibleTable(
    `Dépendances et autres fournisseurs de la France, ${yearOrWindow(f)}`,
    ['Activité', 'Pays', 'Part', 'Part (France)', 'Autres fournisseurs de la France'],
    shown.map((s) => [
      s.name,
      supplierCountryName(f, s.product, s.country),
      formatShare(s.share),
      formatShare(s.france_share_from_country),
      others(s),
    ]),
    [false, false, true, true, false],
  );
}

function suppliersBlock(f: Subject, chart: ChartOutput | undefined, csvHref: string, page?: CitedPage): string[] {
  const leads = f.opportunities?.suppliers ?? [];
  const parts = [tag('h3', {}, 'Sécuriser ses approvisionnements')];
  if (leads.length === 0)
    return [...parts, p('Aucune activité ne tire la moitié ou plus de ses importations d’un seul pays.')];
  const shown = leads.slice(0, SUPPLIERS_SHOWN);
  parts.push(p(suppliersSentence(f, shown[0]!)));
  if (chart) parts.push(chartBlock(chart, 'pistes-approvisionnements', csvHref, page));
  parts.push(
    suppliersTable(f, shown, chart !== undefined),
    p(
      `<strong>Clé de lecture${COLON}</strong> la France entière dépend souvent moins du même pays${NBSP}; ses autres fournisseurs, avec leur part des importations françaises de l’activité, sont des pistes pour diversifier les achats.`,
      'key',
    ),
  );
  if (!chart) parts.push(csvLink(csvHref, false));
  return parts;
}

function relatedBlock(f: Subject, chart: ChartOutput | undefined, csvHref: string, page?: CitedPage): string[] {
  const related = f.opportunities?.related;
  if (!related) return [];
  const parts = [tag('h3', {}, 'Saisir de nouvelles opportunités')];
  if (related.length === 0) return [...parts, p(`Aucune activité proche n’a pu être mesurée.${complexitySentence(f)}`)];
  parts.push(p(relatedSentence(f, related[0]!)));
  if (chart) parts.push(chartBlock(chart, 'pistes-activites', csvHref, page));
  parts.push(
    p(
      `<strong>Clé de lecture${COLON}</strong> la densité (ω, de 0 à 1) mesure la part des activités voisines, celles que les départements exportent souvent ensemble, que le territoire exporte déjà avec avantage (indice ≥ 1)${NBSP}; l’avantage actuel est cet indice pour l’activité elle-même.`,
      'key',
    ),
  );
  return parts;
}

export const OPPORTUNITY_LIMITS: readonly (readonly [string, string])[] = [
  [
    'Lieu de dédouanement.',
    'Les douanes rattachent un échange au département de l’entreprise qui le déclare, pas toujours à celui où le bien est produit ou consommé.',
  ],
  [
    'Une piste statistique.',
    'Ces écarts et proximités signalent où regarder, non ce qu’il faut faire : ils ignorent les prix, les normes, les droits de douane, les capacités des entreprises et la demande réelle.',
  ],
  [
    'Densité et complexité.',
    `La densité ω dit combien un territoire exporte déjà les activités qui vont souvent avec celle-ci, pas qu’il réussirait à l’exporter. L’ECI classe les départements par la diversité et la rareté de leurs exportations avantagées (Hidalgo et Hausmann, 2009)${NBSP}; il ne mesure ni la richesse ni la productivité.`,
  ],
];

/** On paper, where the web page has the section: where it is printed instead. */
export const PAPER_LEADS_POINTER = p(
  `Les pistes d’action tirées de ces constats (débouchés à diversifier, approvisionnements à sécuriser, activités proches) sont imprimées après les flux d’échanges, en fin de fiche.`,
  'note',
);

/**
 * The section; `charts` are the blocks' charts rendered once with the territory's (by default
 * rendered here). On paper, each block's sentence and a small table; the charts stay on the web version.
 */
export function renderOpportunitiesSection(
  f: Subject & Pick<Figures, 'demo' | 'partial_year' | 'quarters'>,
  csvHref: (key: PositionTableKey) => string,
  print = false,
  charts: OpportunityCharts = print ? {} : renderOpportunityCharts(f, chartSource(f)),
  page?: CitedPage,
): string {
  if (!f.opportunities) return '';
  const parts = [
    p(
      `Le contexte de 2025 invite les entreprises à diversifier leurs partenaires, sécuriser leurs approvisionnements et saisir de nouvelles opportunités de développement. Cette partie donne, pour chacun, des pistes tirées des seules données douanières.`,
    ),
    // Paper: each block's sentence and a small table, one paragraph of key and limits (opportunities-paper.ts).
    ...(print
      ? renderPaperLeads(f)
      : [
          ...marketsBlock(f, charts['pistes-debouches'], csvHref('pistes-debouches'), page),
          ...suppliersBlock(f, charts['pistes-approvisionnements'], csvHref('pistes-approvisionnements'), page),
          ...relatedBlock(f, charts['pistes-activites'], csvHref('pistes-activites'), page),
        ]),
    ...(print
      ? []
      : [
          tag('h3', {}, 'Méthode et limites'),
          p(
            `Débouchés${COLON} pour les cinq premières activités exportées, part du territoire dans les exportations françaises de l’activité, appliquée aux exportations françaises vers chaque pays. Approvisionnements${COLON} activités importées pour moitié ou plus d’un seul pays, comparées aux importations de la France. Activités proches${COLON} espace des produits des départements (Hidalgo et al., 2007). Les formules figurent dans la documentation des indicateurs.`,
          ),
          tag(
            'ul',
            { class: 'limits' },
            '\n',
            OPPORTUNITY_LIMITS.map(([title, text]) => tag('li', {}, `<strong>${title}</strong> ${text}`)).join('\n'),
            '\n',
          ),
        ]),
  ];
  return headedSection(
    'pistes',
    'Pistes d’action',
    'major',
    joinHtml(
      parts.filter((x) => x !== ''),
      '\n',
    ),
    '\n',
  );
}
