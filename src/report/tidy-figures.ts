// Every figure of a territory as (indicator, value) rows: the numbers of `figures --json`, each
// named by its path. Lists are keyed by their item's code, so that a name does not depend on
// rank: 'exports.total_eur', 'partners.US.exports_eur', 'activities.exports.C29A.share',
// 'flows.exports.links.C29A>US.value_eur'. Pure; a figure added to Figures appears here by itself.
import type { Figures } from '../figures/types.js';

export interface TidyFigure {
  /** Unique within a territory and period: a pivot on it never meets two values. */
  indicator: string;
  value: number;
  /** The names of the list items on the path ('Allemagne', 'Produits chimiques — Chine'); '' for none. */
  label: string;
}

/** Who and when the figures are about, not figures (and the list of Territoires d'industrie). */
const NOT_FIGURES = new Set([
  'schema',
  'territory',
  'region',
  'year',
  'demo',
  'partial_year',
  'quarters',
  'period',
  'previous_period',
  'territoires_industrie',
  'territoires_industrie_detail',
  'territoires_industrie_list',
]);

/** The key of a list item: its code, its activity and country (a dependency), its country, its link's ends, its quarter (series) or its year (history). */
function itemKey(item: Record<string, unknown>, index: number): string {
  if (typeof item['code'] === 'string') return item['code'];
  if (typeof item['product'] === 'string' && typeof item['country'] === 'string')
    return `${item['product']}.${item['country']}`;
  if (typeof item['country'] === 'string') return item['country'];
  if (typeof item['source'] === 'string' && typeof item['target'] === 'string')
    return `${item['source']}>${item['target']}`;
  if (typeof item['period'] === 'string') return item['period'];
  if (typeof item['year'] === 'number') return String(item['year']);
  return String(index + 1);
}

/** The item's own name: 'Allemagne', or for a dependency 'Produits chimiques — Chine'. */
function itemLabel(item: Record<string, unknown>): string {
  const names = [item['name'], item['country_name']].filter((n): n is string => typeof n === 'string');
  return names.join(' — ');
}

function walk(value: unknown, path: string, label: string, out: TidyFigure[]): void {
  if (typeof value === 'number') {
    out.push({ indicator: path, value, label });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const object = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : null;
      const own = object ? itemLabel(object) : '';
      const labels = [label, own].filter((l) => l !== '').join(' / ');
      walk(item, `${path}.${object ? itemKey(object, i) : i + 1}`, labels, out);
    });
  } else if (value !== null && typeof value === 'object') {
    // At any depth: a history item's year and quarters say when, like the record's own.
    for (const [key, child] of Object.entries(value))
      if (!NOT_FIGURES.has(key)) walk(child, path === '' ? key : `${path}.${key}`, label, out);
  }
  // Strings (names), booleans (highlight) and nulls (a share that does not apply) are not figures.
}

export function tidyFigures(f: Figures): TidyFigure[] {
  const out: TidyFigure[] = [];
  for (const [key, value] of Object.entries(f)) if (!NOT_FIGURES.has(key)) walk(value, key, '', out);
  return out;
}
