// The fiche's small tables shown as is (not behind a toggle) and the CSV link under a table (web
// only). Pure.
import { escapeHtml, tag } from '../html.js';
import { tableWrap } from './table.js';

/** A small table shown as is (not behind a toggle), amounts in M€. */
export function visibleTable(caption: string, headers: string[], rows: string[][], numeric: boolean[]): string {
  const head = tag(
    'tr',
    {},
    ...headers.map((h, i) => tag('th', { scope: 'col', class: numeric[i] ? 'num' : undefined }, escapeHtml(h))),
  );
  const body = rows.map((r) =>
    tag(
      'tr',
      {},
      ...r.map((v, i) =>
        i === 0
          ? tag('th', { scope: 'row' }, escapeHtml(v))
          : tag('td', { class: numeric[i] ? 'num' : undefined }, escapeHtml(v)),
      ),
    ),
  );
  return tableWrap(
    caption,
    tag(
      'table',
      { class: 'data' },
      tag('caption', {}, escapeHtml(caption)),
      '\n',
      tag('thead', {}, head),
      '\n',
      tag('tbody', {}, '\n', body.join('\n'), '\n'),
    ),
    'visible',
  );
}

export function csvLink(href: string, print: boolean): string {
  return print
    ? ''
    : tag(
        'p',
        { class: 'data-links' },
        tag('a', { href, download: true }, 'Télécharger le tableau complet (CSV, séparateur point-virgule)'),
      );
}
