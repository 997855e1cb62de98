// Trade rows as the store hands them to the figures: one flow × département × A129 activity ×
// partner country, in whole euros.
import type { Period } from './period.js';

/** DGDDI flow code: E for exports, I for imports (see direction.ts for everything else). */
export type Flow = 'E' | 'I';

/**
 * One row of the cube the indicators start from. Rows may repeat a key (a région is fed its
 * départements' rows): every indicator aggregates by key itself.
 */
export interface CubeRow {
  flow: Flow;
  /** DGDDI département code. */
  dept: string;
  a129: string;
  country: string;
  value: number;
}

/** The trade of one département, flow and quarter, summed over activities and partners. */
export interface QuarterTotal {
  flow: Flow;
  dept: string;
  year: number;
  quarter: number;
  value: number;
}

/**
 * The detailed trade (flow × département × A129 × partner) of a few periods, in columns: row i
 * has its key in flow[i], dept[i], a129[i], country[i], and its sum over periods[p]'s quarters in
 * values[p][i], NaN when the period has no line with that key. `dept` holds the name given at
 * loading when the départements were summed together (a région, France).
 */
export interface TradeCube {
  periods: Period[];
  flow: Flow[];
  dept: string[];
  a129: string[];
  country: string[];
  values: Float64Array[];
}
