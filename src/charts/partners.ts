// Partners chart ("Balance commerciale territoriale"): one row per main partner country,
// imports as a bar to the left of a common axis, exports to the right, and the balance
// (exports − imports) written in red (deficit) or green (surplus) with a ▼/▲ marker so that
// colour is not the only cue.

import { formatMEur, formatSignedMEur } from '../format/fr.js';
import { ofName, theName } from '../format/article.js';
import { comparedWith, duringPeriod } from '../model/period.js';
import { chartOutput, defaultIdPrefix, isNarrow, territoryYear, type Column } from './common.js';
import { columnHeaders } from './headers.js';
import { NAME } from './label-column.js';
import { inlineLegend } from './legend.js';
import { noticeLines } from './notice.js';
import { palette } from './palette.js';
import { partnerRow, VALUE_SIZE } from './partner-row.js';
import { narrowPartnersBody } from './partners-narrow.js';
import { CHANGE_HEADS, HEAD_SIZE, partnersLayout, type PartnersLayout } from './partners-layout.js';
import type { SceneNode } from './scene.js';
import { el } from './svg.js';
import type { ChartOptions, ChartOutput, ChartTable, PartnerRow, PartnersInput } from './types.js';

/** A change rate for the data table: '' where none can be computed. */
const rateCell = (r: number | null | undefined): number | string => (r === null || r === undefined ? '' : r);

export function renderPartnersChart(input: PartnersInput, options: ChartOptions = {}): ChartOutput {
  const { subject } = input;
  const l = partnersLayout(input, options);
  const narrow = isNarrow(options.width) ? narrowPartnersBody(input, l.width) : null;
  const body: SceneNode[] = narrow ? narrow.body : wideBody(input, l);
  return chartOutput(
    {
      width: l.width,
      height: narrow ? narrow.height : l.height,
      idPrefix: options.idPrefix ?? defaultIdPrefix('partenaires', subject, options.width),
      source: subject.source,
      className: 'chart chart-partners',
      title: options.title ?? `Principaux pays à l'import et à l'export, ${territoryYear(subject)}`,
      description: describe(input, l.decimals),
    },
    body,
    table(input),
  );
}

/** Bars either side of a common axis, the balance and changes in columns on the right. */
function wideBody(input: PartnersInput, l: PartnersLayout): SceneNode[] {
  const { partners } = input;
  const body: SceneNode[] = [legend(l), headers(l)];
  if (partners.length === 0) {
    body.push(
      ...noticeLines('Aucun échange enregistré avec un pays partenaire.', 0, l.top + 6, l.width, NAME.size, 'start'),
    );
  }
  partners.forEach((p, i) => body.push(partnerRow(p, l.wrapped[i]!, l.top + i * l.rowHeight, i > 0, l)));
  if (partners.length > 0) {
    body.push(
      el('line', {
        class: 'axis',
        x1: l.axisX,
        x2: l.axisX,
        y1: l.top,
        y2: l.top + partners.length * l.rowHeight,
        stroke: palette.axis,
        'stroke-width': 1,
      }),
    );
  }
  return body;
}

/** The legend also tells which side is which. */
function legend(l: PartnersLayout): SceneNode {
  return inlineLegend(
    [
      { key: { swatch: palette.imports, cls: 'import' }, label: 'Importations', fill: palette.text },
      { key: { swatch: palette.exports, cls: 'export' }, label: 'Exportations', fill: palette.text },
      { key: { marker: 'surplus' }, label: 'Excédent', fill: palette.surplus },
      { key: { marker: 'deficit' }, label: 'Déficit', fill: palette.deficit },
    ],
    l.legendY,
    VALUE_SIZE,
  );
}

function headers(l: PartnersLayout): SceneNode {
  const c = l.change;
  return columnHeaders(l.headY, HEAD_SIZE, [
    { x: 0, text: 'Pays', fill: palette.muted },
    { x: l.axisX - 6, text: 'Importations (M€)', anchor: 'end', fill: palette.imports },
    { x: l.axisX + 6, text: 'Exportations (M€)', fill: palette.exports },
    { x: l.balanceRight, text: 'Solde (M€)', anchor: 'end', fill: palette.muted },
    ...(c
      ? [
          { x: c.importsRight, text: CHANGE_HEADS.imports, anchor: 'end' as const, fill: palette.imports },
          { x: c.exportsRight, text: CHANGE_HEADS.exports, anchor: 'end' as const, fill: palette.exports },
        ]
      : []),
  ]);
}

function table({ partners, changeSince: since }: PartnersInput): { columns: Column[]; rows: ChartTable['rows'] } {
  return {
    columns: [
      ['Pays', 'text'],
      ['Code pays', 'code'],
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
      p.country,
      p.imports_eur,
      p.exports_eur,
      p.balance_eur,
      ...(since === undefined ? [] : [rateCell(p.imports_change), rateCell(p.exports_change)]),
    ]),
  };
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
