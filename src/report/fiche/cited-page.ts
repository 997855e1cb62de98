// Where a fiche lives in the site: its path there and, when the settings give the site's address,
// its public address — named by the chart citations, and printed with a QR code on paper.
import { publicAddress } from '../../model/publication.js';
import type { CitedPage } from './chart-block.js';
import type { FicheInput } from './types.js';

export interface FicheAddress {
  /** The page's path in the site ('departements/42-loire.html'). */
  sitePath: string;
  /** Its absolute public address, or null when the settings give no site address. */
  public: string | null;
}

export function ficheAddress(input: Pick<FicheInput, 'main' | 'links' | 'meta'>): FicheAddress {
  const sitePath = input.links.page ?? input.links.fiche(input.main.figures.territory) ?? '';
  return { sitePath, public: publicAddress(input.meta.publication, sitePath) };
}

/** What a fiche's chart citations say of the fiche: the publication, the page's address, the build's date. */
export function citedPage(input: Pick<FicheInput, 'main' | 'links' | 'meta'>): CitedPage {
  const address = ficheAddress(input);
  return {
    publication: input.meta.publication.edition.title,
    address: address.public ?? address.sitePath,
    date: input.meta.generatedAt,
  };
}
