// Fictional years of regional trade in the official DGDDI format. The reference year is
// calibrated on the published totals: France → départements (calibrate) → (product, partner)
// cells (plan) → quarters (rows); the other years reweight the same cells (history.ts).
import { ascending } from 'd3-array';
import { UserError } from '../errors.js';
import { calibrateDepartements, type Flow } from './calibrate.js';
import { buildCatalogue, type Catalogue, type DemoReference } from './catalogue.js';
import { addProductCells, planDepartement, type DepartementPlan } from './plan.js';
import { departementProfile } from './profiles/departements.js';
import { rngFor } from './rng.js';
import { allocateRows, sortCells, type SortedCells } from './rows.js';
import { cumulativeSums, drawFromCumulative } from './sample.js';
import { DEMO_TARGETS, type DemoTargets } from './targets.js';
import { againstTrendDepartements, FlowHistory } from './history.js';
import { quarterShape } from './profiles/trends.js';
import { writeFlowRows, type FlowRows } from './write-rows.js';

export interface DemoYearOptions {
  year: number;
  seed: number;
}

export interface DemoYearFiles {
  /** Text of the export file (`E` lines, CRLF, trailing CRLF). */
  exports: string;
  /** Text of the import file (`I` lines). */
  imports: string;
}

/** Row budget per flow, tuned so that each flow has about 550 000 rows like the official files. */
const ROWS_PER_FLOW = 620_000;
/** Average number of quarters a (product, partner) cell appears in; turns rows into cells. */
const QUARTERS_PER_CELL = 2.55;
/** Row count grows less than proportionally with a département's size. */
const ROWS_SIZE_EXPONENT = 0.6;

export function validateDemoOptions({ year, seed }: DemoYearOptions): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new UserError(
      `Année de démonstration invalide${'\u00A0'}: ${year} (une année à 4 chiffres est attendue, par exemple 2024).`,
    );
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new UserError(`Graine de démonstration invalide${'\u00A0'}: ${seed} (un entier positif ou nul est attendu).`);
  }
}

/** The two main files of a demo year, from injected reference codes (pure, deterministic). */
export function generateDemoYearFrom(
  ref: DemoReference,
  options: DemoYearOptions,
  targets: DemoTargets = DEMO_TARGETS,
): DemoYearFiles {
  validateDemoOptions(options);
  return new DemoGenerator(ref, options.seed, targets).year(options.year);
}

interface YearCells {
  /** Each département's cell weights in the year. */
  weights: Float64Array[];
  /** Each département's total in the year, in euros. */
  totals: Float64Array;
}

interface FlowBase {
  /** Reference-year total of each département (calibrated). */
  totals: Float64Array;
  plans: DepartementPlan[];
  /** Each plan's cells in file order (computed once, used every year). */
  sorted: SortedCells[];
  history: FlowHistory;
}

/**
 * The demo years of one seed. What does not depend on the year (catalogue, départements'
 * totals and plans in the reference year) is built once per flow; each year then only
 * reweights the cells and spreads the euros over rows.
 */
export class DemoGenerator {
  private readonly cat: Catalogue;
  private readonly departements: DemoReference['departements'];
  private readonly bases: Partial<Record<Flow, FlowBase>> = {};
  private readonly against: string[];
  /** The last year's cells, used by both flowFile and departementTotals. */
  private cachedCells: { key: string; cells: YearCells } | null = null;

  constructor(
    ref: DemoReference,
    private readonly seed: number,
    private readonly targets: DemoTargets = DEMO_TARGETS,
  ) {
    validateDemoOptions({ year: targets.referenceYear, seed });
    this.cat = buildCatalogue(ref, seed);
    this.departements = [...ref.departements].sort((a, b) => ascending(a.dgddi, b.dgddi));
    const pinned = new Set(Object.keys(targets.departements));
    this.against = againstTrendDepartements(
      seed,
      this.departements.map((d) => d.dgddi),
      pinned,
    );
  }

  /** Départements that move against the national cycle with this seed. */
  againstTrend(): readonly string[] {
    return this.against;
  }

  /** The two files of `year`, with the rows of the given quarters only (default: all four). */
  year(year: number, quarters: readonly number[] = [1, 2, 3, 4]): DemoYearFiles {
    validateDemoOptions({ year, seed: this.seed });
    return { exports: this.flowFile('exports', year, quarters), imports: this.flowFile('imports', year, quarters) };
  }

  /** Each département's total in `year` (the files' rows add up to these, to the euro). */
  departementTotals(flow: Flow, year: number): Map<string, number> {
    const totals = year === this.targets.referenceYear ? this.base(flow).totals : this.yearCells(flow, year).totals;
    return new Map(this.departements.map((d, i) => [d.dgddi, totals[i]!]));
  }

  /** The text of one flow's file for `year` (the given quarters only). */
  flowFile(flow: Flow, year: number, quarters: readonly number[] = [1, 2, 3, 4]): string {
    return this.flowRows(flow, year, quarters).bytes.toString('latin1');
  }

  /** One flow's file for `year` as ASCII bytes, with its row counts (the given quarters only). */
  flowRows(flow: Flow, year: number, quarters: readonly number[] = [1, 2, 3, 4]): FlowRows {
    validateDemoOptions({ year, seed: this.seed });
    const base = this.base(flow);
    const reference = year === this.targets.referenceYear;
    const cells = reference ? null : this.yearCells(flow, year);
    const deptRows = this.departements.map((d, i) => {
      const plan = base.plans[i]!;
      const sorted = base.sorted[i]!;
      if (!cells)
        return allocateRows(plan, base.totals[i]!, this.cat, rngFor(this.seed, `rows:${flow}:${d.dgddi}`), {}, sorted);
      const options = { cellWeights: cells.weights[i]!, quarterShape: quarterShape(year) };
      return allocateRows(
        plan,
        cells.totals[i]!,
        this.cat,
        rngFor(this.seed, `rows:${flow}:${d.dgddi}:${year}`),
        options,
        sorted,
      );
    });
    const capacity = Math.ceil((48 * ROWS_PER_FLOW * quarters.length) / 4);
    return writeFlowRows(
      this.cat,
      this.departements,
      flow === 'exports' ? 'E' : 'I',
      year,
      deptRows,
      quarters,
      capacity,
    );
  }

  /**
   * The cells' weights and the départements' totals of a year other than the reference:
   * reference total × composition effect × own trend, all scaled so that France follows the
   * designed indices (the random drifts move trade between départements, not France's total).
   */
  private yearCells(flow: Flow, year: number): YearCells {
    const key = `${flow}:${year}`;
    if (this.cachedCells?.key === key) return this.cachedCells.cells;
    const base = this.base(flow);
    const weights: Float64Array[] = [];
    const raw = new Float64Array(this.departements.length);
    let designedFrance = 0;
    let rawFrance = 0;
    this.departements.forEach((d, i) => {
      const plan = base.plans[i]!;
      const cells = base.history.cellWeights(plan, d.dgddi, year);
      let before = 0;
      let after = 0;
      for (let c = 0; c < cells.weights.length; c++) {
        before += plan.cellWeight[c]!;
        after += cells.weights[c]!;
      }
      const reference = base.totals[i]!;
      rawFrance += raw[i] = (reference * after * base.history.departementIndex(d.dgddi, year)) / before;
      designedFrance += (reference * cells.designed) / before;
      weights.push(cells.weights);
    });
    const scale = designedFrance / rawFrance;
    const cells = { weights, totals: Float64Array.from(raw, (t) => Math.round(t * scale)) };
    this.cachedCells = { key, cells };
    return cells;
  }

  private base(flow: Flow): FlowBase {
    const existing = this.bases[flow];
    if (existing) return existing;
    const { cat, departements, seed, targets } = this;
    const sizeRng = rngFor(seed, `sizes:${flow}`);
    const profiles = departements.map((d) => departementProfile(d.dgddi));
    const units = departements.map((d, i) => ({
      dgddi: d.dgddi,
      dgddiRegion: d.dgddiRegion,
      weight: profiles[i]![flow] * sizeRng.lognormal(0.1),
    }));
    const totals = calibrateDepartements(units, targets, flow);

    const france = targets.france[flow];
    const rowShares = Array.from(totals, (t) => Math.pow(t / france, ROWS_SIZE_EXPONENT));
    const rowShareSum = rowShares.reduce((s, x) => s + x, 0);
    const largest = Math.max(...totals);
    const plans: DepartementPlan[] = departements.map((d, i) => {
      const cells = Math.max(6, Math.round((ROWS_PER_FLOW * rowShares[i]!) / rowShareSum / QUARTERS_PER_CELL));
      const partners = Math.round(30 + 200 * Math.pow(totals[i]! / largest, 0.3));
      const size = { cells, partners: Math.min(cat.countries.length, Math.max(12, partners)) };
      return planDepartement(cat, flow, profiles[i]!, size, rngFor(seed, `${flow}:${d.dgddi}`));
    });
    ensureEveryProduct(cat, flow, plans, totals, rngFor(seed, `coverage:${flow}`));
    const history = new FlowHistory(cat, flow, seed, targets.referenceYear, this.against);
    return (this.bases[flow] = { totals, plans, sorted: plans.map(sortCells), history });
  }
}

/**
 * Every CPF4 code must appear somewhere in France in each flow: a code no département drew goes,
 * as a small flow, to a département picked in proportion to its size.
 */
function ensureEveryProduct(
  cat: Catalogue,
  flow: Flow,
  plans: DepartementPlan[],
  totals: Float64Array,
  rng: ReturnType<typeof rngFor>,
): void {
  const covered = new Uint8Array(cat.cpf4.length);
  for (const plan of plans) for (const k of plan.cellCpf4) covered[k] = 1;
  const cumulative = cumulativeSums(totals);
  for (let k = 0; k < cat.cpf4.length; k++) {
    if (covered[k]) continue;
    const plan = plans[drawFromCumulative(rng, cumulative)]!;
    addProductCells(plan, cat, flow, k, 1 + rng.int(2), rng);
  }
}
