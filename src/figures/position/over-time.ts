// The position indicators beside their values over the previous period (the same quarters a year
// earlier), so that the fiche can say whether exposure grew. Every block has the same shape:
// { …current, previous: { …the same values then } | null }, null when there is no previous
// period; a code absent from it counts as zero there.
import type { Labels } from '../cube.js';
import { concentration as concentrationOf, type Concentration, type FlowConcentration } from './concentration.js';
import type { Dependency } from './dependencies.js';
import type { ExposedProduct, Exposure } from './exposure.js';
import { exposureKey, position, type PositionBase } from './position.js';
import { rankOf, type Rank } from './rank.js';
import type { SpecialisationEntry } from './specialisation.js';
import type { FlowSums, TradeSums } from './sums.js';

export interface RankOverTime extends Rank {
  previous: Rank | null;
}

export interface FlowConcentrationOverTime extends FlowConcentration {
  previous: FlowConcentration | null;
}

export interface SpecialisationOverTime extends SpecialisationEntry {
  /** null without a previous period; its index is null also when France had none of the activity then. */
  previous: { share: number | null; france_share: number | null; index: number | null } | null;
}

export interface ExposedProductOverTime extends ExposedProduct {
  /** share_of_product_exports is null when the activity exported nothing then. */
  previous: { value_eur: number; share_of_product_exports: number | null } | null;
}

export interface ExposureOverTime extends Exposure {
  previous: {
    exports_eur: number;
    share_of_exports: number | null;
    france_share_of_exports: number | null;
    imports_eur: number;
    share_of_imports: number | null;
    france_share_of_imports: number | null;
  } | null;
  products: ExposedProductOverTime[];
}

export interface DependencyOverTime extends Dependency {
  /** share: the partner's share of the activity's imports then; null when the activity had no imports. */
  previous: { share: number | null; value_eur: number } | null;
}

export interface PositionOverTime {
  rank: RankOverTime | null;
  concentration: { exports: FlowConcentrationOverTime; imports: FlowConcentrationOverTime };
  specialisation: { exports: SpecialisationOverTime[]; imports: SpecialisationOverTime[] };
  exposure: Record<string, ExposureOverTime>;
  dependencies: { imports: DependencyOverTime[] };
}

/** The previous period of a territory: its trade sums and what they are measured against. */
export interface PreviousPosition {
  sums: TradeSums;
  base: PositionBase;
}

type Territory = Parameters<typeof position>[0];

const ratio = (part: number, whole: number | undefined): number | null =>
  whole !== undefined && whole > 0 ? part / whole : null;

function specialisationOverTime(
  list: SpecialisationEntry[],
  own: FlowSums | null,
  france: FlowSums | null,
): SpecialisationOverTime[] {
  return list.map((e) => {
    if (!own || !france) return { ...e, previous: null };
    const share = ratio(own.byActivity.get(e.code) ?? 0, own.total);
    const franceShare = ratio(france.byActivity.get(e.code) ?? 0, france.total);
    const index = share !== null && franceShare !== null && franceShare > 0 ? share / franceShare : null;
    return { ...e, previous: { share, france_share: franceShare, index } };
  });
}

function exposureOverTime(
  e: Exposure,
  own: TradeSums | null,
  france: TradeSums | null,
  isFrance: boolean,
): ExposureOverTime {
  const products = e.products.map((p): ExposedProductOverTime => {
    if (!own) return { ...p, previous: null };
    const value = own.E.byActivityCountry.get(p.code)?.get(e.partner) ?? 0;
    return {
      ...p,
      previous: { value_eur: value, share_of_product_exports: ratio(value, own.E.byActivity.get(p.code)) },
    };
  });
  if (!own) return { ...e, previous: null, products };
  const exports = own.E.byCountry.get(e.partner) ?? 0;
  const imports = own.I.byCountry.get(e.partner) ?? 0;
  const franceShare = (flow: 'E' | 'I') =>
    france && !isFrance ? ratio(france[flow].byCountry.get(e.partner) ?? 0, france[flow].total) : null;
  return {
    ...e,
    previous: {
      exports_eur: exports,
      share_of_exports: ratio(exports, own.E.total),
      france_share_of_exports: franceShare('E'),
      imports_eur: imports,
      share_of_imports: ratio(imports, own.I.total),
      france_share_of_imports: franceShare('I'),
    },
    products,
  };
}

function dependenciesOverTime(list: Dependency[], own: FlowSums | null): DependencyOverTime[] {
  return list.map((d) => {
    if (!own) return { ...d, previous: null };
    const value = own.byActivityCountry.get(d.product)?.get(d.country) ?? 0;
    return { ...d, previous: { share: ratio(value, own.byActivity.get(d.product)), value_eur: value } };
  });
}

/** A territory's position over the period, each block with its previous-period values. */
export function positionOverTime(
  territory: Territory,
  sums: TradeSums,
  base: PositionBase,
  previous: PreviousPosition | null,
  labels: Labels,
  partners?: string[],
): PositionOverTime {
  const current = position(territory, sums, base, labels, partners);
  const own = previous ? previous.sums : null;
  // Of the previous position only the rank and the concentration are shown as such; the other
  // blocks' previous values are read from its sums below.
  const before =
    previous && own ? { rank: rankOf(previous.base.ranks, territory), concentration: concentrationOf(own) } : null;
  const france = previous ? previous.base.france : null;
  const concentration = (c: Concentration, flow: 'exports' | 'imports'): FlowConcentrationOverTime => ({
    ...c[flow],
    previous: before ? before.concentration[flow] : null,
  });
  return {
    rank: current.rank ? { ...current.rank, previous: before?.rank ?? null } : null,
    concentration: {
      exports: concentration(current.concentration, 'exports'),
      imports: concentration(current.concentration, 'imports'),
    },
    specialisation: {
      exports: specialisationOverTime(current.specialisation.exports, own?.E ?? null, france?.E ?? null),
      imports: specialisationOverTime(current.specialisation.imports, own?.I ?? null, france?.I ?? null),
    },
    exposure: Object.fromEntries(
      Object.values(current.exposure).map((e) => [
        exposureKey(e.partner),
        exposureOverTime(e, own, france, territory.kind === 'france'),
      ]),
    ),
    dependencies: { imports: dependenciesOverTime(current.dependencies.imports, own?.I ?? null) },
  };
}
