// The article of each territory's name (INSEE's TNCC), for sentences such as « exportations de
// la Loire » or « d’Auvergne-Rhône-Alpes ». Départements and régions take it from Etalab's
// découpage administratif (`typeLiaison`); France is « la France ».
import type { Tncc } from '../format/article.js';
import type { TerritoryRef } from '../model/territory.js';
import { decoupageDepartements, decoupageRegions } from './decoupage.js';
import { once } from './files.js';

const FRANCE: Tncc = 3;

const byCode = once(() => ({
  departement: new Map(decoupageDepartements().map((d) => [d.code, d.typeLiaison])),
  region: new Map(decoupageRegions().map((r) => [r.code, r.typeLiaison])),
}));

function isTncc(n: number | undefined): n is Tncc {
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= 8;
}

/**
 * The TNCC of a territory. The DGDDI-only départements (Corse as one, Monaco) are not in the COG:
 * their names take no article, so « d’ » before a vowel and « de » otherwise.
 */
export function territoryTncc(t: TerritoryRef): Tncc {
  if (t.kind === 'france') return FRANCE;
  const tncc = byCode()[t.kind].get(t.code);
  if (isTncc(tncc)) return tncc;
  return /^[aeiouyàâäéèêëîïôöùûüœ]/i.test(t.name) ? 1 : 0;
}
