// The four indicators the map can show: their names, values, French formats and colour scales.
import { formatMEur, formatNumber, formatShare, formatSignedMEur, NBSP } from '../../format/fr.js';
import { EXPORTS, IMPORTS } from '../../model/direction.js';
import { divergingScale, sequentialScale, type ColourScale } from './scales.js';
import type { SiteEntry } from './types.js';

export type IndicatorKey = 'exportations' | 'importations' | 'solde' | 'part-etats-unis';

export interface Indicator {
  key: IndicatorKey;
  /** Radio button label. */
  label: string;
  /** Legend heading. */
  legendTitle: string;
  value(entry: SiteEntry): number | null;
  /** The value as shown in a title, a tooltip or the table. */
  format(value: number | null): string;
}

export const NOT_AVAILABLE = 'non disponible';

/** Light-to-dark ramps; the darkest keep white text readable, the lightest stay visible on white. */
export const RAMPS = {
  exportations: EXPORTS.ramp,
  importations: IMPORTS.ramp,
  'part-etats-unis': ['#fdf1e3', '#f8d4a9', '#f1ad6a', '#e0823a', '#bd5a1b', '#873c0e'],
  deficit: ['#f9d4cc', '#e98874', '#c73c2b'],
  surplus: ['#d3ecd9', '#7cc490', '#1f7f3b'],
} as const;

/** A break in euros (already rounded to two significant digits), without useless zeros: 1 200 M€, 46 M€, 5 M€, 0,87 M€. */
export function formatMEurBreak(eur: number): string {
  const millions = eur / 1e6;
  const max = millions === 0 ? 0 : Math.max(0, 1 - Math.floor(Math.log10(Math.abs(millions))));
  let decimals = 0;
  while (decimals < max && Math.abs(Number(millions.toFixed(decimals)) - millions) > 1e-9 * Math.max(1, Math.abs(millions))) decimals++;
  return `${formatNumber(millions, decimals)}${NBSP}M€`;
}

const orNa = (f: (v: number) => string) => (v: number | null) => (v === null || !Number.isFinite(v) ? NOT_AVAILABLE : f(v));

export const INDICATORS: readonly Indicator[] = [
  {
    key: 'exportations',
    label: 'Exportations',
    legendTitle: 'Exportations, en millions d’euros',
    value: (e) => e.exports_eur,
    format: orNa((v) => formatMEur(v)),
  },
  {
    key: 'importations',
    label: 'Importations',
    legendTitle: 'Importations, en millions d’euros',
    value: (e) => e.imports_eur,
    format: orNa((v) => formatMEur(v)),
  },
  {
    key: 'solde',
    label: 'Solde commercial',
    legendTitle: 'Solde commercial (exportations − importations)',
    value: (e) => e.balance_eur,
    format: orNa((v) => formatSignedMEur(v)),
  },
  {
    key: 'part-etats-unis',
    label: 'Part des exportations vers les États-Unis',
    legendTitle: 'Part des exportations allant aux États-Unis',
    value: (e) => e.us_share_of_exports,
    format: orNa((v) => formatShare(v)),
  },
];

/** The colour scale of an indicator, computed over the given (département) entries. */
export function indicatorScale(indicator: Indicator, entries: readonly SiteEntry[]): ColourScale {
  const values = entries.map((e) => indicator.value(e));
  switch (indicator.key) {
    case 'solde':
      return divergingScale(values, RAMPS.deficit, RAMPS.surplus, formatMEurBreak);
    case 'part-etats-unis':
      return sequentialScale(values, RAMPS['part-etats-unis'], formatShare, 'non disponible (aucune exportation)');
    default:
      return sequentialScale(values, RAMPS[indicator.key], formatMEurBreak);
  }
}
