// Every figure of a territory as (indicator, value) rows: the numbers of `figures --json`, each
// named by its path. Lists are keyed by their item's code, so that a name does not depend on
// rank: 'exports.total_eur', 'partners.US.exports_eur', 'activities.exports.C29A.share',
// 'flows.exports.links.C29A>US.value_eur'. Pure; a figure added to Figures appears here by itself.
import type { Figures } from '../figures/types.js';

export interface TidyFigure {
  indicator: string;
  value: number;
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

/** The key of a list item: its code, its country, its link's ends, or its year (history). */
function itemKey(item: Record<string, unknown>, index: number): string {
  if (typeof item['code'] === 'string') return item['code'];
  if (typeof item['country'] === 'string') return item['country'];
  if (typeof item['source'] === 'string' && typeof item['target'] === 'string')
    return `${item['source']}>${item['target']}`;
  if (typeof item['year'] === 'number') return String(item['year']);
  return String(index + 1);
}

function walk(value: unknown, path: string, out: TidyFigure[]): void {
  if (typeof value === 'number') {
    out.push({ indicator: path, value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) =>
      walk(
        item,
        `${path}.${item !== null && typeof item === 'object' ? itemKey(item as Record<string, unknown>, i) : i + 1}`,
        out,
      ),
    );
  } else if (value !== null && typeof value === 'object') {
    // At any depth: a history item's year and quarters say when, like the record's own.
    for (const [key, child] of Object.entries(value))
      if (!NOT_FIGURES.has(key)) walk(child, path === '' ? key : `${path}.${key}`, out);
  }
  // Strings (names), booleans (highlight) and nulls (a share that does not apply) are not figures.
}

export function tidyFigures(f: Figures): TidyFigure[] {
  const out: TidyFigure[] = [];
  for (const [key, value] of Object.entries(f)) if (!NOT_FIGURES.has(key)) walk(value, key, out);
  return out;
}
