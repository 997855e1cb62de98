// One Territoire d'industrie found from what a user types (ANCT id or name, accents and case
// ignored), and the territories of an imported ANCT list in the same shape as the shipped ones.
import { UserError } from '../errors.js';
import { NBSP } from '../format/fr.js';
import type { TiTerritory } from '../model/territoires-industrie.js';
import type { TerritoireIndustrie } from '../model/territory.js';
import { decoupageDepartements } from './decoupage.js';
import { normalizeName } from './slug.js';
import { suggest, unknownNameError } from './suggest.js';
import { departements, regionByCode } from './territories.js';
import { guillemets } from './text.js';

/**
 * A territory of ANCT's list by commune, which names neither région nor groupement: the région is
 * the one of its id ('ti-8417' → 84) when that is a région, else that of its first département.
 */
export function tiTerritoryOf(t: TerritoireIndustrie): TiTerritory {
  const fromId = /^ti-(\d\d)\d\d$/i.exec(t.id ?? '')?.[1];
  const firstDept = departements().find((d) => d.inseeCodes.includes(t.departements[0] ?? ''));
  const region = fromId && regionByCode(fromId) ? fromId : (firstDept?.region ?? '');
  return { id: t.id ?? '', name: t.name, region, departements: [...t.departements], groupements: [] };
}

/**
 * The territory whose id or name is the query; else the only one whose name contains it
 * ('roannais' → Roannais Forez). Several or none: a French error with the closest names.
 */
export function findTerritoireIndustrie(list: TiTerritory[], query: string): TiTerritory {
  const raw = query.trim();
  const q = normalizeName(raw);
  if (q === '')
    throw new UserError(
      "Territoire d'industrie manquant. Indiquez son nom (ex. « Roannais Forez ») ou son identifiant ANCT (ex. ti-8417).",
    );
  const exact = list.find((t) => t.id.toLowerCase() === raw.toLowerCase() || normalizeName(t.name) === q);
  if (exact) return exact;
  const containing = list.filter((t) => normalizeName(t.name).includes(q));
  if (containing.length === 1) return containing[0]!;
  if (containing.length > 1) {
    const names = containing.map((t) => `${t.name} (${t.id})`).sort((a, b) => a.localeCompare(b, 'fr'));
    throw new UserError(
      `Plusieurs Territoires d'industrie correspondent à ${guillemets(raw)}${NBSP}: ${names.join(', ')}. Précisez le nom ou l'identifiant.`,
    );
  }
  throw unknownNameError("Territoire d'industrie inconnu", raw, tiSuggestions(list, raw), TI_HINT);
}

export const TI_HINT = 'Lancez « territrade territoires » pour la liste des territoires.';

/** The territories whose name is close to the query: 'Roannais Forez (ti-8417)' for « roanais ». */
export function tiSuggestions(list: TiTerritory[], query: string): string[] {
  // Each word is a key too, so that a misspelt word ('roanais') finds its territory.
  return suggest(
    query,
    list.flatMap((t) => {
      const label = `${t.name} (${t.id})`;
      const key = normalizeName(t.name);
      return [key, ...key.split(' ').filter((w) => w.length >= 4)].map((k) => ({ key: k, label }));
    }),
  );
}

/** The DGDDI départements of a territory ('2B' → '20'), in its order, once. */
export function tiDgddiCodes(t: TiTerritory): string[] {
  return [...new Set(t.departements.map((c) => inseeDepartement(c).dgddi).filter((d) => d !== null))];
}

/** Names of INSEE départements ('2A' → 'Corse-du-Sud'), with the DGDDI code of their fiche. */
export function inseeDepartement(code: string): { code: string; name: string; dgddi: string | null } {
  const dgddi = departements().find((d) => d.inseeCodes.includes(code));
  const name = decoupageDepartements().find((d) => d.code === code)?.nom ?? dgddi?.name ?? code;
  return { code, name, dgddi: dgddi?.dgddi ?? null };
}
