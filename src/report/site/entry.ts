// Figures → SiteEntry.
import type { Figures } from '../../figures/types.js';
import type { SiteEntry } from './types.js';

/** Share of the exports going to the United States; null when the territory exports nothing. */
export function usShareOfExports(figures: Figures): number | null {
  const total = figures.exports.total_eur;
  return total > 0 ? figures.exports_to_us_eur / total : null;
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
    exports_change: figures.exports.change_rate,
    imports_change: figures.imports.change_rate,
    exports_rank: figures.rank?.exports.in_france ?? null,
    export_partners_equivalent: figures.concentration?.exports.equivalent_partners ?? null,
    specialisation: (figures.specialisation?.exports ?? []).map(({ code, name, index }) => ({ code, name, index })),
  };
}
