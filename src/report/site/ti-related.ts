// The « Pistes d'action » of a Territoire d'industrie's page: for each of its départements (the
// Douanes publish nothing below), the activities closest to those it already exports with an
// advantage, and its economic complexity. Definitions: docs/indicateurs.md.
import type { Figures } from '../../figures/types.js';
import { formatNumber, formatOrdinal, NBSP } from '../../format/fr.js';
import { escapeHtml as esc, tag } from '../html.js';

/** Related activities named on the page, per département. */
export const TI_RELATED_SHOWN = 3;

/** A paragraph on the département's related activities and ECI, or '' when it has none. */
export function tiRelatedParagraph(f: Pick<Figures, 'opportunities' | 'complexity'>): string {
  const related = (f.opportunities?.related ?? []).slice(0, TI_RELATED_SHOWN);
  const c = f.complexity;
  if (related.length === 0 && !c) return '';
  const list = related.map((r) => `${r.name} (densité ${formatNumber(r.density, 2)})`).join(', ');
  const sentences = [
    ...(related.length > 0
      ? [
          `Activités proches de celles que le département exporte déjà avec avantage, où il n’est pas encore spécialisé${NBSP}: ${list}.`,
        ]
      : []),
    ...(c
      ? [
          `Complexité économique (ECI) du département${NBSP}: ${formatNumber(c.eci, 2)}, ${formatOrdinal(c.rank_in_france)} des ${c.of_france} départements.`,
        ]
      : []),
  ];
  return tag('p', { class: 'ti-pistes' }, esc(sentences.join(' ')));
}
