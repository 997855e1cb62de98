// « Saisir de nouvelles opportunités »: the activities a département does not export with an
// advantage but whose neighbours in the product space it already exports, and its complexity.
import type { Labels } from '../cube.js';
import { byCode } from '../position/sums.js';
import { complexity as complexityIndices, rankOf, type Complexity } from './complexity.js';
import { density, productSpace, type ExportsByDepartement, type ProductSpace } from './product-space.js';

export const RELATED_COUNT = 10;

export interface RelatedActivity {
  product: string;
  name: string;
  density: number;
  rca: number;
  pci: number | null;
  france_exports_eur: number;
}

export interface ComplexityFigures {
  eci: number;
  /** 1 = highest ECI. */
  rank_in_france: number;
  /** Number of départements with an ECI. */
  of_france: number;
  diversity: number;
}

export interface DepartementSpace {
  space: ProductSpace;
  indices: Complexity;
}

/** The product space and complexity indices of all départements, computed once per period. */
export function departementSpace(exports: ExportsByDepartement): DepartementSpace {
  const space = productSpace(exports);
  return { space, indices: complexityIndices(space.m, space.diversity, space.ubiquity) };
}

/** The ten activities with M = 0 and F > 0 of highest density (ties: larger F, then code); null for an unknown département. */
export function related(all: DepartementSpace, departement: string, labels: Labels): RelatedActivity[] | null {
  const { space, indices } = all;
  const d = space.departements.indexOf(departement);
  if (d < 0) return null;
  const omega = density(space.m[d]!, space.proximity);
  const list: RelatedActivity[] = [];
  space.products.forEach((product, p) => {
    const w = omega[p];
    if (space.m[d]![p] === 1 || w == null || !(space.franceExports[p]! > 0)) return;
    const rca = space.rca[d]![p]!;
    list.push({
      product,
      name: labels.activity(product).name,
      density: w,
      rca,
      pci: indices.pci[p]!,
      france_exports_eur: space.franceExports[p]!,
    });
  });
  list.sort(
    (a, b) => b.density - a.density || b.france_exports_eur - a.france_exports_eur || byCode(a.product, b.product),
  );
  return list.slice(0, RELATED_COUNT);
}

/** ECI, rank, number of ranked départements and diversity; null without ECI. */
export function complexityOf(all: DepartementSpace, departement: string): ComplexityFigures | null {
  const d = all.space.departements.indexOf(departement);
  const eci = d < 0 ? null : all.indices.eci[d];
  if (eci == null) return null;
  return {
    eci,
    rank_in_france: rankOf(all.indices.eci, d)!,
    of_france: all.indices.eci.filter((x) => x != null).length,
    diversity: all.space.diversity[d]!,
  };
}
