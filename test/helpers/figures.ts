// One factory for hand-made Figures records: the Loire in 2024 with no position, no previous
// period and no flows, overridden by what a test needs; the registry's indicators are computed
// from the result, so they never go stale after an override.
import { withIndicators, type BaseFigures } from '../../src/figures/indicators/registry.js';
import type { ExposureOverTime } from '../../src/figures/position/over-time.js';
import type { Figures } from '../../src/figures/types.js';

const none = { partners_hhi: null, products_hhi: null, equivalent_partners: null, equivalent_products: null };
const noMovers = { partners: { gains: [], losses: [] }, activities: { gains: [], losses: [] } };
const emptyMatrix = { total_eur: 0, sources: [], targets: [], links: [] };

/** An exposure block with no trade with `partner`, overridden by what a test needs. */
export function exposureBlock(
  partner: string,
  partnerName: string,
  over: Partial<ExposureOverTime> = {},
): ExposureOverTime {
  return {
    partner,
    partner_name: partnerName,
    exports_eur: 0,
    share_of_exports: null,
    france_share_of_exports: null,
    products: [],
    imports_eur: 0,
    share_of_imports: null,
    france_share_of_imports: null,
    import_products: [],
    previous: null,
    ...over,
  };
}

function defaults(): BaseFigures {
  return {
    territory: { kind: 'departement', code: '42', name: 'Loire', slug: '42-loire' },
    region: { kind: 'region', code: '84', name: 'Auvergne-Rhône-Alpes', slug: '84-auvergne-rhone-alpes' },
    year: 2024,
    demo: true,
    partial_year: false,
    quarters: [1, 2, 3, 4],
    period: { from: '2024-T1', to: '2024-T4', quarters: 4 },
    previous_period: null,
    exports: { total_eur: 0, share_of_region: null, share_of_france: null, previous_eur: null, change_rate: null },
    imports: { total_eur: 0, share_of_region: null, share_of_france: null, previous_eur: null, change_rate: null },
    balance_eur: 0,
    exports_to_us_eur: 0,
    history: [],
    series: { quarters: [], rolling: [] },
    partners: [],
    activities: { imports: [], exports: [] },
    movers: { exports: noMovers, imports: noMovers },
    flows: { exports: emptyMatrix, imports: emptyMatrix },
    territoires_industrie: [],
    territoires_industrie_detail: [],
    territoires_industrie_list: 'default',
    opportunities: null,
    complexity: null,
    rank: null,
    concentration: { exports: { ...none, previous: null }, imports: { ...none, previous: null } },
    specialisation: { exports: [], imports: [] },
    exposure: { united_states: exposureBlock('US', 'États-Unis') },
    dependencies: { imports: [] },
  };
}

/** A Figures record: the defaults above, then `overrides` (a whole Figures record may be passed). */
export function makeFigures(overrides: Partial<BaseFigures> = {}): Figures {
  const { schema: _schema, indicators: _indicators, ...rest } = overrides as Partial<Figures>;
  return withIndicators({ ...defaults(), ...rest });
}
