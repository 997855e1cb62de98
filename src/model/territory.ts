// Territories as every layer sees them: a plain reference (kind, code, name, slug) and the
// Territoires d'industrie a département belongs to.

export type TerritoryKind = 'departement' | 'region' | 'france';

export interface TerritoryRef {
  kind: TerritoryKind;
  /** INSEE code shown to users: '42', '971', '20' (Corse), '99' (Monaco), '84' (région), 'FR'. */
  code: string;
  /** Current French name: 'Loire', 'Corse (2A, 2B)', 'Auvergne-Rhône-Alpes', 'France'. */
  name: string;
  /** File-name slug: '42-loire', '84-auvergne-rhone-alpes', 'france'. */
  slug: string;
}

export interface TerritoireIndustrie {
  id: string | null;
  name: string;
  /** INSEE département codes the territory spans ('42', '2A'…). */
  departements: string[];
}

/**
 * Which list of Territoires d'industrie a store holds: the one shipped with territrade (ANCT's 183
 * territories by groupement) or ANCT's list by commune, imported or fetched.
 */
export type TerritoiresListKind = 'default' | 'official';
