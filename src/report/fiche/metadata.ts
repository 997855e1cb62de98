// What the PDF says about itself (Author, Creator, Subject): territrade and the data's source,
// never the browser that printed it; demo fiches say their data are fictitious here too.
import { DEMO_NOTICE } from '../demo-notice.js';
import type { FicheInput } from './types.js';
import { displayName, yearOrWindow } from './wording.js';

export interface DocumentInfo {
  author: string;
  creator: string;
  subject: string;
  /** The build's date (SOURCE_DATE_EPOCH when set): the PDF's, not the time it was printed. */
  date: Date;
}

export function ficheDocumentInfo(input: FicheInput): DocumentInfo {
  const f = input.main.figures;
  const version = input.meta.toolVersion;
  const period = yearOrWindow(f);
  const source = `DGDDI, statistiques régionales et départementales du commerce extérieur, ${period}`;
  // The publisher named by the settings signs the fiche; territrade alone otherwise.
  const publisher = input.meta.publication.publisher.name;
  const by = publisher === null ? 'territrade' : `${publisher} (territrade)`;
  const date = input.meta.generatedAt;
  return f.demo
    ? {
        author: `${by} — ${DEMO_NOTICE.toLowerCase()}, pas des données de la DGDDI`,
        creator: `territrade ${version} — ${DEMO_NOTICE.toLowerCase()}`,
        subject: `${DEMO_NOTICE} — commerce extérieur de biens ${period} — ${displayName(f.territory)}`,
        date,
      }
    : {
        author: `${by}, d’après la ${source}`,
        creator: `territrade ${version} — source\u00A0: ${source}`,
        subject: `Commerce extérieur de biens ${period} — ${displayName(f.territory)}`,
        date,
      };
}
