// `territrade rank INDICATEUR`: every département (or région) by one registry indicator, or by the
// share of its exports going to a partner (`partenaire --partner CN`) or of its imports coming from
// it (`--flow imports`), with the three activities behind each value. The values are the figures' own (figures --json), computed in one pass.
import { UserError } from '../errors.js';
import {
  appliesTo,
  indicatorLabel,
  INDICATORS,
  needsOf,
  type IndicatorDescriptor,
} from '../figures/indicators/registry.js';
import { exposureKey } from '../figures/position/position.js';
import type { FiguresSummary } from '../figures/types.js';
import { countryName } from '../reference/countries.js';
import { normalizeName } from '../reference/slug.js';
import { suggest, unknownNameError } from '../reference/suggest.js';
import type { DirectionKey } from '../model/direction.js';
import { departements, regions, type ResolvedTerritory } from '../reference/territories.js';
import { withStore } from '../store/store.js';
import type { StoreOpening } from '../store/store-opening.js';
import { StoreFigures, type FiguresSelection } from './figures.js';

/** The pseudo-indicator of --partner: the share of exports going to that partner. */
export const PARTNER_KEY = 'partenaire';

export interface RankSelection extends FiguresSelection {
  /** Rank the régions instead of the départements. */
  regions?: boolean;
  /** For `partenaire`: rank by the share of exports to the partner (default) or of imports from it. */
  flow?: DirectionKey;
}

export interface RankedItem {
  figures: FiguresSummary;
  value: number | null;
  /** The activities behind the value: most exported to the partner, or largest in the flow. */
  products: { code: string; name: string; value_eur: number }[];
}

export interface Ranking {
  /** The registry descriptor, or null for a partner's share. */
  indicator: IndicatorDescriptor | null;
  partner: string | null;
  partnerName: string | null;
  /** The flow of a partner's share: exports to it or imports from it. */
  flow: DirectionKey;
  /** Best first: descending, ascending for a rank; territories without a value last, by code. */
  items: RankedItem[];
}

/** Every label an indicator is shown with: its own, and a rank's over each kind of territory and over all. */
const labelsOf = (d: IndicatorDescriptor): string[] => [
  d.label,
  indicatorLabel(d),
  ...(['departement', 'region'] as const).map((k) => indicatorLabel(d, [k])),
];

/** A registry key ('part-etats-unis') or label ('part des exportations vers les états-unis'). */
export function chooseIndicator(query: string): IndicatorDescriptor | typeof PARTNER_KEY {
  const q = normalizeName(query);
  if (q === PARTNER_KEY) return PARTNER_KEY;
  const found = INDICATORS.find(
    (d) => d.key === query.trim().toLowerCase() || labelsOf(d).some((l) => normalizeName(l) === q),
  );
  if (found) return found;
  throw unknownNameError(
    'Indicateur inconnu',
    query,
    suggest(
      query,
      INDICATORS.flatMap((d) => [
        { key: d.key.replace(/-/g, ' '), label: d.key },
        { key: normalizeName(d.label), label: d.key },
      ]),
    ),
    'Lancez « territrade rank --list » pour la liste des indicateurs.',
  );
}

/** What is ranked: a registry indicator, or a partner's share of one flow. */
export interface RankedMeasure {
  indicator: IndicatorDescriptor | null;
  partner: string | null;
  flow: DirectionKey;
}

/** The figures' block of a partner: the United States' is always computed, under its own key. */
const exposureOf = (f: FiguresSummary, partner: string) => f.exposure[exposureKey(partner)];

function valueOf(f: FiguresSummary, { indicator, partner, flow }: RankedMeasure): number | null {
  if (indicator) return f.indicators[indicator.key]?.value ?? null;
  const exposure = exposureOf(f, partner!);
  return (flow === 'imports' ? exposure?.share_of_imports : exposure?.share_of_exports) ?? null;
}

/**
 * The activities behind a value: for a partner's share, those most exported to it, or whose imports
 * depend most on it (`--flow imports`, an import share); else the largest of the indicator's flow.
 */
function productsOf(f: FiguresSummary, { indicator, partner, flow }: RankedMeasure): RankedItem['products'] {
  const exposed = indicator ? indicator.exposure : partner ? { partner, flow } : undefined;
  const block = exposed ? exposureOf(f, exposed.partner) : undefined;
  const list = exposed
    ? exposed.flow === 'imports'
      ? (block?.import_products ?? [])
      : (block?.products ?? [])
    : indicator?.scale === 'imports' || indicator?.key === 'evolution-importations'
      ? f.activities.imports
      : f.activities.exports;
  return list.slice(0, 3).map((a) => ({ code: a.code, name: a.name, value_eur: a.value_eur }));
}

function order(indicator: IndicatorDescriptor | null): (a: RankedItem, b: RankedItem) => number {
  const sign = indicator?.scale === 'rank' ? 1 : -1;
  return (a, b) => {
    if (a.value === null || b.value === null)
      return (
        (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
        a.figures.territory.code.localeCompare(b.figures.territory.code)
      );
    return sign * (a.value - b.value) || a.figures.territory.code.localeCompare(b.figures.territory.code);
  };
}

/** The territories' figures ranked by one measure, best first, each with the activities behind its value. Pure. */
export function rankingOf(figures: readonly FiguresSummary[], measure: RankedMeasure): Ranking {
  const items = figures.map((f) => ({ figures: f, value: valueOf(f, measure), products: productsOf(f, measure) }));
  const partnerName = measure.partner ? countryName(measure.partner) : null;
  return { ...measure, partnerName, items: items.sort(order(measure.indicator)) };
}

/** `source`: the store's path, or its opening already under way. */
export async function storedRanking(
  source: string | StoreOpening,
  query: string,
  selection: RankSelection,
): Promise<Ranking> {
  const chosen = chooseIndicator(query);
  const indicator = chosen === PARTNER_KEY ? null : chosen;
  const partner = selection.partner ?? null;
  if (!indicator && !partner)
    throw new UserError('rank partenaire : indiquez le pays avec --partner (ex. --partner CN).');
  if (indicator && selection.flow !== undefined)
    throw new UserError(
      `--flow ne s’applique qu’à « partenaire » (ex. rank partenaire --partner CN --flow imports) : « ${indicator.key} » a déjà son flux.`,
    );
  // The ECI and its rank exist for départements only: a list of « sans objet » would rank nothing.
  if (indicator && selection.regions && !appliesTo(indicator, 'region'))
    throw new UserError(
      `rank ${indicator.key} : indicateur sans objet pour les régions (« ${indicator.label} » ne se calcule que pour les départements) ; retirez --regions.`,
    );
  const measure: RankedMeasure = { indicator, partner, flow: selection.flow ?? 'exports' };
  const { regions: byRegion, flow: _flow, ...figuresSelection } = selection;
  const territories: ResolvedTerritory[] = byRegion
    ? regions().map((region) => ({ kind: 'region', region }))
    : departements().map((departement) => ({ kind: 'departement', departement }));
  return withStore(
    source,
    async (store) => {
      // Summaries only, with the ECI's product space and the previous period when the indicator needs them.
      const needs = needsOf(measure.indicator ? [measure.indicator] : []);
      const loaded = await StoreFigures.load(store, figuresSelection, undefined, {
        details: false,
        complexity: needs.has('complexity'),
        previous: needs.has('previous'),
      });
      const figures = territories.filter((t) => loaded.hasRows(t)).map((t) => loaded.summary(t));
      return rankingOf(figures, measure);
    },
    { readOnly: true },
  );
}
