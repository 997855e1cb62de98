// The demo years from the tool's own reference data (the pure core takes them injected).
import { DemoGenerator, generateDemoYearFrom, type DemoYearFiles, type DemoYearOptions } from './generate.js';
import { loadDemoReference } from './reference.js';

/** The two main files of a demo year: same year and seed → same text, byte for byte. */
export function generateDemoYear(options: DemoYearOptions): DemoYearFiles {
  return generateDemoYearFrom(loadDemoReference(), options);
}

/** A generator of the demo years of one seed (shares the work common to all years). */
export function createDemoGenerator(seed: number): DemoGenerator {
  return new DemoGenerator(loadDemoReference(), seed);
}
