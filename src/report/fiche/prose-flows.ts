// The French prose of the two flow sections (exports and imports), apart from their markup.
import type { TerritoryRef } from '../../figures/types.js';
import { formatMillions, formatShare } from '../../format/fr.js';
import { escapeHtml } from '../html.js';
import { COLON } from './wording.js';

const NBSP = '\u00A0';

export type Direction = 'exports' | 'imports';

export const FLOW = {
  exports: {
    title: 'Exportations',
    id: 'exportations',
    chart: 'flux-exportations' as const,
    total: 'Total des exportations',
    valueOf: 'de la valeur exportée',
    intro: (of: string) =>
      `Pour aller plus loin, le graphique suivant suit les exportations ${of} de produit à pays${NBSP}: quel bien part vers quelle destination. Il retient les dix premiers produits exportés et les dix premiers pays clients${NBSP}; les autres sont regroupés dans «${NBSP}Autres produits${NBSP}» et «${NBSP}Autres pays${NBSP}». Les cinq flux les plus importants d’un produit vers un pays sont tracés en rouge.`,
    key: `à gauche figurent les principaux biens exportés, à droite les pays de destination${NBSP}; l’épaisseur de chaque flux est proportionnelle à sa valeur.`,
    compare: 'exportations',
  },
  imports: {
    title: 'Importations',
    id: 'importations',
    chart: 'flux-importations' as const,
    total: 'Total des importations',
    valueOf: 'de la valeur importée',
    intro: (of: string) =>
      `De la même façon, le graphique suivant suit les importations ${of} de pays à produit${NBSP}: quel pays fournit quel bien. Il retient les dix premiers pays fournisseurs et les dix premiers produits importés${NBSP}; les autres sont regroupés dans «${NBSP}Autres pays${NBSP}» et «${NBSP}Autres produits${NBSP}». Les cinq flux les plus importants d’une origine vers un produit sont tracés en rouge.`,
    key: `à gauche figurent les principaux pays d’origine, à droite les biens importés${NBSP}; l’épaisseur de chaque flux est proportionnelle à sa valeur.`,
    compare: 'importations',
  },
};

/** 'Total des exportations : 4 192,1 millions d'euros'. */
export function totalLine(direction: Direction, totalEur: number): string {
  return `${FLOW[direction].total}${COLON} ${formatMillions(totalEur)} millions d’euros`;
}

export const KEY_LEAD = `<strong>Clé de lecture${COLON}</strong> `;

/** The comparison's heading: which of the région and France the flows are compared with. */
export function comparisonHeading(kinds: TerritoryRef['kind'][]): string {
  return `Comparaison avec ${kinds.length > 1 ? 'la région et la France' : kinds[0] === 'france' ? 'la France' : 'la région'}`;
}

/** 'de la France entière', 'de la région Auvergne-Rhône-Alpes' (name already escaped). */
export function comparedName(kind: TerritoryRef['kind'], escapedName: string): string {
  return kind === 'france' ? 'de la France entière' : `de la région ${escapedName}`;
}

export function comparisonLead(direction: Direction, of: string, names: string[]): string {
  return `La structure des ${FLOW[direction].compare} ${of} peut être rapprochée de celle ${names.join(' et de celle ')}${NBSP}:`;
}

export const FULL_FICHE = `Fiche complète${COLON} `;

/** The share of the région (name already escaped), as HTML with the figure in bold. */
export function regionShareText(direction: Direction, share: number, regionName: string): string {
  const w = FLOW[direction];
  return share === 1
    ? `soit la totalité ${w.valueOf} par la région ${regionName}, dont c’est le seul département`
    : `soit <strong>${escapeHtml(formatShare(share))}</strong> ${w.valueOf} par la région ${regionName}`;
}

export function franceShareText(direction: Direction, share: number): string {
  return `soit <strong>${escapeHtml(formatShare(share))}</strong> ${FLOW[direction].valueOf} au niveau national`;
}
