// How fiches, the site and summaries name the list of Territoires d'industrie they use.
import { NBSP } from '../format/fr.js';
import type { TerritoiresListKind } from '../model/territory.js';

export type TiListKind = TerritoiresListKind;

/** The list's source, for a sentence ending the source notes (plain text, no markup). */
export function tiListSource(kind: TiListKind): string {
  return kind === 'official'
    ? "liste officielle de l'ANCT importée (data.gouv.fr, programme Territoires d'industrie 2023-2027, Licence Ouverte 2.0)"
    : `liste de l'ANCT fournie avec territrade (programme Territoires d'industrie 2023-2027, 183${NBSP}territoires, groupements au 4${NBSP}juillet 2024, Licence Ouverte 2.0), rattachée aux communes et aux départements avec le découpage administratif d'Etalab (Licence Ouverte)`;
}
