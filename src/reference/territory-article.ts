// The article of each territory's name (INSEE's TNCC), for sentences such as « exportations de
// la Loire » or « de l’Auvergne-Rhône-Alpes ». Départements take it from Etalab's découpage
// administratif (`typeLiaison`); régions from French usage (REGION_USAGE); France is « la France ».
import type { Tncc } from '../format/article.js';
import type { TerritoryRef } from '../model/territory.js';
import { decoupageDepartements, decoupageRegions } from './decoupage.js';
import { once } from './files.js';

const FRANCE: Tncc = 3;

/**
 * Régions whose name takes an article in usage though the COG gives none (TNCC 0 or 1, meant for
 * « en Bretagne », « d’Occitanie »): a sentence's subject says « La Bretagne exporte… », « L’Auvergne-
 * Rhône-Alpes occupe… », not « Bretagne exporte… ». The others keep the COG's: « le Grand Est »,
 * « les Hauts-de-France », « La Réunion », « Mayotte ».
 */
const REGION_USAGE: Readonly<Record<string, Tncc>> = {
  '11': 5, // l’Île-de-France
  '27': 3, // la Bourgogne-Franche-Comté
  '28': 3, // la Normandie
  '53': 3, // la Bretagne
  '76': 5, // l’Occitanie
  '84': 5, // l’Auvergne-Rhône-Alpes
  '93': 3, // la Provence-Alpes-Côte d’Azur
  '94': 3, // la Corse
};

const byCode = once(() => ({
  departement: new Map(decoupageDepartements().map((d) => [d.code, d.typeLiaison])),
  region: new Map(decoupageRegions().map((r) => [r.code, r.typeLiaison])),
}));

function isTncc(n: number | undefined): n is Tncc {
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= 8;
}

/**
 * The TNCC of a territory (for régions, as usage writes it). The DGDDI-only départements (Corse as one, Monaco) are not in the COG:
 * their names take no article, so « d’ » before a vowel and « de » otherwise.
 */
export function territoryTncc(t: TerritoryRef): Tncc {
  if (t.kind === 'france') return FRANCE;
  if (t.kind === 'region' && REGION_USAGE[t.code] !== undefined) return REGION_USAGE[t.code]!;
  const tncc = byCode()[t.kind].get(t.code);
  if (isTncc(tncc)) return tncc;
  return /^[aeiouyàâäéèêëîïôöùûüœ]/i.test(t.name) ? 1 : 0;
}
