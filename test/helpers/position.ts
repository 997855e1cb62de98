// The position keys of a hand-made Figures record whose test does not look at them: no rank,
// nothing to concentrate, no exposure, no dependency, no previous period.
import type { PositionOverTime } from '../../src/figures/position/over-time.js';

const none = { partners_hhi: null, products_hhi: null, equivalent_partners: null, equivalent_products: null };

export function noPosition(): PositionOverTime {
  return {
    rank: null,
    concentration: { exports: { ...none, previous: null }, imports: { ...none, previous: null } },
    specialisation: { exports: [], imports: [] },
    exposure: {
      united_states: {
        partner: 'US',
        partner_name: 'États-Unis',
        exports_eur: 0,
        share_of_exports: null,
        france_share_of_exports: null,
        products: [],
        previous_exports_eur: null,
        previous_share_of_exports: null,
        previous_france_share_of_exports: null,
      },
    },
    dependencies: { imports: [] },
  };
}
