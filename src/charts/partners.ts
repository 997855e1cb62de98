// Partners chart ("Balance commerciale territoriale"): one row per main partner country,
// imports as a bar to the left of a common axis, exports to the right, and the balance
// (exports − imports) written in red (deficit) or green (surplus) with a ▼/▲ marker so that
// colour is not the only cue.

import { scaleLinear } from 'd3-scale';
import { formatChange, formatMEur, formatMillions, formatSignedMEur, formatSignedMillions } from '../format/fr.js';
import { ofName, theName } from '../format/article.js';
import { comparedWith, duringPeriod } from '../model/period.js';
import { chartOutput, defaultIdPrefix, mEurDecimals, territoryYear, type Column } from './common.js';
import { measureText } from './font.js';
import { columnHeaders } from './headers.js';
import { columnWidth, nameBlockHeight, NAME, wrapName } from './label-column.js';
import { inlineLegend } from './legend.js';
import { MARKER } from './marker.js';
import { noticeLines } from './notice.js';
import { palette } from './palette.js';
import { partnerRow, VALUE_SIZE, type RowLayout } from './partner-row.js';
import { el } from './svg.js';
import type { ChartOptions, ChartOutput, PartnerRow, PartnersInput } from './types.js';

const HEAD_SIZE = 12;
/** Headers of the change columns, in the flows' colours. */
const CHANGE_HEADS = { imports: 'Évol. imp.', exports: 'Évol. exp.' };

/** A change rate for the data table: '' where none can be computed. */
const rateCell = (r: number | null | undefined): number | string => (r === null || r === undefined ? '' : r);
const GAP = 8;

export function renderPartnersChart(input: PartnersInput, options: ChartOptions = {}): ChartOutput {
  const { subject, partners, totals } = input;
  const width = options.width ?? 800;
  const id = options.idPrefix ?? defaultIdPrefix('partenaires', subject);
  const title = options.title ?? `Principaux pays à l'import et à l'export, ${territoryYear(subject)}`;
  const dec = mEurDecimals(Math.max(0, ...partners.flatMap((p) => [p.imports_eur, p.exports_eur])));

  // Columns: names | import bars and values | axis | export bars and values | balance.
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
  const changeWidth =
    since === undefined
      ? 0
      : Math.max(
          measureText(CHANGE_HEADS.imports, HEAD_SIZE, 600),
          measureText(CHANGE_HEADS.exports, HEAD_SIZE, 600),
          ...partners.flatMap((p) =>
            [p.imports_change, p.exports_change].map((r) =>
              measureText(r === null || r === undefined ? '\u2013' : formatChange(r), VALUE_SIZE),
            ),
          ),
        );
  const changes =
    since === undefined ? null : { importsRight: width - changeWidth - GAP * 2, exportsRight: width, since };
  const balanceRight = changes ? changes.importsRight - changeWidth - GAP * 3 : width;
  const barsX1 = balanceRight - balanceWidth - GAP * 3;
  const axisX = (barsX0 + barsX1) / 2;
  const half = (barsX1 - barsX0) / 2;
  const maxValue = Math.max(0, ...partners.flatMap((p) => [p.imports_eur, p.exports_eur]));
  // A common scale for both sides, leaving room for the value written past the longest bar.
  const barMax = Math.max(0, half - valueWidth - 4);
  const x = scaleLinear()
    .domain([0, maxValue > 0 ? maxValue : 1])
    .range([0, barMax]);

  const twoLines = wrapped.some((l) => l.length > 1);
  const rowHeight = Math.max(twoLines ? 34 : 24, nameBlockHeight(twoLines ? 2 : 1) + 8);
  const legendY = 14;
  const headY = 40;
  const top = 50;
  const contentHeight = top + partners.length * rowHeight + 6;
  const height = Math.max(options.height ?? 0, partners.length === 0 ? top + 60 : contentHeight);
  const layout: RowLayout = {
    width,
    axisX,
    rowHeight,
    barHeight: Math.min(14, rowHeight - 10),
    balanceWidth,
    balanceRight,
    change: changes,
    scale: x,
    decimals: dec,
    totals,
  };

  const body: string[] = [
    // The legend also tells which side is which.
    inlineLegend(
      [
        { key: { swatch: palette.imports, cls: 'import' }, label: 'Importations', fill: palette.text },
        { key: { swatch: palette.exports, cls: 'export' }, label: 'Exportations', fill: palette.text },
        { key: { marker: 'surplus' }, label: 'Excédent', fill: palette.surplus },
        { key: { marker: 'deficit' }, label: 'Déficit', fill: palette.deficit },
      ],
      legendY,
      VALUE_SIZE,
    ),
    columnHeaders(headY, HEAD_SIZE, [
      { x: 0, text: 'Pays', fill: palette.muted },
      { x: axisX - 6, text: 'Importations (M€)', anchor: 'end', fill: palette.imports },
      { x: axisX + 6, text: 'Exportations (M€)', fill: palette.exports },
      { x: balanceRight, text: 'Solde (M€)', anchor: 'end', fill: palette.muted },
      ...(changes
        ? [
            { x: changes.importsRight, text: CHANGE_HEADS.imports, anchor: 'end' as const, fill: palette.imports },
            { x: changes.exportsRight, text: CHANGE_HEADS.exports, anchor: 'end' as const, fill: palette.exports },
          ]
        : []),
    ]),
  ];

  if (partners.length === 0) {
    body.push(
      ...noticeLines('Aucun échange enregistré avec un pays partenaire.', 0, top + 6, width, NAME.size, 'start'),
    );
  }
  partners.forEach((p, i) => body.push(partnerRow(p, wrapped[i]!, top + i * rowHeight, i > 0, layout)));
  if (partners.length > 0) {
    body.push(
      el('line', {
        class: 'axis',
        x1: axisX,
        x2: axisX,
        y1: top,
        y2: top + partners.length * rowHeight,
        stroke: palette.axis,
        'stroke-width': 1,
      }),
    );
  }

  return chartOutput(
    {
      width,
      height,
      idPrefix: id,
      source: subject.source,
      className: 'chart chart-partners',
      title,
      description: describe(input, dec),
    },
    body,
    {
      columns: [
        ['Pays', 'text'],
        ['Importations (euros)', 'euros'],
        ['Exportations (euros)', 'euros'],
        ['Solde commercial (euros)', 'euros'],
        ...(since === undefined
          ? []
          : ([
              [`Évolution des importations ${comparedWith(since)}`, 'change'],
              [`Évolution des exportations ${comparedWith(since)}`, 'change'],
            ] as Column[])),
      ],
      rows: partners.map((p) => [
        p.name,
        p.imports_eur,
        p.exports_eur,
        p.balance_eur,
        ...(since === undefined ? [] : [rateCell(p.imports_change), rateCell(p.exports_change)]),
      ]),
    },
  );
}

function describe({ subject, partners }: PartnersInput, dec: number): string {
  const first: PartnerRow | undefined = partners[0];
  const deficits = partners.filter((p) => p.balance_eur < 0).length;
  if (!first) return `Aucun pays partenaire n'est enregistré pour ${theName(subject)} ${duringPeriod(subject.year)}.`;
  return (
    `Barres opposées : importations à gauche et exportations à droite d'un axe commun, pour les ${partners.length} principaux pays partenaires ${ofName(subject)} ${duringPeriod(subject.year)}, classés par montant total des échanges. ` +
    `Premier partenaire : ${first.name} (importations ${formatMEur(first.imports_eur, dec)}, exportations ${formatMEur(first.exports_eur, dec)}, balance ${formatSignedMEur(first.balance_eur, dec)}). ` +
    `Le solde est déficitaire avec ${deficits} de ces pays et excédentaire ou nul avec ${partners.length - deficits}.`
  );
}
