// Loading then computing: what the store holds for the chosen period and the one it is compared
// with is read once (SQL in src/store), then every territory's figures are pure functions of it
// (src/figures).
import { loadQuarterTotals } from '../store/cube.js';
import { yearCubeYears } from '../store/year-cube.js';
import { loadedRows, type LoadedRows } from './figure-scopes.js';
import { loadDepartementExports, loadFranceDetail } from '../store/national.js';
import { storedLabelRows, storedTerritoires, type YearInfo } from '../store/queries.js';
import { withStore, type Store } from '../store/store.js';
import type { StoreOpening } from '../store/store-opening.js';
import { UserError } from '../errors.js';
import { computeFigures, computeSummary, type FlowTotals, type Over, type YearContext } from '../figures/compute.js';
import { departementsOf, departementTotals, enclosingTotals } from '../figures/enclosing.js';
import { history } from '../figures/history.js';
import { quarterSeries } from '../figures/quarter-series.js';
import { labelsValidIn, makeLabels } from '../figures/labels.js';
import { bothFlowQuarters, previousPeriod, basePeriod } from '../figures/period.js';
import { choosePeriod, periodInfo } from './figures-period.js';
import { exportSpace, opportunityBase } from '../figures/opportunities/opportunities.js';
import { positionBase } from '../figures/position/base.js';
import { WATCHED_PARTNERS } from '../figures/position/position.js';
import type { Figures, FiguresSummary } from '../figures/types.js';
import type { Period, YearQuarter } from '../model/period.js';
import type { QuarterTotal } from '../model/trade.js';
import { resolveTerritory } from '../reference/resolve-territory.js';
import { toTerritoryRef, type ResolvedTerritory } from '../reference/territories.js';
import type { TerritoryChoice } from '../reference/territory-choice.js';
import { territoryChoiceIn } from './territoires.js';

export interface FiguresSelection {
  /** The calendar year; the latest in the store when neither this nor lastQuarters is given. */
  year?: number;
  /** The latest N quarters in the store, across two years if need be. */
  lastQuarters?: number;
  /** A partner code whose exposure is computed besides the United States' ('CN'). */
  partner?: string;
  /** More partner codes whose exposure is computed (figures and compare --partner CN,DE). */
  partners?: string[];
  /** The year changes are measured from, instead of the year before (same quarters). */
  compareTo?: number;
  /** Told what the period left out (a quarter one flow lacks), in a French sentence. */
  notify?: (notice: string) => void;
}

/**
 * What a load computes: every part of the figures (`details`), or only the summary (compare,
 * rank), with the ECI's product space and the previous period's rows when an indicator `needs`
 * them (registry.ts). Without `previous`, the period compared with is still chosen (its notices,
 * its demo flag) but not read: the figures are those of a period without one.
 */
export interface FiguresParts {
  details: boolean;
  complexity: boolean;
  previous: boolean;
}

export const ALL_PARTS: FiguresParts = { details: true, complexity: true, previous: true };

/** The product space of the ECI and the « Pistes d'action » base, each read only when asked for. */
async function opportunityInputs(
  store: Store,
  period: Period,
  parts: FiguresParts,
  years: number[] | null,
): Promise<Pick<YearContext, 'space' | 'opportunities'>> {
  if (!parts.details && !parts.complexity) return {};
  const space = exportSpace(await loadDepartementExports(store, period, years));
  if (!parts.details) return { space };
  return { space, opportunities: opportunityBase(space, await loadFranceDetail(store, period, years)) };
}

/** The figures of a period: of every territory (one pass over the store), or of one. */
export class StoreFigures {
  private constructor(
    readonly context: YearContext,
    /** What the store holds for the period (quarters, demo flag, source files). */
    readonly info: YearInfo,
    /** Each territory's rows, their sums and their number, by period (figure-scopes.ts). */
    private readonly rows: Pick<LoadedRows, 'rowsOf' | 'sumsOf' | 'countOf'>,
    private readonly totals: QuarterTotal[],
    private readonly byDept: Map<string, FlowTotals>,
    private readonly parts: FiguresParts,
  ) {}

  get period(): Period {
    return this.context.period;
  }

  /**
   * Loads what `only` needs (its rows, the départements' totals), or everything when absent;
   * several territories are read together, each summed by DuckDB (compare and its references).
   * `parts` leaves out what only the full figures need (summary() instead of figures()).
   */
  static async load(
    store: Store,
    selection: FiguresSelection = {},
    only?: ResolvedTerritory | readonly ResolvedTerritory[],
    parts: FiguresParts = ALL_PARTS,
  ): Promise<StoreFigures> {
    const totals = await loadQuarterTotals(store);
    // Only quarters both flows cover: a flow missing one is never counted as zero.
    const stored = bothFlowQuarters(totals);
    const period = choosePeriod(selection, stored, totals);
    const compared =
      selection.compareTo === undefined
        ? previousPeriod(period, stored)
        : basePeriod(period, stored, selection.compareTo);
    const previous = parts.previous ? compared : null;
    const periods = previous ? [period, previous] : [period];
    // Periods of whole years are read from year_cube (summed at import), else from `trade`.
    const years = store.has('year_cube') ? periods.map((p) => yearCubeYears(p, totals)) : [];
    const whole = years.length > 0 && years.every((y) => y !== null) ? years : null;
    // Side by side: the labels, the sources and the ECI's product space are read and computed
    // while DuckDB sums the cube, the longest statement.
    const [info, { rows, france }, labels, territoires, opportunity] = await store.together(
      (s) => periodInfo(s, period, compared, totals),
      async (s) => {
        const loaded = await loadedRows(s, periods, only, whole);
        const current = await loaded.franceOf(period, 0);
        return { rows: loaded, france: [current, previous ? await loaded.franceOf(previous, 1) : null] };
      },
      async (s) =>
        makeLabels(
          labelsValidIn(await storedLabelRows(s, 'a129'), period),
          labelsValidIn(await storedLabelRows(s, 'pays'), period),
        ),
      (s) => storedTerritoires(s),
      (s) => opportunityInputs(s, period, parts, whole?.[0] ?? null),
    );
    const byDept = departementTotals(totals, period);
    const position = {
      base: positionBase(byDept, france[0]!),
      previousBase: previous ? positionBase(departementTotals(totals, previous), france[1]!) : null,
      partners: [...new Set([...WATCHED_PARTNERS, ...[selection.partner ?? []].flat(), ...(selection.partners ?? [])])],
    };
    const context: YearContext = {
      year: period.year,
      period,
      previousPeriod: previous,
      demo: info.demo,
      partial: info.partial,
      quarters: period.quarters.map((q) => q.quarter),
      labels,
      territoires,
      position,
      ...opportunity,
    };
    return new StoreFigures(context, info, rows, totals, byDept, parts);
  }

  /** Whether the store holds any line of the territory in the period. */
  hasRows(territory: ResolvedTerritory): boolean {
    return this.rows.countOf(territory, 0) > 0;
  }

  /** The quarters both flows cover, and each département's quarter totals: found once for all territories (rank). */
  private heldQuarters?: YearQuarter[];
  private totalsByDept?: Map<string, QuarterTotal[]>;

  /** The history and series of the territory's totals, and its previous period as `previous` makes it. */
  private over<T>(
    territory: ResolvedTerritory,
    previous: (p: number) => T,
  ): Omit<Over, 'previous'> & { previous: T | null } {
    const depts = departementsOf(territory);
    this.heldQuarters ??= bothFlowQuarters(this.totals);
    if (!this.totalsByDept) {
      this.totalsByDept = new Map();
      for (const t of this.totals) {
        const list = this.totalsByDept.get(t.dept);
        if (list) list.push(t);
        else this.totalsByDept.set(t.dept, [t]);
      }
    }
    const own = depts ? [...depts].flatMap((d) => this.totalsByDept!.get(d) ?? []) : this.totals;
    return {
      previous: this.context.previousPeriod ? previous(1) : null,
      history: history(this.totals, depts),
      series: quarterSeries(own, depts, this.heldQuarters),
    };
  }

  figures(territory: ResolvedTerritory): Figures {
    if (!this.parts.details) throw new Error('full figures from a load of summaries');
    const rows = this.rows.rowsOf(territory, 0);
    const over = this.over(territory, (p) => this.rows.rowsOf(territory, p));
    return computeFigures(territory, rows, enclosingTotals(territory, this.byDept), this.context, over);
  }

  /** The figures without flows, movers and « Pistes d'action » lists: every indicator of the registry. */
  summary(territory: ResolvedTerritory): FiguresSummary {
    // From the sums alone: compare and rank make no row object.
    const sums = this.rows.sumsOf(territory, 0);
    const over = this.over(territory, (p) => this.rows.sumsOf(territory, p));
    return computeSummary(territory, sums, enclosingTotals(territory, this.byDept), this.context, over);
  }
}

/** One territory's figures, reading only what it needs (a year, or a selection). */
export async function figuresFor(
  store: Store,
  query: string | ResolvedTerritory,
  selection: FiguresSelection | number = {},
  partner?: string,
): Promise<Figures> {
  const territory = typeof query === 'string' ? resolveTerritory(query) : query;
  const chosen =
    typeof selection === 'number'
      ? { year: selection, partner }
      : { ...selection, partner: partner ?? selection.partner };
  const loaded = await StoreFigures.load(store, chosen, territory);
  if (!loaded.hasRows(territory)) throw noDataError(territory, loaded.period);
  return loaded.figures(territory);
}

/** Several territories' summaries from one reading of the store (compare, its references). */
export async function summariesOfMany(
  store: Store,
  territories: readonly ResolvedTerritory[],
  selection: FiguresSelection = {},
): Promise<FiguresSummary[]> {
  const loaded = await StoreFigures.load(store, selection, territories, {
    details: false,
    complexity: true,
    previous: true,
  });
  return territories.map((t) => {
    if (!loaded.hasRows(t)) throw noDataError(t, loaded.period);
    return loaded.summary(t);
  });
}

/** A territory without a single line in the period: said, rather than figures of zeros. */
function noDataError(territory: ResolvedTerritory, period: Period): UserError {
  const ref = toTerritoryRef(territory);
  const name = ref.kind === 'departement' ? `${ref.name} (${ref.code})` : ref.name;
  const quarters = period.quarters.map((q) => `T${q.quarter} ${q.year}`).join(', ');
  return new UserError(
    `aucune donnée pour ${name} (${quarters}) : la base ne contient aucune ligne de ce territoire sur cette période. Importez les fichiers qui le couvrent, ou vérifiez le territoire demandé (territrade status).`,
  );
}

export interface FiguresAnswer {
  /** What the query named: one territory, or a Territoire d'industrie read as its départements. */
  choice: TerritoryChoice;
  /** One per territory of the choice, in its order. */
  figures: Figures[];
}

/** `territrade figures`: the figures of what the query names, from the store opened read-only (`source`: its path, or its opening under way). */
export async function storedFigures(
  source: string | StoreOpening,
  query: string,
  selection: FiguresSelection,
): Promise<FiguresAnswer> {
  const choice = await territoryChoiceIn(typeof source === 'string' ? source : source.path, query);
  return withStore(
    source,
    async (store) => {
      const figures: Figures[] = [];
      for (const t of choice.territories) figures.push(await figuresFor(store, t, selection));
      return { choice, figures };
    },
    { readOnly: true },
  );
}
