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

/** Form used to compare names typed by users: accents, case and punctuation ignored. */
export function normalizeName(text: string): string {
  return slugify(text).replace(/-/g, ' ');
}

/** Levenshtein distance (insertions, deletions, substitutions cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
