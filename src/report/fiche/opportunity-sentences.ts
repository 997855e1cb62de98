// The « Pistes d'action » sentences, each true to the numbers printed with it: the same words on
// the web page and on paper (opportunities.ts, opportunities-paper.ts).
import type { Figures } from '../../figures/types.js';
import type { MarketCountry, MarketLead } from '../../figures/opportunities/markets.js';
import type { RelatedActivity } from '../../figures/opportunities/related.js';
import type { SupplierLead } from '../../figures/opportunities/suppliers.js';
import { formatMEur, formatNumber, formatOrdinal, formatShare, NBSP, printedDifference } from '../../format/fr.js';
import { escapeHtml } from '../html.js';
import { supplierCountryName } from './opportunity-tables.js';
import { COLON, isPluralName, laterSubject, nameInSentence, subjectName } from './wording.js';

export type SentenceSubject = Pick<Figures, 'territory' | 'complexity' | 'dependencies'>;

export const M = (eur: number) => formatMEur(eur);
export const quoted = (name: string) => `«${NBSP}${escapeHtml(name)}${NBSP}»`;

/** The activity-country pair with the largest gap, or null. */
export function largestGap(markets: readonly MarketLead[]): { lead: MarketLead; country: MarketCountry } | null {
  let best: { lead: MarketLead; country: MarketCountry } | null = null;
  for (const lead of markets)
    for (const country of lead.countries)
      if (country.gap_eur > 0 && (!best || country.gap_eur > best.country.gap_eur)) best = { lead, country };
  return best;
}

/** The gap as printed: the difference of the two amounts printed in M€ (one decimal). */
export function printedGap(c: MarketCountry): number {
  return printedDifference(c.expected_eur / 1e6, c.exports_eur / 1e6, 1) * 1e6;
}

/** The markets sentence; the gap printed is the difference of the two printed amounts. */
export function marketsSentence(f: SentenceSubject, lead: MarketLead, c: MarketCountry): string {
  const plural = isPluralName(f.territory);
  const gap = printedGap(c);
  return (
    `Plus grand écart${COLON} ${quoted(lead.name)}, ${escapeHtml(c.country_name)}. ` +
    `Si ${nameInSentence(f.territory)} y ${plural ? 'vendaient' : 'vendait'} sa part des exportations françaises de cette activité (${formatShare(lead.share_of_france)}), ` +
    `${laterSubject(f.territory)} y ${plural ? 'vendraient' : 'vendrait'} ${M(gap)} de plus (${M(c.expected_eur)} au lieu de ${M(c.exports_eur)}).`
  );
}

/** The first dependency, France's own share from the same country (not for France), its other suppliers. */
export function suppliersSentence(f: SentenceSubject, first: SupplierLead): string {
  const others = first.alternatives.map(
    (a) => `${escapeHtml(a.country_name)} (${formatShare(a.share_of_france_imports)})`,
  );
  const own =
    f.territory.kind === 'france'
      ? ''
      : `, contre ${formatShare(first.france_share_from_country)} pour la France entière auprès du même pays`;
  return (
    `${subjectName(f.territory)} ${isPluralName(f.territory) ? 'achètent' : 'achète'} ${formatShare(first.share)} de ses importations de ${quoted(first.name)} à un seul pays (${escapeHtml(supplierCountryName(f, first.product, first.country))})${own}.` +
    (others.length > 0 ? ` Les autres fournisseurs de la France pour cette activité${COLON} ${others.join(', ')}.` : '')
  );
}

/** The ECI and its rank among départements, after a space; '' without complexity. */
export function complexitySentence(f: SentenceSubject): string {
  const c = f.complexity;
  if (!c) return '';
  return ` Son indice de complexité économique (ECI) vaut ${formatNumber(c.eci, 2)}${NBSP}: ${formatOrdinal(c.rank_in_france)} des ${c.of_france} départements, pour ${c.diversity} activités exportées avec avantage.`;
}

/** The closest activity not yet exported with an advantage, then the ECI. */
export function relatedSentence(f: SentenceSubject, first: RelatedActivity): string {
  return `Parmi les activités où le territoire n’est pas encore spécialisé, ${quoted(first.name)} est la plus proche de celles qu’il exporte déjà (densité ${formatNumber(first.density, 2)} sur 1).${complexitySentence(f)}`;
}
