// Figures → SiteEntry.
import type { Figures } from '../../figures/types.js';
import type { SiteEntry } from './types.js';

export const UNITED_STATES = 'US';

/**
 * Share of the exports going to the United States. Figures only keep the top partners (the union
 * of the ten largest at export and at import), so the value is known when the United States is
 * among them; otherwise it is below the smallest listed partner's share and is reported as null
 * ("non disponible") rather than guessed. Null also when the territory exports nothing.
 */
export function usShareOfExports(figures: Figures): number | null {
  const total = figures.exports.total_eur;
  if (!(total > 0)) return null;
  const us = figures.partners.find((p) => p.country === UNITED_STATES);
  if (us) return us.exports_eur / total;
  // The export flow matrix keeps the same top countries, but look there too in case the partner
  // list was cut differently.
  const node = figures.flows.exports.targets.find((n) => n.code === UNITED_STATES);
  return node ? node.value_eur / total : null;
}

/** The index page's entry for one territory; `href` is the fiche's path relative to out/. */
export function siteEntryFromFigures(figures: Figures, href: string): SiteEntry {
  return {
    territory: { ...figures.territory },
    href,
    region: figures.region ? { ...figures.region } : null,
    exports_eur: figures.exports.total_eur,
    imports_eur: figures.imports.total_eur,
    balance_eur: figures.balance_eur,
    us_share_of_exports: usShareOfExports(figures),
    territoires_industrie: [...figures.territoires_industrie],
  };
}
