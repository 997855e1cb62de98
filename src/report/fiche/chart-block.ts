// One chart in the page: a <figure> with the SVG, its caption, its data table behind a
// <details> toggle and a link to its CSV file.
import type { ChartOutput } from '../../charts/types.js';
import { escapeHtml, tag } from '../html.js';
import { renderDataTable } from './table.js';

export interface ChartBlockOptions {
  /** Unique id of the figure in the page. */
  id: string;
  csvHref: string;
  /** Extra HTML after the chart (totals, reading key), kept on the same page when printed. */
  after?: string;
  /** For the PDF: the chart's print SVG, no data table or download link (of no use on paper, and they slow printing down). */
  print?: boolean;
}

function dataAccess(chart: ChartOutput, csvHref: string): string {
  const table = tag(
    'details',
    {},
    tag('summary', {}, 'Voir les données du graphique (tableau)'),
    '\n',
    tag('div', { class: 'table-wrap' }, renderDataTable(chart.table)),
    '\n',
  );
  const csv = tag(
    'p',
    { class: 'data-links' },
    tag('a', { href: csvHref, download: true }, 'Télécharger les données (CSV, séparateur point-virgule)'),
  );
  return `${table}\n${csv}\n`;
}

/**
 * On paper, the full names of the labels the drawing shortens with « … », under it: there is no
 * tooltip nor data table on paper, and a cut name must be read whole on the same page.
 */
function shortenedNote(chart: ChartOutput): string {
  if (chart.shortened.length === 0) return '';
  const names = chart.shortened.map((n) => `«\u00a0${escapeHtml(n)}\u00a0»`).join(', ');
  return (
    tag('p', { class: 'note shortened-names' }, `Noms abrégés sur le graphique, en entier\u00a0: ${names}.`) + '\n'
  );
}

/** The chart's SVG; on screen, with its narrow layout beside it, which the style sheet shows on narrow pages. */
function frames(chart: ChartOutput, print: boolean): string {
  if (print) return tag('div', { class: 'chart-frame' }, chart.print.trimEnd());
  if (chart.narrow === undefined) return tag('div', { class: 'chart-frame' }, chart.svg.trimEnd());
  return (
    tag('div', { class: 'chart-frame chart-wide' }, chart.svg.trimEnd()) +
    '\n' +
    tag('div', { class: 'chart-frame chart-narrow' }, chart.narrow.trimEnd())
  );
}

export function renderChartBlock(chart: ChartOutput, o: ChartBlockOptions): string {
  return tag(
    'figure',
    { class: 'chart-block', id: o.id, 'aria-labelledby': `${o.id}-legende` },
    '\n',
    tag('figcaption', { id: `${o.id}-legende` }, escapeHtml(chart.title)),
    '\n',
    frames(chart, o.print === true),
    '\n',
    o.after ? o.after + '\n' : '',
    o.print ? shortenedNote(chart) : dataAccess(chart, o.csvHref),
  );
}
