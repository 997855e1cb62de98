// How a demo year other than the reference year differs from it: every (product, partner) cell
// of a département keeps its 2024 weight times the index of its activity and of its partner in
// that year (profiles/trends.ts, plus drifts drawn per seed), a random walk of its own, and the
// département's own trend; a few départements move against the national cycle. The reference
// year itself never goes through here, so that its calibration holds to the euro.
import type { Flow } from './calibrate.js';
import type { Catalogue } from './catalogue.js';
import type { DepartementPlan } from './plan.js';
import { departementProfile } from './profiles/departements.js';
import { activityIndex, generalIndex, hasPartnerPath, partnerIndex } from './profiles/trends.js';
import { rngFor, type Rng } from './rng.js';
import { sampleWithoutReplacement } from './sample.js';

/** Yearly growth drawn per seed: activities, partners, départements, a département's activities. */
const ACTIVITY_DRIFT = 0.025;
const PARTNER_DRIFT = 0.02;
const DEPARTEMENT_DRIFT = 0.015;
const DEPARTEMENT_ACTIVITY_DRIFT = 0.035;
/** Yearly log-step of each cell's own random walk. */
const CELL_WALK = 0.08;
/** How many départements move against the national cycle, and how strongly. */
const AGAINST_COUNT = 4;
const AGAINST_POWER = -1.7;

/** Growth rate ~ N(0, sd), kept within ±2.5 sd so that no trajectory explodes. */
function drift(rng: Rng, sd: number): number {
  return sd * Math.max(-2.5, Math.min(2.5, rng.normal()));
}

/**
 * The départements that move against the national cycle: mid-sized mainland ones, none whose
 * reference totals are pinned, drawn per seed.
 */
export function againstTrendDepartements(
  seed: number,
  departements: readonly string[],
  pinned: ReadonlySet<string>,
): string[] {
  const eligible = departements.filter((d) => {
    const size = departementProfile(d).exports;
    return !d.startsWith('9') && !pinned.has(d) && size >= 1 && size <= 10;
  });
  const picked = sampleWithoutReplacement(
    rngFor(seed, 'history:against'),
    eligible.map(() => 1),
    AGAINST_COUNT,
  );
  return picked.map((i) => eligible[i]!).sort();
}

/** The per-seed part of the history of one flow: drifts and the against-trend départements. */
export class FlowHistory {
  private readonly activityDrift: Float64Array;
  private readonly partnerDrift: Float64Array;
  private readonly against: ReadonlySet<string>;

  constructor(
    private readonly cat: Catalogue,
    private readonly flow: Flow,
    private readonly seed: number,
    private readonly reference: number,
    against: readonly string[],
  ) {
    const activities = rngFor(seed, `history:activities:${flow}`);
    this.activityDrift = Float64Array.from(cat.a129, () => drift(activities, ACTIVITY_DRIFT));
    const partners = rngFor(seed, `history:partners:${flow}`);
    // Every partner draws its drift (so that the streams do not shift), designed ones drop it.
    this.partnerDrift = Float64Array.from(cat.countries, (code) => {
      const g = drift(partners, PARTNER_DRIFT);
      return hasPartnerPath(flow, code) ? 0 : g;
    });
    this.against = new Set(against);
  }

  /** Index of each département total's own trend in `year` (composition effects aside). */
  departementIndex(dgddi: string, year: number): number {
    const rng = rngFor(this.seed, `history:departement:${dgddi}`);
    const common = rng.normal();
    const own = this.flow === 'exports' ? rng.normal() : (rng.normal(), rng.normal());
    const growth = DEPARTEMENT_DRIFT * Math.max(-2.5, Math.min(2.5, 0.85 * common + 0.5 * own));
    const trend = Math.pow(1 + growth, year - this.reference);
    return this.against.has(dgddi) ? trend * Math.pow(generalIndex(this.flow, year), AGAINST_POWER) : trend;
  }

  /**
   * Weight of each of the département's cells in `year`, on the scale of the reference weights
   * (their sum, divided by the reference sum, is the département's composition effect), and the
   * sum of the weights with the designed indices only (no drift, no walk): what the national
   * total should follow.
   */
  cellWeights(plan: DepartementPlan, dgddi: string, year: number): { weights: Float64Array; designed: number } {
    const { cat, flow, reference } = this;
    const span = year - reference;
    const own = rngFor(this.seed, `history:activities:${flow}:${dgddi}`);
    const activityDesigned = Float64Array.from(
      cat.a129,
      (code) => activityIndex(flow, code, year) / activityIndex(flow, code, reference),
    );
    const activity = Float64Array.from(activityDesigned, (index, a) => {
      const growth = this.activityDrift[a]! + drift(own, DEPARTEMENT_ACTIVITY_DRIFT);
      return index * Math.pow(1 + growth, span);
    });
    const partnerDesigned = Float64Array.from(
      cat.countries,
      (code) => partnerIndex(flow, code, year, reference) / partnerIndex(flow, code, reference, reference),
    );
    const partner = Float64Array.from(partnerDesigned, (index, p) => index * Math.pow(1 + this.partnerDrift[p]!, span));
    const n = plan.cellWeight.length;
    const walk = new Float64Array(n);
    // A walk from the reference year, one step per year, each year's steps from their own stream.
    for (let y = Math.min(year, reference) + 1; y <= Math.max(year, reference); y++) {
      const steps = rngFor(this.seed, `history:walk:${flow}:${dgddi}:${y}`);
      for (let c = 0; c < n; c++) walk[c] = walk[c]! + CELL_WALK * steps.normal();
    }
    const weights = new Float64Array(n);
    let designed = 0;
    for (let c = 0; c < n; c++) {
      const a = cat.cpf4A129[plan.cellCpf4[c]!]!;
      const p = plan.cellCountry[c]!;
      const w = plan.cellWeight[c]!;
      weights[c] = w * activity[a]! * partner[p]! * Math.exp(walk[c]!);
      designed += w * activityDesigned[a]! * partnerDesigned[p]!;
    }
    return { weights, designed };
  }
}
