// "Did you mean…?" for names typed by users: close matches and the French error that lists them.
import { UserError } from '../errors.js';
import { NBSP } from '../format/fr.js';
import { editDistance, normalizeName } from './slug.js';
import { guillemets } from './text.js';

export interface Suggestion {
  /** Normalised name compared with the query. */
  key: string;
  /** What the user is shown. */
  label: string;
}

/**
 * Up to 3 labels whose key is close to the query: within a small edit distance, or containing it.
 * Only the closest score is kept ('lorie' offers the Loire, one swap away, not Corse, two edits
 * away); ties are ranked by names starting with the query, then plain edit distance.
 */
export function suggest(query: string, candidates: Suggestion[]): string[] {
  const q = normalizeName(query);
  if (q === '') return [];
  const limit = Math.max(2, Math.floor(q.length / 3));
  const best = new Map<string, number[]>();
  const better = (a: number[], b: number[]): number => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  for (const { key, label } of candidates) {
    const distance = editDistance(q, key);
    const score = q.length >= 3 && key.includes(q) ? Math.min(distance, 1) : distance;
    if (score > limit) continue;
    const rank = [score, key.startsWith(q) ? 0 : 1, distance];
    const prev = best.get(label);
    if (!prev || better(rank, prev) < 0) best.set(label, rank);
  }
  const closest = Math.min(...[...best.values()].map((rank) => rank[0]!));
  return [...best]
    .filter(([, rank]) => rank[0] === closest)
    .sort(([la, a], [lb, b]) => better(a, b) || la.localeCompare(lb, 'fr'))
    .slice(0, 3)
    .map(([label]) => label);
}

/** 'a', 'a ou b', 'a, b ou c'. */
export function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;
}

/** « What : "query". Vouliez-vous dire : a, b ou c ? », or the hint when nothing is close. */
export function unknownNameError(what: string, query: string, suggestions: string[], hint: string): UserError {
  const head = `${what}${NBSP}: ${guillemets(query)}.`;
  if (suggestions.length > 0) return new UserError(`${head} Vouliez-vous dire${NBSP}: ${joinOr(suggestions)}${NBSP}?`);
  return new UserError(`${head} ${hint}`);
}
