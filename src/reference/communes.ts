// The communes the site's search knows, from Etalab's « découpage administratif » (INSEE's
// communes with their legal population): only those above a population threshold, so that the
// index page stays small, each with the display code of its département ('20' for Corse); and
// communes found by name, since a user who types « Roanne » means the Loire.
import { ascending } from 'd3-array';
import { decoupageCommunes } from './decoupage.js';
import { once } from './files.js';
import { normalizeName } from './slug.js';
import { departements, type Departement } from './territories.js';

/** Communes of at least this many inhabitants are searchable (about 2 300 communes, 35 KB packed). */
export const SEARCH_MIN_POPULATION = 5000;

export interface SearchCommune {
  name: string;
  /** Display code of the département ('42', '20', '971'). */
  departement: string;
}

/** Current communes of at least `minPopulation` inhabitants in a département of the data, by name then code. */
export function searchCommunes(minPopulation = SEARCH_MIN_POPULATION): SearchCommune[] {
  const codeOf = new Map<string, string>();
  for (const d of departements()) for (const c of d.inseeCodes) codeOf.set(c, d.code);
  const out: SearchCommune[] = [];
  for (const c of decoupageCommunes()) {
    const dept = codeOf.get(c.departement);
    if (c.type !== 'commune-actuelle' || dept === undefined || !((c.population ?? 0) >= minPopulation)) continue;
    out.push({ name: c.nom, departement: dept });
  }
  return out.sort((a, b) => ascending(a.name, b.name) || ascending(a.departement, b.departement));
}

export interface NamedCommune {
  /** INSEE code ('42187'). */
  code: string;
  name: string;
  /** The département of its fiche (DGDDI: Corse is one). */
  departement: Departement;
}

const communesByName = once((): Map<string, NamedCommune[]> => {
  const byInsee = new Map(departements().flatMap((d) => d.inseeCodes.map((c) => [c, d] as const)));
  const byName = new Map<string, NamedCommune[]>();
  for (const c of decoupageCommunes()) {
    const departement = byInsee.get(c.departement);
    if (c.type !== 'commune-actuelle' || !departement) continue;
    const key = normalizeName(c.nom);
    byName.set(key, [...(byName.get(key) ?? []), { code: c.code, name: c.nom, departement }]);
  }
  return byName;
});

/** Every current commune with exactly that name (accents, case and hyphens ignored), by code. */
export function communesNamed(query: string): NamedCommune[] {
  const found = communesByName().get(normalizeName(query)) ?? [];
  return [...found].sort((a, b) => ascending(a.code, b.code));
}
