// Fictional demo data in the official DGDDI regional format, calibrated on published totals.
export { DEMO_LABEL_FILES, demoMarkerText, writeDemoArchives, type DemoArchiveOptions } from './archive.js';
export { generateDemoYearFrom, validateDemoOptions, type DemoYearFiles, type DemoYearOptions } from './generate.js';
export type { DemoReference } from './catalogue.js';
export { loadDemoReference } from './reference.js';
export { DEMO_DEFAULT_SEED, DEMO_MARKER_FILE, DEMO_TARGETS, type DemoTargets, type FlowTotals } from './targets.js';
export { generateDemoYear } from './year.js';
