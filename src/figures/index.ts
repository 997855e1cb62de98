// Pure figures: plain rows in, plain data out. Loading them from the store is src/pipeline's job.
export * from './types.js';
export { computeFigures, flowTotals, type FlowTotals, type YearContext } from './compute.js';
