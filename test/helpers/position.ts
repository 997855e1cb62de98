// The position keys of a hand-made Figures record whose test does not look at them: no rank,
// nothing to concentrate, no exposure, no dependency.
import type { Position } from '../../src/figures/position/index.js';

const none = { partners_hhi: null, products_hhi: null, equivalent_partners: null, equivalent_products: null };

export function noPosition(): Position {
  return {
    rank: null,
    concentration: { exports: { ...none }, imports: { ...none } },
    specialisation: { exports: [], imports: [] },
    exposure: {
      united_states: { partner: 'US', partner_name: 'États-Unis', exports_eur: 0, share_of_exports: null, france_share_of_exports: null, products: [] },
    },
    dependencies: { imports: [] },
  };
}
