// The « Pistes d'action » charts of a territory: what each block's chart draws, mapped from the
// figures, rendered once with their narrow layouts (see charts/leads.ts).
import { withNarrowLayout, type ChartOutput, type ChartSubject } from '../../charts/index.js';
import { renderLeadsChart, type LeadsInput } from '../../charts/leads.js';
import type { Figures } from '../../figures/types.js';
import { territoryTncc } from '../../reference/territory-article.js';
import { supplierCountryName } from './opportunity-tables.js';
import { yearOrWindow } from './wording.js';

/** Activity rows drawn per block (the CSV keeps every lead). */
export const SUPPLIERS_SHOWN = 5;
export const RELATED_SHOWN = 6;

export type LeadsKey = 'pistes-debouches' | 'pistes-approvisionnements' | 'pistes-activites';

export type OpportunityCharts = Partial<Record<LeadsKey, ChartOutput>>;

type Subject = Pick<Figures, 'territory' | 'opportunities' | 'dependencies' | 'year' | 'period'>;

/**
 * Each block's chart input: markets, one row per top export activity (its country with the
 * largest gap); suppliers, one per dependency (none for France, whose dependency is its own);
 * related activities, by density. None when the block has no figures.
 */
export function leadsInputs(f: Subject, source: string): Partial<Record<LeadsKey, LeadsInput>> {
  const o = f.opportunities;
  if (!o) return {};
  const subject: ChartSubject = {
    name: f.territory.name,
    tncc: territoryTncc(f.territory),
    year: f.year ?? yearOrWindow(f),
    slug: f.territory.slug,
    source,
  };
  const out: Partial<Record<LeadsKey, LeadsInput>> = {};
  if (o.markets)
    out['pistes-debouches'] = {
      subject,
      kind: 'debouches',
      rows: o.markets.flatMap((m) =>
        m.countries.slice(0, 1).map((c) => ({
          code: m.product,
          name: m.name,
          country: c.country,
          country_name: c.country_name,
          exports_eur: c.exports_eur,
          expected_eur: c.expected_eur,
        })),
      ),
    };
  if (f.territory.kind !== 'france')
    out['pistes-approvisionnements'] = {
      subject,
      kind: 'approvisionnements',
      rows: o.suppliers.slice(0, SUPPLIERS_SHOWN).map((s) => ({
        code: s.product,
        name: s.name,
        country: s.country,
        country_name: supplierCountryName(f, s.product, s.country),
        share: s.share,
        france_share: s.france_share_from_country,
      })),
    };
  if (o.related)
    out['pistes-activites'] = {
      subject,
      kind: 'activites',
      rows: o.related
        .slice(0, RELATED_SHOWN)
        .map((r) => ({ code: r.product, name: r.name, density: r.density, rca: r.rca })),
    };
  return out;
}

export function renderOpportunityCharts(f: Subject, source: string): OpportunityCharts {
  const charts: OpportunityCharts = {};
  for (const [key, input] of Object.entries(leadsInputs(f, source)) as [LeadsKey, LeadsInput][])
    charts[key] = withNarrowLayout(renderLeadsChart, input);
  return charts;
}
