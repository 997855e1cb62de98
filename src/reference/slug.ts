// Normalisation of French names for file names and for matching user queries.

/** Lowercase ASCII, accents removed: 'Côte-d'Or' → 'cote-d'or'. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .toLowerCase();
}

/** 'Auvergne-Rhône-Alpes' → 'auvergne-rhone-alpes' (runs of non-alphanumerics become one '-'). */
export function slugify(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Longest page slug of a Territoire d'industrie: far beyond ANCT's names (65), far below file-name limits. */
export const MAX_TI_SLUG = 100;

/**
 * The slug of a Territoire d'industrie's page: 'ti-8417-roannais-forez', cut at a hyphen to at
 * most MAX_TI_SLUG characters, so that no name makes a file name too long.
 */
export function tiSlug(id: string, name: string): string {
  const slug = slugify(`${id} ${name}`);
  if (slug.length <= MAX_TI_SLUG) return slug;
  const cut = slug.slice(0, MAX_TI_SLUG + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, MAX_TI_SLUG)).replace(/-+$/, '');
}

/** Form used to compare names typed by users: accents, case and punctuation ignored. */
export function normalizeName(text: string): string {
  return slugify(text).replace(/-/g, ' ');
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * adjacent letters cost 1 (Damerau–Levenshtein without repeated edits). With `max`, a distance over
 * it is returned as max + 1, as soon as it is certain (the page's search compares many words).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[b.length]!, max + 1);
}
