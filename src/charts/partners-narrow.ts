// The partners chart on a narrow page (a phone): one block per country, its name and balance
// on a line, then its import and export bars stacked from the left edge, each with its value
// (and its change when the fiche has a previous period). Read whole at 340 px, no text under 11 px.
import { scaleLinear } from 'd3-scale';
import { formatChange, formatMillions, formatSignedMillions } from '../format/fr.js';
import { mEurDecimals } from './common.js';
import { blockHeight, measureText, verticalMetrics } from './font.js';
import { columnHeaders } from './headers.js';
import { nameBlockHeight, nameLabel, NAME, wrapName } from './label-column.js';
import { inlineLegend, type LegendItem } from './legend.js';
import { rectMark } from './mark.js';
import { MARKER } from './marker.js';
import { noticeLines } from './notice.js';
import { palette } from './palette.js';
import { balance, barTitle, VALUE_SIZE } from './partner-row.js';
import type { SceneNode } from './scene.js';
import { el, textEl } from './svg.js';
import type { PartnerRow, PartnersInput } from './types.js';

const HEAD_SIZE = 12;
const BAR = 11;
const BAR_GAP = 5;
const ROW_GAP = 10;

interface NarrowLayout {
  width: number;
  withChange: boolean;
  decimals: number;
  balanceWidth: number;
  barMax: number;
  totals: PartnersInput['totals'];
}

/** ' (+3,2 %)' after a value when the chart shows changes, ' (–)' where none can be computed. */
function changeSuffix(rate: number | null | undefined, withChange: boolean): string {
  if (!withChange) return '';
  return rate === null || rate === undefined ? ' (\u2013)' : ` (${formatChange(rate)})`;
}

function valueText(p: PartnerRow, flow: 'imports' | 'exports', dec: number, withChange: boolean): string {
  return flow === 'imports'
    ? formatMillions(p.imports_eur, dec) + changeSuffix(p.imports_change, withChange)
    : formatMillions(p.exports_eur, dec) + changeSuffix(p.exports_change, withChange);
}

function narrowLayout(input: PartnersInput, width: number): NarrowLayout {
  const { partners } = input;
  const dec = mEurDecimals(Math.max(0, ...partners.flatMap((p) => [p.imports_eur, p.exports_eur])));
  const withChange = input.changeSince !== undefined;
  const valueWidth = Math.max(
    0,
    ...partners
      .flatMap((p) => [valueText(p, 'imports', dec, withChange), valueText(p, 'exports', dec, withChange)])
      .map((t) => measureText(t, VALUE_SIZE)),
  );
  const balanceWidth = Math.max(
    measureText('Solde (M€)', HEAD_SIZE, 600),
    ...partners.map((p) => MARKER + 5 + measureText(formatSignedMillions(p.balance_eur, dec), VALUE_SIZE, 600)),
  );
  return {
    width,
    withChange,
    decimals: dec,
    balanceWidth,
    barMax: Math.max(0, width - valueWidth - 6),
    totals: input.totals,
  };
}

/** The legend on two rows: the flows, then the balance markers. */
function legend(): SceneNode[] {
  const rows: LegendItem[][] = [
    [
      { key: { swatch: palette.imports, cls: 'import' }, label: 'Importations', fill: palette.text },
      { key: { swatch: palette.exports, cls: 'export' }, label: 'Exportations', fill: palette.text },
    ],
    [
      { key: { marker: 'surplus' }, label: 'Excédent', fill: palette.surplus },
      { key: { marker: 'deficit' }, label: 'Déficit', fill: palette.deficit },
    ],
  ];
  return rows.map((items, i) => inlineLegend(items, 14 + i * 18, VALUE_SIZE));
}

function narrowRow(
  p: PartnerRow,
  top: number,
  l: NarrowLayout,
  scale: (v: number) => number,
): { node: SceneNode; height: number } {
  const { ascent } = verticalMetrics();
  const lines = wrapName(p.name, l.width - l.balanceWidth - 8);
  const nameHeight = nameBlockHeight(lines.length);
  const name = nameLabel(lines, top, p.name);
  const firstBaseline = top + ascent * NAME.size;
  const sign = balance(p, firstBaseline - 4, firstBaseline, {
    balanceRight: l.width,
    balanceWidth: l.balanceWidth,
    decimals: l.decimals,
  });
  const bars = (['imports', 'exports'] as const).flatMap((flow, k) => {
    const y = top + nameHeight + BAR_GAP + k * (BAR + BAR_GAP);
    const v = flow === 'imports' ? p.imports_eur : p.exports_eur;
    const w = scale(v);
    const baseline = y + BAR / 2 - blockHeight(1, VALUE_SIZE, 14) / 2 + ascent * VALUE_SIZE;
    return [
      rectMark(
        {
          cls: `bar bar-${flow === 'imports' ? 'import' : 'export'}`,
          value: v,
          x: 0,
          y,
          width: w,
          height: BAR,
          fill: flow === 'imports' ? palette.imports : palette.exports,
        },
        barTitle(p, flow, l),
      ),
      textEl(w + 4, baseline, valueText(p, flow, l.decimals, l.withChange), {
        size: VALUE_SIZE,
        fill: palette.text,
        className: 'value',
      }),
    ];
  });
  const height = nameHeight + BAR_GAP + 2 * BAR + BAR_GAP + ROW_GAP;
  return { node: el('g', { class: 'row', 'data-country': p.country }, name, sign, ...bars), height };
}

/** The narrow chart's marks and their height. */
export function narrowPartnersBody(input: PartnersInput, width: number): { body: SceneNode[]; height: number } {
  const l = narrowLayout(input, width);
  const headY = 60;
  const body: SceneNode[] = [
    ...legend(),
    columnHeaders(headY, HEAD_SIZE, [
      { x: 0, text: 'Pays et échanges (M€)', fill: palette.muted },
      { x: width, text: 'Solde (M€)', anchor: 'end', fill: palette.muted },
    ]),
  ];
  let top = headY + 10;
  if (input.partners.length === 0) {
    body.push(...noticeLines('Aucun échange enregistré avec un pays partenaire.', 0, top, width, NAME.size, 'start'));
    return { body, height: top + 50 };
  }
  const max = Math.max(0, ...input.partners.flatMap((p) => [p.imports_eur, p.exports_eur]));
  const scale = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, l.barMax]);
  input.partners.forEach((p, i) => {
    if (i > 0) {
      body.push(
        el('line', {
          class: 'row-rule',
          x1: 0,
          x2: width,
          y1: top - ROW_GAP / 2,
          y2: top - ROW_GAP / 2,
          stroke: palette.rule,
          'stroke-width': 0.5,
        }),
      );
    }
    const row = narrowRow(p, top, l, scale);
    body.push(row.node);
    top += row.height;
  });
  return { body, height: top };
}
