// The registry's indicators on the map: their values in the site entries and their colour scales.
import { formatNumber, formatPercent, formatOrdinal, formatPart, NBSP } from '../../format/fr.js';
import { schemeRdBu } from 'd3-scale-chromatic';
import { EXPORTS, IMPORTS } from '../../model/direction.js';
import { divergingScale, pickColours, sequentialScale, type ColourScale } from './scales.js';
import type { SiteEntry } from './types.js';
import {
  formatIndicator,
  indicatorLabel,
  INDICATORS as REGISTRY,
  NOT_AVAILABLE,
  type IndicatorDescriptor,
} from '../../figures/indicators/registry.js';

/** A registry indicator as the map shows it: its value in a site entry, and its format. */
export interface Indicator extends Omit<IndicatorDescriptor, 'value'> {
  value(entry: SiteEntry): number | null;
  /** The value as shown in a title, a tooltip or the table. */
  format(value: number | null): string;
}

export { NOT_AVAILABLE };

/**
 * Deficits (falls) and surpluses (rises), light to dark: ColorBrewer's red–blue diverging scheme
 * (d3-scale-chromatic schemeRdBu, 9 classes, without its three palest), marked colour-blind safe
 * by ColorBrewer — red against green would merge for the one reader in twelve with a red–green
 * deficiency (test/report/site/palettes.test.ts checks it under simulated deuteranopia and protanopia).
 */
const DIVERGING = {
  deficit: schemeRdBu[9]!.slice(0, 3).reverse(),
  surplus: schemeRdBu[9]!.slice(6),
};

export const RAMPS = {
  exportations: EXPORTS.ramp,
  importations: IMPORTS.ramp,
  'part-etats-unis': ['#fdf1e3', '#f8d4a9', '#f1ad6a', '#e0823a', '#bd5a1b', '#873c0e'],
  ...DIVERGING,
} as const;

/** A break in euros (already rounded to two significant digits), without useless zeros: 1 200 M€, 46 M€, 5 M€, 0,87 M€. */
export function formatMEurBreak(eur: number): string {
  const millions = eur / 1e6;
  const max = millions === 0 ? 0 : Math.max(0, 1 - Math.floor(Math.log10(Math.abs(millions))));
  let decimals = 0;
  while (
    decimals < max &&
    Math.abs(Number(millions.toFixed(decimals)) - millions) > 1e-9 * Math.max(1, Math.abs(millions))
  )
    decimals++;
  return `${formatNumber(millions, decimals)}${NBSP}M€`;
}

/** Every registry indicator, in the registry's order, read from the entries' `indicators`; the map's are départements. */
export const INDICATORS: readonly Indicator[] = REGISTRY.map((d) => ({
  ...d,
  label: indicatorLabel(d, ['departement']),
  value: (e: SiteEntry) => e.indicators[d.key] ?? null,
  format: (v: number | null) => formatIndicator(d, v),
}));

/** The indicators the map offers: the core ones always, the others when some département has a value. */
export function availableIndicators(entries: readonly SiteEntry[]): Indicator[] {
  return INDICATORS.filter((ind) => ind.core || entries.some((e) => ind.value(e) !== null));
}

/** The colour scale of an indicator, computed over the given (département) entries. */
export function indicatorScale(indicator: Indicator, entries: readonly SiteEntry[]): ColourScale {
  const values = entries.map((e) => indicator.value(e));
  switch (indicator.scale) {
    case 'balance':
      return divergingScale(values, RAMPS.deficit, RAMPS.surplus, formatMEurBreak);
    case 'share':
      return sequentialScale(values, RAMPS['part-etats-unis'], formatPart, {
        missingLabel: 'non disponible (aucune exportation)',
      });
    case 'change':
    case 'balance-share':
      // Centred on zero: falls in reds, rises in blues, the same magnitude classes on both sides.
      return divergingScale(values, RAMPS.deficit, RAMPS.surplus, (m) => formatPercent(m, 1), {
        negative: indicator.scale === 'change' ? 'baisse' : 'déficit',
        positive: indicator.scale === 'change' ? 'hausse' : 'excédent',
      });
    case 'rank':
      // Rank 1 is the largest exporter: the darkest colour goes to the smallest ranks.
      return sequentialScale(values, [...RAMPS.exportations].reverse(), (v) => formatOrdinal(v), { whole: true });
    case 'equivalent-count':
      // Few equivalent partners = concentrated: the darkest colour goes to the smallest numbers.
      return sequentialScale(
        values,
        [...RAMPS['part-etats-unis']].reverse(),
        (v) => `${formatNumber(v, 1)}${NBSP}pays`,
      );
    case 'index':
      // A standardised index (the ECI): below the départements' mean in oranges, above it in purples.
      return divergingScale(
        values,
        pickColours(RAMPS['part-etats-unis'], 3),
        pickColours(RAMPS.exportations, 3),
        (m) => formatNumber(m, 2),
        { negative: 'sous la moyenne', positive: 'au-dessus de la moyenne' },
      );
    case 'exports':
      return sequentialScale(values, RAMPS.exportations, formatMEurBreak);
    case 'imports':
      return sequentialScale(values, RAMPS.importations, formatMEurBreak);
  }
}
