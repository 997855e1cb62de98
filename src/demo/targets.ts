// Calibration targets of the demo data: the published 2024 totals (DGDDI, rounded to 0.1 M€),
// which the generated rows reproduce exactly, to the euro. Only the 2024 totals are published
// here; a demo of any other year reuses them and only the year written on each line changes.

export interface FlowTotals {
  /** Exports in euros. */
  exports: number;
  /** Imports in euros. */
  imports: number;
}

export interface DemoTargets {
  /** Year the totals were published for. */
  referenceYear: number;
  france: FlowTotals;
  /** By DGDDI région code. */
  regions: Readonly<Record<string, FlowTotals>>;
  /** By DGDDI département code. */
  departements: Readonly<Record<string, FlowTotals>>;
}

export const DEMO_TARGETS: DemoTargets = Object.freeze({
  referenceYear: 2024,
  france: Object.freeze({ exports: 580_354_500_000, imports: 684_776_300_000 }),
  regions: Object.freeze({
    // Auvergne-Rhône-Alpes
    '18': Object.freeze({ exports: 71_307_500_000, imports: 76_304_600_000 }),
  }),
  departements: Object.freeze({
    // Loire
    '42': Object.freeze({ exports: 4_192_100_000, imports: 4_742_800_000 }),
  }),
});

/** Seed used when the user gives none. */
export const DEMO_DEFAULT_SEED = 42;
