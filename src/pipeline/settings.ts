// What the commands need before the pipeline runs: where the store is, the years the import
// accepts (to check options first) and the defaults and environment variables their help names.
// Light on purpose: the commands load it to register their options, before any DuckDB or network code.
export { acceptedYears } from '../dgddi/format.js';
export { DEMO_DEFAULT_SEED } from '../demo/targets.js';
export { ENV_API, ENV_DEADLINE, ENV_DGDDI_DATASET, ENV_SOURCES, ENV_TI_DATASET } from '../fetch/config.js';
export { resolveStorePath } from '../store/store-path.js';
