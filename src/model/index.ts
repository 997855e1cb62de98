// The plain types and constants shared by every layer (store, reference data, figures, charts,
// pages). Nothing here imports from above.
export * from './direction.js';
export * from './period.js';
export * from './territoires-industrie.js';
export * from './territory.js';
export * from './trade.js';
