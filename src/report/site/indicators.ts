// The four indicators the map can show: their names, values, French formats and colour scales.
import {
  formatChange,
  formatMEur,
  formatNumber,
  formatPercent,
  formatOrdinal,
  formatPart,
  formatSignedMEur,
  NBSP,
} from '../../format/fr.js';
import { EXPORTS, IMPORTS } from '../../model/direction.js';
import { divergingScale, sequentialScale, type ColourScale } from './scales.js';
import type { SiteEntry } from './types.js';

export type IndicatorKey =
  | 'exportations'
  | 'importations'
  | 'solde'
  | 'part-etats-unis'
  | 'evolution-exportations'
  | 'evolution-importations'
  | 'rang-exportations'
  | 'concentration-partenaires';

export interface Indicator {
  key: IndicatorKey;
  /** Radio button label. */
  label: string;
  /** Short column heading of the table. */
  column: string;
  /** Unit added to the column heading in the table's CSV (' (euros)'). */
  unit: string;
  /** One of the first four, always in the table; the others share its last column, which follows the choice. */
  core: boolean;
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
  while (
    decimals < max &&
    Math.abs(Number(millions.toFixed(decimals)) - millions) > 1e-9 * Math.max(1, Math.abs(millions))
  )
    decimals++;
  return `${formatNumber(millions, decimals)}${NBSP}M€`;
}

const orNa = (f: (v: number) => string) => (v: number | null) =>
  v === null || !Number.isFinite(v) ? NOT_AVAILABLE : f(v);

export const INDICATORS: readonly Indicator[] = [
  {
    key: 'exportations',
    label: 'Exportations',
    column: 'Exportations',
    unit: ' (euros)',
    core: true,
    legendTitle: 'Exportations, en millions d’euros',
    value: (e) => e.exports_eur,
    format: orNa((v) => formatMEur(v)),
  },
  {
    key: 'importations',
    label: 'Importations',
    column: 'Importations',
    unit: ' (euros)',
    core: true,
    legendTitle: 'Importations, en millions d’euros',
    value: (e) => e.imports_eur,
    format: orNa((v) => formatMEur(v)),
  },
  {
    key: 'solde',
    label: 'Solde commercial',
    column: 'Solde commercial',
    unit: ' (euros)',
    core: true,
    legendTitle: 'Solde commercial (exportations − importations)',
    value: (e) => e.balance_eur,
    format: orNa((v) => formatSignedMEur(v)),
  },
  {
    key: 'part-etats-unis',
    label: 'Part des exportations vers les États-Unis',
    column: 'Part vers les États-Unis',
    unit: ' (part, de 0 à 1)',
    core: false,
    legendTitle: 'Part des exportations allant aux États-Unis',
    value: (e) => e.us_share_of_exports,
    format: orNa((v) => formatPart(v)),
  },
  {
    key: 'evolution-exportations',
    label: 'Évolution des exportations sur un an',
    column: 'Évolution des exportations',
    unit: ' (taux, 0,05 = +5 %)',
    core: false,
    legendTitle: 'Évolution des exportations par rapport à la même période un an plus tôt',
    value: (e) => e.exports_change ?? null,
    format: orNa((v) => formatChange(v)),
  },
  {
    key: 'evolution-importations',
    label: 'Évolution des importations sur un an',
    column: 'Évolution des importations',
    unit: ' (taux, 0,05 = +5 %)',
    core: false,
    legendTitle: 'Évolution des importations par rapport à la même période un an plus tôt',
    value: (e) => e.imports_change ?? null,
    format: orNa((v) => formatChange(v)),
  },
  {
    key: 'rang-exportations',
    label: 'Rang des exportations parmi les départements',
    column: 'Rang des exportations',
    unit: ' (1 = le plus grand)',
    core: false,
    legendTitle: 'Rang des exportations (1 = le plus exportateur)',
    value: (e) => e.exports_rank ?? null,
    format: orNa((v) => formatOrdinal(v)),
  },
  {
    key: 'concentration-partenaires',
    label: 'Concentration des exportations par pays',
    column: 'Pays équivalents à l’export',
    unit: ' (nombre de pays)',
    core: false,
    legendTitle: 'Nombre équivalent de pays clients (moins il y en a, plus les exportations sont concentrées)',
    value: (e) => e.export_partners_equivalent ?? null,
    format: orNa((v) => `${formatNumber(v, 1)}${NBSP}pays`),
  },
];

/** The indicators the map offers: the core ones always, the others when some département has a value. */
export function availableIndicators(entries: readonly SiteEntry[]): Indicator[] {
  return INDICATORS.filter((ind) => ind.core || entries.some((e) => ind.value(e) !== null));
}

/** The colour scale of an indicator, computed over the given (département) entries. */
export function indicatorScale(indicator: Indicator, entries: readonly SiteEntry[]): ColourScale {
  const values = entries.map((e) => indicator.value(e));
  switch (indicator.key) {
    case 'solde':
      return divergingScale(values, RAMPS.deficit, RAMPS.surplus, formatMEurBreak);
    case 'part-etats-unis':
      return sequentialScale(values, RAMPS['part-etats-unis'], formatPart, 'non disponible (aucune exportation)');
    case 'evolution-exportations':
    case 'evolution-importations':
      // Centred on zero: falls in reds, rises in greens, the same magnitude classes on both sides.
      return divergingScale(values, RAMPS.deficit, RAMPS.surplus, (m) => formatPercent(m, 1), {
        negative: 'baisse',
        positive: 'hausse',
      });
    case 'rang-exportations':
      // Rank 1 is the largest exporter: the darkest colour goes to the smallest ranks.
      return sequentialScale(values, [...RAMPS.exportations].reverse(), (v) => formatOrdinal(v));
    case 'concentration-partenaires':
      // Few equivalent partners = concentrated: the darkest colour goes to the smallest numbers.
      return sequentialScale(
        values,
        [...RAMPS['part-etats-unis']].reverse(),
        (v) => `${formatNumber(v, 1)}${NBSP}pays`,
      );
    default:
      return sequentialScale(values, RAMPS[indicator.key], formatMEurBreak);
  }
}
