// A chart's data as an HTML table, values formatted the French way (fr.ts).
import type { ChartTable, ColumnKind } from '../../charts/types.js';
import { formatChange, formatNumber, formatShare } from '../../format/fr.js';
import { escapeHtml, tag } from '../html.js';

export function formatCell(value: string | number, kind: ColumnKind | undefined): string {
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'share':
      return formatShare(value);
    case 'change':
      return formatChange(value);
    default:
      return formatNumber(value, Number.isInteger(value) ? 0 : 1);
  }
}

/** The table as the fiche shows it: without its code columns (the CSV writes them). */
function shownColumns(table: ChartTable): ChartTable {
  const shown = table.kinds.map((k, i) => (k === 'code' ? -1 : i)).filter((i) => i >= 0);
  if (shown.length === table.kinds.length) return table;
  const pick = <T>(xs: readonly T[]) => shown.map((i) => xs[i]!);
  return { ...table, columns: pick(table.columns), kinds: pick(table.kinds), rows: table.rows.map(pick) };
}

/**
 * A table in its wrapper, which scrolls sideways when the table is wider than the screen: a named
 * region that takes the keyboard focus, so that it can be scrolled without a mouse (axe-core
 * rule scrollable-region-focusable). `label` is the table's caption.
 */
export function tableWrap(label: string, table: string, extraClass?: string): string {
  return tag(
    'div',
    {
      class: extraClass ? `table-wrap ${extraClass}` : 'table-wrap',
      role: 'region',
      'aria-label': label,
      tabindex: '0',
    },
    table,
  );
}

export function renderDataTable(all: ChartTable): string {
  const table = shownColumns(all);
  const numeric = table.columns.map((_, i) => !['text', 'code'].includes(table.kinds[i] ?? 'text'));
  const head = tag(
    'tr',
    {},
    ...table.columns.map((c, i) => tag('th', { scope: 'col', class: numeric[i] ? 'num' : undefined }, escapeHtml(c))),
  );
  const rows = table.rows.map((row) =>
    tag(
      'tr',
      {},
      ...row.map((v, i) => {
        const text = escapeHtml(formatCell(v, table.kinds[i]));
        // The first column names the row: a row header for screen readers.
        return i === 0 ? tag('th', { scope: 'row' }, text) : tag('td', { class: numeric[i] ? 'num' : undefined }, text);
      }),
    ),
  );
  return tag(
    'table',
    { class: 'data' },
    tag('caption', {}, escapeHtml(table.caption)),
    '\n',
    tag('thead', {}, head),
    '\n',
    tag('tbody', {}, '\n', rows.join('\n'), '\n'),
  );
}
