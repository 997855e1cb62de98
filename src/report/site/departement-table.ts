// The index's table of every département: code, name, région, the core indicators, the column
// that follows the map's chosen indicator (all values in data attributes for the script), and the
// Territoires d'industrie. Sortable by the page's script.
import { normalizeName } from '../../reference/slug.js';
import { duringPeriod } from '../../model/period.js';
import { blockTag, escapeHtml as esc, tag, type HtmlAttrs } from '../html.js';
import type { Indicator } from './indicators.js';
import { codesOf } from './search-index.js';
import type { SiteEntry } from './types.js';

/** Column heading of an indicator in the table (also the label of its value on a narrow screen). */
function numberCell(indicator: Indicator, entry: SiteEntry): string {
  const v = indicator.value(entry);
  const cls = indicator.key === 'solde' && v !== null && v !== 0 ? (v < 0 ? ' deficit' : ' excedent') : '';
  return tag(
    'td',
    { class: `nombre${cls}`, 'data-libelle': indicator.column, 'data-valeur': numberAttr(v) },
    esc(indicator.format(v)),
  );
}

function numberAttr(v: number | null): string {
  return v === null || !Number.isFinite(v) ? '' : String(v);
}

/**
 * The table's last number column: the indicator chosen on the map when it is not one of the first
 * three, with every such indicator's value and text in data attributes for the script to swap.
 */
function chosenCell(others: readonly Indicator[], shown: Indicator, entry: SiteEntry): string {
  const v = shown.value(entry);
  const attrs: HtmlAttrs = { class: 'nombre choisi', 'data-libelle': shown.column, 'data-valeur': numberAttr(v) };
  for (const ind of others) {
    attrs[`data-n-${ind.key}`] = numberAttr(ind.value(entry));
    attrs[`data-v-${ind.key}`] = ind.format(ind.value(entry));
  }
  return tag('td', attrs, esc(shown.format(v)));
}

/** One département's row; `i` keeps the table's first order (by code) for the code column's sort. */
function departementRow(
  e: SiteEntry,
  i: number,
  core: readonly Indicator[],
  others: readonly Indicator[],
  shown: Indicator | undefined,
  tiHrefs: ReadonlyMap<string, string>,
): string {
  const code = codesOf(e).length > 1 ? codesOf(e).slice(1).join(', ') : e.territory.code;
  const tiName = (name: string) => {
    const href = tiHrefs.get(name);
    return href ? tag('a', { href }, esc(name)) : esc(name);
  };
  const tis = e.territoires_industrie.length ? e.territoires_industrie.map(tiName).join('\u00A0; ') : '—';
  return tag(
    'tr',
    {},
    tag('td', { class: 'code', 'data-valeur': String(i).padStart(3, '0') }, esc(code)),
    // data-code: on a narrow screen the code column is hidden and the code follows the name.
    tag(
      'th',
      {
        scope: 'row',
        'data-valeur': normalizeName(e.territory.name),
        'data-code': e.territory.name.includes('(') ? undefined : code,
      },
      tag('a', { href: e.href }, esc(e.territory.name)),
    ),
    tag(
      'td',
      { 'data-libelle': 'Région', 'data-valeur': normalizeName(e.region?.name ?? '') },
      esc(e.region?.name ?? ''),
    ),
    ...core.map((ind) => numberCell(ind, e)),
    ...(shown ? [chosenCell(others, shown, e)] : []),
    tag(
      'td',
      {
        class: 'ti',
        'data-libelle': "Territoires d'industrie",
        'data-valeur': normalizeName(e.territoires_industrie.join(' ')),
      },
      tis,
    ),
  );
}

/** `tiHrefs`: the pages of the Territoires d'industrie by name, linked from the last column. */
export function departementTable(
  depts: readonly SiteEntry[],
  year: number | string,
  indicators: readonly Indicator[],
  tiHrefs: ReadonlyMap<string, string> = new Map(),
): string {
  const core = indicators.filter((ind) => ind.core);
  const others = indicators.filter((ind) => !ind.core);
  // None when no département has a value for any other indicator (a build of France alone).
  const shown = others[0];
  const rows = depts.map((e, i) => departementRow(e, i, core, others, shown, tiHrefs));
  const th = (label: string, kind: 'texte' | 'nombre', numeric = false, id = '', unit = '') =>
    tag(
      'th',
      {
        scope: 'col',
        'data-tri': kind,
        class: numeric ? 'nombre' : undefined,
        id: id ? `colonne-${id}` : undefined,
        'data-unite': unit || undefined,
      },
      tag('button', { type: 'button' }, esc(label)),
    );
  const headings = [
    th('Code', 'texte'),
    th('Département', 'texte'),
    th('Région', 'texte'),
    ...core.map((ind) => th(ind.column, 'nombre', true, '', ind.unit)),
    ...(shown ? [th(shown.column, 'nombre', true, 'choisi', shown.unit)] : []),
    th("Territoires d'industrie", 'texte'),
  ];
  return blockTag('section', { class: 'tableau', 'aria-labelledby': 'tableau-titre' }, [
    tag('h2', { id: 'tableau-titre' }, 'Tous les départements'),
    blockTag('table', { class: 'triable' }, [
      tag(
        'p',
        { class: 'aide-tableau' },
        esc("La dernière colonne de chiffres suit l'indicateur choisi pour la carte. "),
        tag('button', { type: 'button', id: 'telecharger-csv' }, 'Télécharger ce tableau (CSV)'),
      ),
      tag(
        'caption',
        {},
        esc(
          `Commerce extérieur des départements ${duringPeriod(year)} (cliquez sur un en-tête de colonne pour trier : les nombres du plus grand au plus petit d'abord)`,
        ),
      ),
      tag('thead', {}, tag('tr', {}, ...headings)),
      blockTag('tbody', {}, rows),
    ]),
  ]);
}
