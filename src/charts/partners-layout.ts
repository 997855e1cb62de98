// The partners chart's layout: the width of each column (names, bars either side of the axis,
// balance, changes), the common scale of the bars and the rows' height. Computed once; the
// marks (partners.ts, partner-row.ts) only read it.
import { scaleLinear } from 'd3-scale';
import { formatChange, formatMillions, formatSignedMillions } from '../format/fr.js';
import { mEurDecimals } from './common.js';
import { measureText } from './font.js';
import { columnWidth, nameBlockHeight, NAME, wrapName } from './label-column.js';
import { MARKER } from './marker.js';
import { VALUE_SIZE, type RowLayout } from './partner-row.js';
import type { ChartOptions, PartnersInput } from './types.js';

export const HEAD_SIZE = 12;
/** Headers of the change columns, in the flows' colours. */
export const CHANGE_HEADS = { imports: 'Évol. imp.', exports: 'Évol. exp.' };
const GAP = 8;

export interface PartnersLayout extends RowLayout {
  height: number;
  /** Each partner's name, wrapped to the name column. */
  wrapped: string[][];
  legendY: number;
  headY: number;
  /** Top of the first row. */
  top: number;
}

/** Width of the change columns: their headers and values ('–' where none can be computed). */
function changeColumnWidth({ partners }: PartnersInput): number {
  return Math.max(
    measureText(CHANGE_HEADS.imports, HEAD_SIZE, 600),
    measureText(CHANGE_HEADS.exports, HEAD_SIZE, 600),
    ...partners.flatMap((p) =>
      [p.imports_change, p.exports_change].map((r) =>
        measureText(r === null || r === undefined ? '\u2013' : formatChange(r), VALUE_SIZE),
      ),
    ),
  );
}

/** Columns: names | import bars and values | axis | export bars and values | balance | changes. */
export function partnersLayout(input: PartnersInput, options: ChartOptions): PartnersLayout {
  const { partners, totals } = input;
  const width = options.width ?? 800;
  const dec = mEurDecimals(Math.max(0, ...partners.flatMap((p) => [p.imports_eur, p.exports_eur])));
  const names = partners.map((p) => p.name);
  const nameWidth = columnWidth(
    names.map((n) => measureText(n, NAME.size, NAME.weight)),
    60,
    Math.round(width * 0.2),
  );
  const wrapped = names.map((n) => wrapName(n, nameWidth));
  const balanceWidth = Math.max(
    measureText('Solde (M€)', HEAD_SIZE, 600),
    ...partners.map((p) => MARKER + 5 + measureText(formatSignedMillions(p.balance_eur, dec), VALUE_SIZE, 600)),
  );
  const valueWidth = Math.max(
    0,
    ...partners.flatMap((p) => [
      measureText(formatMillions(p.imports_eur, dec), VALUE_SIZE),
      measureText(formatMillions(p.exports_eur, dec), VALUE_SIZE),
    ]),
  );
  const barsX0 = nameWidth + GAP * 2;
  // Change columns (import, export), right of the balance, when the fiche has a previous period.
  const since = input.changeSince;
  const changeWidth = since === undefined ? 0 : changeColumnWidth(input);
  const change =
    since === undefined ? null : { importsRight: width - changeWidth - GAP * 2, exportsRight: width, since };
  const balanceRight = change ? change.importsRight - changeWidth - GAP * 3 : width;
  const barsX1 = balanceRight - balanceWidth - GAP * 3;
  const maxValue = Math.max(0, ...partners.flatMap((p) => [p.imports_eur, p.exports_eur]));
  // A common scale for both sides, leaving room for the value written past the longest bar.
  const barMax = Math.max(0, (barsX1 - barsX0) / 2 - valueWidth - 4);
  const scale = scaleLinear()
    .domain([0, maxValue > 0 ? maxValue : 1])
    .range([0, barMax]);
  const twoLines = wrapped.some((l) => l.length > 1);
  const rowHeight = Math.max(twoLines ? 34 : 24, nameBlockHeight(twoLines ? 2 : 1) + 8);
  const top = 50;
  const contentHeight = top + partners.length * rowHeight + 6;
  return {
    width,
    height: Math.max(options.height ?? 0, partners.length === 0 ? top + 60 : contentHeight),
    wrapped,
    legendY: 14,
    headY: 40,
    top,
    axisX: (barsX0 + barsX1) / 2,
    rowHeight,
    barHeight: Math.min(14, rowHeight - 10),
    balanceWidth,
    balanceRight,
    change,
    scale,
    decimals: dec,
    totals,
  };
}
