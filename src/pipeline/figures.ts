// Loading then computing: what the store holds for the chosen period is read once (SQL in
// src/data), then every territory's figures are pure functions of it (src/figures).
import { loadQuarterTotals, loadTradeCube, type CubeScope } from '../data/cube.js';
import { loadNationalSums } from '../data/national.js';
import { resolveYear, storedLabels, storedTerritoires, yearInfo, type YearInfo } from '../data/queries.js';
import type { Store } from '../data/store.js';
import { computeFigures, type YearContext } from '../figures/compute.js';
import { departementTotals, enclosingTotals } from '../figures/enclosing.js';
import { makeLabels } from '../figures/labels.js';
import { franceSums, positionBase } from '../figures/position/base.js';
import { tradeSums, UNITED_STATES, type TradeSums } from '../figures/position/index.js';
import { storedQuarters, yearPeriod } from '../figures/period.js';
import { periodRows, TerritoryRows } from '../figures/territory-rows.js';
import type { Figures } from '../figures/types.js';
import type { Period } from '../model/period.js';
import type { FlowTotals } from '../figures/compute.js';
import { resolveTerritory } from '../reference/resolve-territory.js';
import type { ResolvedTerritory } from '../reference/territories.js';

export interface FiguresSelection {
  /** The calendar year; the latest in the store when absent. */
  year?: number;
  /** A partner code whose exposure is computed besides the United States' ('CN'). */
  partner?: string;
}

/** The départements a single territory's figures read, summed in DuckDB for a région or France. */
function scopeOf(territory: ResolvedTerritory): CubeScope {
  switch (territory.kind) {
    case 'departement':
      return { depts: [territory.departement.dgddi] };
    case 'region':
      return { depts: territory.region.departements, as: `region:${territory.region.code}` };
    case 'france':
      return { as: 'FR' };
  }
}

function sameTerritory(a: ResolvedTerritory, b: ResolvedTerritory): boolean {
  if (a.kind === 'departement') return b.kind === 'departement' && a.departement.dgddi === b.departement.dgddi;
  if (a.kind === 'region') return b.kind === 'region' && a.region.code === b.region.code;
  return b.kind === 'france';
}

/** The figures of a period: of every territory (one pass over the store), or of one. */
export class StoreFigures {
  private constructor(
    readonly context: YearContext,
    /** What the store holds for the year (quarters, demo flag, source files). */
    readonly info: YearInfo,
    readonly period: Period,
    private readonly rowsOf: (territory: ResolvedTerritory) => ReturnType<typeof periodRows>,
    private readonly byDept: Map<string, FlowTotals>,
  ) {}

  /** Loads what `only` needs (its rows, the départements' totals), or everything when absent. */
  static async load(store: Store, selection: FiguresSelection = {}, only?: ResolvedTerritory): Promise<StoreFigures> {
    const year = await resolveYear(store, selection.year);
    // One connection runs one statement at a time: sequential awaits say so plainly.
    const info = await yearInfo(store, year);
    // Only the year's totals are used (its quarters, the départements' totals for the shares).
    const totals = await loadQuarterTotals(store, [year]);
    const period = yearPeriod(year, storedQuarters(totals));
    const cube = await loadTradeCube(store, [period], only ? scopeOf(only) : {});
    const a129 = await storedLabels(store, 'a129');
    const pays = await storedLabels(store, 'pays');
    const territoires = await storedTerritoires(store);
    const quarters = [...new Set([...info.quarters.E, ...info.quarters.I])].sort();
    let rowsOf: (territory: ResolvedTerritory) => ReturnType<typeof periodRows>;
    let france: TradeSums;
    if (only) {
      const rows = periodRows(cube, 0);
      rowsOf = (t) => {
        if (!sameTerritory(t, only)) throw new Error('figures of a territory that was not loaded');
        return rows;
      };
      // A single territory compares with France's totals by activity and partner, not its rows.
      const national = only.kind === 'france' ? null : await loadNationalSums(store, period);
      france = national ? franceSums(national.byActivity, national.byCountry) : tradeSums(rows);
    } else {
      const index = new TerritoryRows(cube);
      rowsOf = (t) => index.rows(t, 0);
      france = tradeSums(index.rows({ kind: 'france' }, 0));
    }
    const byDept = departementTotals(totals, period);
    const position = { base: positionBase(byDept, france), partners: [...new Set([UNITED_STATES, ...(selection.partner ? [selection.partner] : [])])] };
    const context: YearContext = { year, demo: info.demo, partial: info.partial, quarters, labels: makeLabels(a129, pays), territoires, position };
    return new StoreFigures(context, info, period, rowsOf, byDept);
  }

  figures(territory: ResolvedTerritory): Figures {
    return computeFigures(territory, this.rowsOf(territory), enclosingTotals(territory, this.byDept), this.context);
  }
}

/** One territory's figures, reading only what it needs. */
export async function figuresFor(store: Store, query: string, year?: number, partner?: string): Promise<Figures> {
  const territory = resolveTerritory(query);
  return (await StoreFigures.load(store, { year, partner }, territory)).figures(territory);
}
