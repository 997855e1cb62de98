// The position indicators beside their values over the previous period (the same quarters a year
// earlier), so that the fiche can say whether exposure grew. Every previous value is null when
// there is no previous period; a code absent from it counts as zero there.
import type { Labels } from '../cube.js';
import type { Concentration, FlowConcentration } from './concentration.js';
import type { Dependency } from './dependencies.js';
import type { ExposedProduct, Exposure } from './exposure.js';
import { exposureKey, position, type Position, type PositionBase } from './position.js';
import type { Rank } from './rank.js';
import type { SpecialisationEntry } from './specialisation.js';
import { tradeSums, type FlowSums, type TradeSums } from './sums.js';
import type { CubeRow } from '../../model/trade.js';

export interface RankOverTime extends Rank {
  previous: Rank | null;
}

export interface FlowConcentrationOverTime extends FlowConcentration {
  previous: FlowConcentration | null;
}

export interface SpecialisationOverTime extends SpecialisationEntry {
  previous_share: number | null;
  previous_france_share: number | null;
  /** null also when France had none of the activity then. */
  previous_index: number | null;
}

export interface ExposedProductOverTime extends ExposedProduct {
  previous_value_eur: number | null;
  /** null also when the activity exported nothing then. */
  previous_share_of_product_exports: number | null;
}

export interface ExposureOverTime extends Exposure {
  previous_exports_eur: number | null;
  previous_share_of_exports: number | null;
  previous_france_share_of_exports: number | null;
  products: ExposedProductOverTime[];
}

export interface DependencyOverTime extends Dependency {
  /** The partner's share of the activity's imports then; null when the activity had no imports. */
  previous_share: number | null;
  previous_value_eur: number | null;
}

export interface PositionOverTime {
  rank: RankOverTime | null;
  concentration: { exports: FlowConcentrationOverTime; imports: FlowConcentrationOverTime };
  specialisation: { exports: SpecialisationOverTime[]; imports: SpecialisationOverTime[] };
  exposure: Record<string, ExposureOverTime>;
  dependencies: { imports: DependencyOverTime[] };
}

/** The previous period of a territory: its rows and what they are measured against. */
export interface PreviousPosition {
  rows: CubeRow[];
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
    if (!own || !france) return { ...e, previous_share: null, previous_france_share: null, previous_index: null };
    const share = ratio(own.byActivity.get(e.code) ?? 0, own.total);
    const franceShare = ratio(france.byActivity.get(e.code) ?? 0, france.total);
    const index = share !== null && franceShare !== null && franceShare > 0 ? share / franceShare : null;
    return { ...e, previous_share: share, previous_france_share: franceShare, previous_index: index };
  });
}

function exposureOverTime(
  e: Exposure,
  own: TradeSums | null,
  france: TradeSums | null,
  isFrance: boolean,
): ExposureOverTime {
  const products = e.products.map((p): ExposedProductOverTime => {
    if (!own) return { ...p, previous_value_eur: null, previous_share_of_product_exports: null };
    const value = own.E.byActivityCountry.get(p.code)?.get(e.partner) ?? 0;
    return {
      ...p,
      previous_value_eur: value,
      previous_share_of_product_exports: ratio(value, own.E.byActivity.get(p.code)),
    };
  });
  const previous = own ? (own.E.byCountry.get(e.partner) ?? 0) : null;
  return {
    ...e,
    previous_exports_eur: previous,
    previous_share_of_exports: own && previous !== null ? ratio(previous, own.E.total) : null,
    previous_france_share_of_exports:
      france && !isFrance ? ratio(france.E.byCountry.get(e.partner) ?? 0, france.E.total) : null,
    products,
  };
}

function dependenciesOverTime(list: Dependency[], own: FlowSums | null): DependencyOverTime[] {
  return list.map((d) => {
    if (!own) return { ...d, previous_share: null, previous_value_eur: null };
    const value = own.byActivityCountry.get(d.product)?.get(d.country) ?? 0;
    return { ...d, previous_share: ratio(value, own.byActivity.get(d.product)), previous_value_eur: value };
  });
}

/** A territory's position over the period, each block with its previous-period values. */
export function positionOverTime(
  territory: Territory,
  rows: CubeRow[],
  base: PositionBase,
  previous: PreviousPosition | null,
  labels: Labels,
  partners?: string[],
): PositionOverTime {
  const current = position(territory, tradeSums(rows), base, labels, partners);
  const own = previous ? tradeSums(previous.rows) : null;
  const before: Position | null = previous && own ? position(territory, own, previous.base, labels, partners) : null;
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
