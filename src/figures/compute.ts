// Figures for one territory from its cube rows (and the previous period's): pure, no store.
import type { Period } from '../model/period.js';
import type { Flow } from '../model/trade.js';
import type { Departement, ResolvedTerritory } from '../reference/territories.js';
import { regionByCode, regionOfDepartement, toTerritoryRef } from '../reference/territories.js';
import { territoiresOfDepartement } from '../reference/territoires-industrie.js';
import { activities } from './activities.js';
import type { CubeRow, Labels } from './cube.js';
import { flowMatrix } from './flows.js';
import type { YearTotals } from './history.js';
import type { QuarterSeries } from './quarter-series.js';
import { movers } from './movers.js';
import { partners, TOP_PARTNERS } from './partners.js';
import { periodRef } from './period.js';
import { rankKey } from './position/base.js';
import { positionOverTime } from './position/over-time.js';
import { UNITED_STATES } from './position/exposure.js';
import type { PositionBase } from './position/position.js';
import { dependencies } from './position/dependencies.js';
import { rowSums, type TradeSums } from './position/sums.js';
import {
  complexityOfTerritory,
  opportunities,
  type Opportunities,
  type OpportunityBase,
} from './opportunities/opportunities.js';
import type { DepartementSpace } from './opportunities/related.js';
import { flowTotal } from './totals.js';
import type { Figures, FiguresSummary, TerritoireIndustrie } from './types.js';
import { withIndicators, type IndicatorSource } from './indicators/registry.js';

export { UNITED_STATES };

export interface YearContext {
  /** The calendar year, or null for a window of quarters across two years. */
  year: number | null;
  /** The quarters the figures cover, and those they are compared with (null: none). */
  period: Period;
  previousPeriod: Period | null;
  demo: boolean;
  partial: boolean;
  quarters: number[];
  labels: Labels;
  territoires: { list: TerritoireIndustrie[]; kind: 'default' | 'official' };
  /**
   * What positions are measured against, built once per period (and for the previous period,
   * null when there is none), and the partners whose exposure is computed.
   */
  position: { base: PositionBase; previousBase: PositionBase | null; partners: string[] };
  /** Every département's product space (the ECI, docs/indicateurs.md); absent: complexity null. */
  space?: DepartementSpace;
  /** What the « Pistes d'action » compare with (docs/indicateurs.md); absent: opportunities null. */
  opportunities?: OpportunityBase;
}

/** Export and import totals of a set of rows. */
export interface FlowTotals {
  E: number;
  I: number;
}

/** From the rows' trade sums: values are never negative, so the positive ones' total is the total. */
export function flowTotals(rows: CubeRow[]): FlowTotals {
  const { E, I } = rowSums(rows);
  return { E: E.total, I: I.total };
}

/** What the change on the previous period needs: its rows (null: no previous period) and the years' totals. */
export interface Over {
  previous: CubeRow[] | null;
  history: YearTotals[];
  series?: QuarterSeries;
}

/** Over, with the previous period's trade sums instead of its rows: all a summary reads of it. */
export type SummaryOver = Omit<Over, 'previous'> & { previous: TradeSums | null };

/**
 * Figures without their costliest parts (flows, movers, « Pistes d'action » lists): compare and
 * rank. They read a territory's trade only through its sums (position/sums.ts), not its rows.
 */
export function computeSummary(
  territory: ResolvedTerritory,
  sums: TradeSums,
  enclosing: { region: FlowTotals | null; france: FlowTotals | null },
  ctx: YearContext,
  over: SummaryOver = { previous: null, history: [] },
): FiguresSummary {
  const { head, tail } = summaryParts(territory, sums, enclosing, ctx, over);
  return withIndicators({ ...head, ...tail });
}

export function computeFigures(
  territory: ResolvedTerritory,
  rows: CubeRow[],
  enclosing: { region: FlowTotals | null; france: FlowTotals | null },
  ctx: YearContext,
  over: Over = { previous: null, history: [] },
): Figures {
  const previous = over.previous;
  const { head, tail } = summaryParts(territory, rowSums(rows), enclosing, ctx, {
    ...over,
    previous: previous ? rowSums(previous) : null,
  });
  const { complexity, ...position } = tail;
  const labels = ctx.labels;
  const flowMovers = (flow: Flow) => ({
    partners: movers(rows, previous, flow, (r) => r.country, labels.country),
    activities: movers(
      rows,
      previous,
      flow,
      (r) => r.a129,
      (c) => labels.activity(c).name,
    ),
  });
  // The keys in the order of figures --json.
  return withIndicators({
    ...head,
    movers: { exports: flowMovers('E'), imports: flowMovers('I') },
    flows: { exports: flowMatrix(rows, 'E', labels), imports: flowMatrix(rows, 'I', labels) },
    ...position,
    opportunities: opportunityFigures(territory, rows, ctx),
    complexity,
  });
}

/** The summary's keys before the place of movers and flows (head) and after it (tail). */
function summaryParts(
  territory: ResolvedTerritory,
  sums: TradeSums,
  enclosing: { region: FlowTotals | null; france: FlowTotals | null },
  ctx: YearContext,
  over: SummaryOver,
) {
  const own = { E: sums.E.total, I: sums.I.total };
  const previous = over.previous;
  const before = previous ? { E: previous.E.total, I: previous.I.total } : null;
  const labels = ctx.labels;
  const dept: Departement | null = territory.kind === 'departement' ? territory.departement : null;
  const territoires = dept ? territoiresOfDepartement(ctx.territoires.list, dept) : [];
  const region = dept ? regionOfDepartement(dept.dgddi) : null;
  const head = {
    territory: toTerritoryRef(territory),
    region: region ? toTerritoryRef({ kind: 'region', region: regionByCode(region.code)! }) : null,
    year: ctx.year,
    demo: ctx.demo,
    partial_year: ctx.partial,
    quarters: ctx.quarters,
    period: { ...periodRef(ctx.period), quarters: ctx.period.quarters.length },
    previous_period: ctx.previousPeriod ? periodRef(ctx.previousPeriod) : null,
    exports: flowTotal(own.E, enclosing.region?.E ?? null, enclosing.france?.E ?? null, before?.E ?? null),
    imports: flowTotal(own.I, enclosing.region?.I ?? null, enclosing.france?.I ?? null, before?.I ?? null),
    balance_eur: own.E - own.I,
    exports_to_us_eur: sums.E.byCountry.get(UNITED_STATES) ?? 0,
    history: over.history,
    series: over.series ?? { quarters: [], rolling: [] },
    partners: partners(sums, labels, TOP_PARTNERS, previous),
    activities: { imports: activities(sums, 'I', labels, previous), exports: activities(sums, 'E', labels, previous) },
  } satisfies Partial<IndicatorSource>;
  const tail = {
    territoires_industrie: territoires.map((t) => t.name),
    territoires_industrie_detail: territoires,
    territoires_industrie_list: ctx.territoires.kind,
    ...positionOverTime(
      rankKey(territory),
      sums,
      ctx.position.base,
      previous && ctx.position.previousBase ? { sums: previous, base: ctx.position.previousBase } : null,
      labels,
      ctx.position.partners,
    ),
    complexity: complexityOfTerritory(rankKey(territory), ctx.space),
  } satisfies Partial<IndicatorSource>;
  return { head, tail };
}

function opportunityFigures(territory: ResolvedTerritory, rows: CubeRow[], ctx: YearContext): Opportunities | null {
  if (!ctx.opportunities) return null;
  const own = rowSums(rows);
  return opportunities(rankKey(territory), own, dependencies(own.I, ctx.labels), ctx.opportunities, ctx.labels);
}
