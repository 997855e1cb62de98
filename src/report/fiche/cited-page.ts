// What a fiche's chart citations say of the fiche: the publication, the page's address (public
// when the settings give the site's address, else its path in the site), the build's date.
import { publicAddress } from '../../model/publication.js';
import type { CitedPage } from './chart-block.js';
import type { FicheInput } from './types.js';

export function citedPage(input: Pick<FicheInput, 'main' | 'links' | 'meta'>): CitedPage {
  const publication = input.meta.publication;
  const sitePath = input.links.page ?? input.links.fiche(input.main.figures.territory) ?? '';
  return {
    publication: publication.edition.title,
    address: publicAddress(publication, sitePath) ?? sitePath,
    date: input.meta.generatedAt,
  };
}
