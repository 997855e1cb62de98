// Fictional demo data in the official DGDDI regional format, calibrated on published totals.
export { DEMO_LABEL_FILES, demoMarkerText, writeDemoArchives, type DemoArchiveOptions } from './archive.js';
export {
  DemoGenerator,
  generateDemoYearFrom,
  validateDemoOptions,
  type DemoYearFiles,
  type DemoYearOptions,
} from './generate.js';
export {
  latestPeriod,
  LATEST_MAIN_FILES,
  writeDemoHistory,
  type DemoHistoryOptions,
  type DemoHistoryStep,
} from './history-archive.js';
export type { DemoReference } from './catalogue.js';
export { loadDemoReference } from './reference.js';
export { DEMO_MARKER_FILE } from '../dgddi/format.js';
export { DEMO_DEFAULT_SEED, DEMO_TARGETS, type DemoTargets, type FlowTotals } from './targets.js';
export { createDemoGenerator, generateDemoYear } from './year.js';
