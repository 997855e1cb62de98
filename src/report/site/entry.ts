// Figures → SiteEntry.
import type { Figures } from '../../figures/types.js';
import type { SiteEntry } from './types.js';

/** The index page's entry for one territory; `href` is the fiche's path relative to out/. */
export function siteEntryFromFigures(figures: Figures, href: string): SiteEntry {
  return {
    territory: { ...figures.territory },
    href,
    region: figures.region ? { ...figures.region } : null,
    territoires_industrie: [...figures.territoires_industrie],
    indicators: Object.fromEntries(Object.entries(figures.indicators).map(([key, v]) => [key, v.value])),
    specialisation: figures.specialisation.exports.map(({ code, name, index }) => ({ code, name, index })),
  };
}
