// One chart in the page: a <figure> with the SVG, its caption, its data table behind a
// <details> toggle, links to its files (SVG, PNG, CSV) and a ready citation.
import type { ChartOutput } from '../../charts/types.js';
import { formatDate } from '../../format/fr.js';
import { escapeHtml, joinHtml, tag } from '../html.js';
import { renderDataTable, tableWrap } from './table.js';

/** What a chart's citation says of the page that shows it. */
export interface CitedPage {
  /** The publication's title: « Les indicateurs clés : commerce extérieur ». */
  publication: string;
  /**
   * The page's public address when the settings give the site's ('https://exemple.fr/departements/42-loire.html'),
   * else its path in the site ('departements/42-loire.html'); '' when unknown.
   */
  address: string;
  /** The build's date (SOURCE_DATE_EPOCH when set). */
  date: Date;
}

export interface ChartBlockOptions {
  /** Unique id of the figure in the page. */
  id: string;
  csvHref: string;
  /** Extra HTML after the chart (totals, reading key), kept on the same page when printed. */
  after?: string;
  /** For the PDF: the chart's print SVG, no data table or download link (of no use on paper, and they slow printing down). */
  print?: boolean;
  /** The page, for the chart's citation. */
  page?: CitedPage;
}

/** The chart's SVG and PNG files sit beside its CSV file, under the same name. */
export function chartFileHref(csvHref: string, ext: 'svg' | 'png'): string {
  return csvHref.replace(/\.csv$/, `.${ext}`);
}

/** A ready French sentence to cite the chart: its title, the page, the build's date, the source. */
export function chartCitation(chart: Pick<ChartOutput, 'title' | 'source'>, page?: CitedPage): string {
  const where = page
    ? `, dans «\u00A0${page.publication}\u00A0»${page.address ? `, ${page.address}` : ''}, version du ${formatDate(page.date)}`
    : '';
  return `«\u00A0${chart.title}\u00A0»${where}. ${chart.source}.`;
}

function downloads(chart: ChartOutput, csvHref: string, page?: CitedPage): string {
  const file = (href: string, label: string, what: string) =>
    tag('a', { href, download: true, title: `${what} ${chart.title}` }, label);
  const links = joinHtml(
    [
      file(chartFileHref(csvHref, 'svg'), 'SVG', 'Image vectorielle du graphique'),
      file(chartFileHref(csvHref, 'png'), 'PNG', 'Image du graphique'),
      file(csvHref, 'CSV', 'Données (séparateur point-virgule) du graphique'),
    ],
    ' · ',
  );
  const cite = tag(
    'details',
    { class: 'cite' },
    tag('summary', {}, 'Citer'),
    tag('p', { class: 'citation' }, escapeHtml(chartCitation(chart, page))),
  );
  return tag(
    'div',
    { class: 'chart-files' },
    tag('p', { class: 'data-links' }, `Télécharger\u00A0: ${links}`),
    '\n',
    cite,
  );
}

function dataAccess(chart: ChartOutput, csvHref: string, page?: CitedPage): string {
  const table = tag(
    'details',
    {},
    tag('summary', {}, 'Voir les données du graphique (tableau)'),
    '\n',
    tableWrap(chart.table.caption, renderDataTable(chart.table)),
    '\n',
  );
  return `${table}\n${downloads(chart, csvHref, page)}\n`;
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
    o.print ? shortenedNote(chart) : dataAccess(chart, o.csvHref, o.page),
  );
}
