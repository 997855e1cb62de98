// The demo year from the tool's own reference data (the pure core takes them injected).
import { generateDemoYearFrom, type DemoYearFiles, type DemoYearOptions } from './generate.js';
import { loadDemoReference } from './reference.js';

/** The two main files of a demo year: same year and seed → same text, byte for byte. */
export function generateDemoYear(options: DemoYearOptions): DemoYearFiles {
  return generateDemoYearFrom(loadDemoReference(), options);
}
