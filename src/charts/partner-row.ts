// One row of the partners chart: the country's name, its import and export bars on both sides
// of the axis with their values, and its balance with a ▲/▼ marker.
import type { ScaleLinear } from 'd3-scale';
import {
  formatChange,
  formatMEur,
  formatMillions,
  formatShare,
  formatSignedMEur,
  formatSignedMillions,
  NBSP,
} from '../format/fr.js';
import { comparedWith, duringPeriod } from '../model/period.js';
import { fraction } from './common.js';
import { blockHeight, verticalMetrics } from './font.js';
import { nameBlockHeight, nameLabel } from './label-column.js';
import { rectMark } from './mark.js';
import { balanceMarker, MARKER } from './marker.js';
import { palette } from './palette.js';
import { el, num, textEl, titleEl } from './svg.js';
import type { SceneNode } from './scene.js';
import type { PartnerRow } from './types.js';

export const VALUE_SIZE = 11;
const LINE = 14;

export interface RowLayout {
  width: number;
  axisX: number;
  rowHeight: number;
  barHeight: number;
  balanceWidth: number;
  /** Right edge of the balance column (the change columns, when shown, are right of it). */
  balanceRight: number;
  /** Right edges of the import and export change columns, and the previous period's label; null without them. */
  change: { importsRight: number; exportsRight: number; since: string } | null;
  scale: ScaleLinear<number, number>;
  /** Decimals of the M€ values. */
  decimals: number;
  totals: { imports_eur: number; exports_eur: number };
}

export function partnerRow(p: PartnerRow, lines: string[], y0: number, ruled: boolean, o: RowLayout): SceneNode {
  const cy = y0 + o.rowHeight / 2;
  const row: SceneNode[] = [];
  if (ruled)
    row.push(
      el('line', { class: 'row-rule', x1: 0, x2: o.width, y1: y0, y2: y0, stroke: palette.rule, 'stroke-width': 0.5 }),
    );
  // Name block centred on the row.
  const nameTop = cy - nameBlockHeight(lines.length) / 2;
  row.push(nameLabel(lines, nameTop, p.name));
  const baseline = cy - blockHeight(1, VALUE_SIZE, LINE) / 2 + verticalMetrics().ascent * VALUE_SIZE;
  row.push(...bars(p, cy, baseline, o), balance(p, cy, baseline, o));
  if (o.change) {
    const c = o.change;
    row.push(
      changeValue(p, 'imports', c.importsRight, baseline, c.since),
      changeValue(p, 'exports', c.exportsRight, baseline, c.since),
    );
  }
  return el('g', { class: 'row', 'data-country': p.country }, ...row);
}

/** The import and export bars either side of the axis, with their values past their ends. */
function bars(p: PartnerRow, cy: number, baseline: number, o: RowLayout): SceneNode[] {
  const { axisX, barHeight, decimals: dec } = o;
  const wi = o.scale(p.imports_eur);
  const we = o.scale(p.exports_eur);
  const importTitle = barTitle(p, 'imports', o);
  const exportTitle = barTitle(p, 'exports', o);
  const barY = cy - barHeight / 2;
  const value = { size: VALUE_SIZE, fill: palette.text, className: 'value' };
  return [
    rectMark(
      {
        cls: 'bar bar-import',
        value: p.imports_eur,
        x: axisX - wi,
        y: barY,
        width: wi,
        height: barHeight,
        fill: palette.imports,
      },
      importTitle,
    ),
    rectMark(
      {
        cls: 'bar bar-export',
        value: p.exports_eur,
        x: axisX,
        y: barY,
        width: we,
        height: barHeight,
        fill: palette.exports,
      },
      exportTitle,
    ),
    textEl(axisX - wi - 4, baseline, formatMillions(p.imports_eur, dec), { ...value, anchor: 'end' }),
    textEl(axisX + we + 4, baseline, formatMillions(p.exports_eur, dec), value),
  ];
}

/** A bar's tooltip: the partner, the flow, its value and its share of the territory's flow. */
export function barTitle(
  p: PartnerRow,
  flow: 'imports' | 'exports',
  o: Pick<RowLayout, 'decimals' | 'totals'>,
): string {
  const words = flow === 'imports' ? 'importations' : 'exportations';
  const v = flow === 'imports' ? p.imports_eur : p.exports_eur;
  const total = flow === 'imports' ? o.totals.imports_eur : o.totals.exports_eur;
  return `${p.name} – ${words} : ${formatMEur(v, o.decimals)} (${formatShare(fraction(v, total))} des ${words})`;
}

/** The balance with its ▲/▼ marker, right-aligned on `o.balanceRight`. */
export function balance(
  p: PartnerRow,
  cy: number,
  baseline: number,
  o: Pick<RowLayout, 'balanceRight' | 'balanceWidth' | 'decimals'>,
): SceneNode {
  const surplus = p.balance_eur >= 0;
  const word = p.balance_eur > 0 ? 'excédent' : p.balance_eur < 0 ? 'déficit' : 'équilibre';
  return el(
    'g',
    { class: `balance ${surplus ? 'surplus' : 'deficit'}`, 'data-value': p.balance_eur },
    titleEl(`${p.name} – solde commercial : ${formatSignedMEur(p.balance_eur, o.decimals)} (${word})`),
    balanceMarker(o.balanceRight - o.balanceWidth + MARKER / 2, cy, surplus, 'marker'),
    textEl(o.balanceRight, baseline, formatSignedMillions(p.balance_eur, o.decimals), {
      size: VALUE_SIZE,
      weight: 600,
      anchor: 'end',
      fill: surplus ? palette.surplus : palette.deficit,
    }),
  );
}

/** The change of one flow with the partner ('+3,2 %'), or '–' when none can be computed (no trade then). */
function changeValue(
  p: PartnerRow,
  flow: 'imports' | 'exports',
  right: number,
  baseline: number,
  since: string,
): SceneNode {
  const rate = flow === 'imports' ? p.imports_change : p.exports_change;
  const words = flow === 'imports' ? 'importations' : 'exportations';
  const known = rate !== null && rate !== undefined;
  const tooltip = known
    ? `${p.name} – ${words}${NBSP}: ${formatChange(rate)} ${comparedWith(since)}`
    : `${p.name} – ${words}${NBSP}: évolution non calculable (aucun échange ${duringPeriod(since)})`;
  return el(
    'g',
    { class: `change change-${flow}`, 'data-value': known ? num(rate, 6) : undefined },
    titleEl(tooltip),
    textEl(right, baseline, known ? formatChange(rate) : '–', {
      size: VALUE_SIZE,
      anchor: 'end',
      fill: known ? palette.text : palette.muted,
      className: 'value',
    }),
  );
}
