// Trade rows as the store hands them to the figures: one flow × département × A129 activity ×
// partner country, in whole euros.

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
